import { EpisodeError } from '@envfleet/episodes';
import type { WsErrorCode } from './messages.js';

/**
 * A message OpenEnv's protocol refuses before anything runs (a malformed action, a step before any
 * reset): the WebSocket answers it as `{type: "error", data: {message, code}}`, plain HTTP as a 400.
 */
export class OpenEnvError extends Error {
  override readonly name = 'OpenEnvError';
  constructor(
    readonly code: WsErrorCode,
    message: string,
    readonly errors?: string[],
  ) {
    super(message);
  }
}

/** The `WSErrorCode` of a failure: the server being full is CAPACITY_REACHED; the rest failed to execute. */
export function wsCodeOf(error: unknown): WsErrorCode {
  if (error instanceof OpenEnvError) return error.code;
  if (error instanceof EpisodeError && (error.kind === 'capacity' || error.kind === 'unavailable')) return 'CAPACITY_REACHED';
  return 'EXECUTION_ERROR';
}
