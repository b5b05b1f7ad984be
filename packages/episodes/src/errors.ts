/**
 * Failures of an episode operation, each with the HTTP status the API answers. Transports map them
 * to problem+json; nothing has been changed when one is thrown.
 */
export type EpisodeErrorKind =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'limit'
  | 'capacity'
  | 'unavailable'
  | 'bad_gateway';

const STATUS: Record<EpisodeErrorKind, number> = {
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  /** One thing (a scenario, a state) is larger than a setting allows. */
  too_large: 413,
  /** A per-episode quota (steps, snapshots) is used up. */
  limit: 429,
  /** The server holds as much as its settings allow (live episodes, state bytes, MCP sessions). */
  capacity: 507,
  unavailable: 503,
  /** A server this one relies on (a remote environment) answered something that is not its API. */
  bad_gateway: 502,
};

export class EpisodeError extends Error {
  override readonly name = 'EpisodeError';
  readonly status: number;
  constructor(
    readonly kind: EpisodeErrorKind,
    message: string,
    /** Field-level problems (for a 400), one line each. */
    readonly issues: string[] = [],
  ) {
    super(message);
    this.status = STATUS[kind];
  }
}

export const notFound = (message: string) => new EpisodeError('not_found', message);
export const badRequest = (message: string, issues: string[] = []) => new EpisodeError('bad_request', message, issues);
