import { type EpisodeEngine, EpisodeError } from '@envfleet/episodes';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import { answerMcpMessage } from './mcp-message.js';
import { issuesOf, WS_MESSAGE_TYPES, wsError, wsMessage } from './messages.js';
import { OpenEnvError, wsCodeOf } from './openenv-error.js';
import { OpenEnvSession } from './openenv-session.js';

/** Normal closure: the client said close, or the server is shutting down. */
const CLOSE_NORMAL = 1000;

/**
 * Serves one `/ws` connection as OpenEnv's `websocket_endpoint` does: one session per connection,
 * messages answered one at a time in the order they came, every failure answered as an
 * `{type: "error"}` message on a socket that stays open. `close` (or the socket dropping, or the
 * server stopping) closes the session's episode: nothing outlives the connection.
 */
export function serveWebSocket(socket: WebSocket, engine: EpisodeEngine, servers: readonly string[], log: FastifyBaseLogger): void {
  const session = new OpenEnvSession(engine, servers);
  const send = (message: unknown) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  socket.on('message', (raw, isBinary) => {
    void session
      .inOrder(async () => {
        if (session.closed) return;
        const reply = await answer(session, isBinary ? undefined : raw.toString());
        if (reply === 'close') {
          await session.closeFromQueue();
          socket.close(CLOSE_NORMAL);
          return;
        }
        send(reply);
      })
      .catch((error: unknown) => {
        if (error instanceof OpenEnvError) return send(wsError(error.code, error.message, error.errors));
        if (error instanceof EpisodeError)
          return send(wsError(wsCodeOf(error), error.message, error.issues.length ? error.issues : undefined));
        // Anything else is the server's fault: logged, and answered without its details.
        log.error({ err: error, episodeId: session.episodeId }, 'OpenEnv message failed unexpectedly');
        send(wsError('EXECUTION_ERROR', 'The message could not be handled; the server logged why.'));
      });
  });
  socket.on('close', () => void session.close());
  socket.on('error', (error) => log.debug({ err: error }, 'OpenEnv WebSocket failed'));
}

/** The answer to one text message, or `close` when the client ended the session. */
async function answer(session: OpenEnvSession, text: string | undefined): Promise<unknown> {
  if (text === undefined) return wsError('INVALID_JSON', 'Invalid JSON: send each message as a text frame holding one JSON object');
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch (error) {
    return wsError('INVALID_JSON', `Invalid JSON: ${(error as Error).message}`);
  }
  const type = (message as { type?: unknown } | null)?.type;
  if (!WS_MESSAGE_TYPES.includes(type as (typeof WS_MESSAGE_TYPES)[number])) {
    return wsError(
      'UNKNOWN_TYPE',
      `Unknown message type: ${typeof type === 'string' ? type : JSON.stringify(type ?? '')} (known: ${WS_MESSAGE_TYPES.join(', ')})`,
    );
  }
  const parsed = wsMessage.safeParse(message);
  if (!parsed.success) return wsError('VALIDATION_ERROR', 'Invalid message', issuesOf(parsed.error));
  const valid = parsed.data;
  switch (valid.type) {
    case 'reset':
      return { type: 'observation', data: await session.reset(valid.data ?? {}) };
    case 'step':
      return { type: 'observation', data: await session.step(valid.data) };
    case 'state':
      return { type: 'state', data: await session.state() };
    case 'mcp':
      return answerMcpMessage(session, valid.data);
    case 'close':
      return 'close';
  }
}
