import type { IncomingMessage, ServerResponse } from 'node:http';
import { EpisodeError } from '@envfleet/episodes';
import type { Server } from '@modelcontextprotocol/server';
import type { FastifyInstance } from 'fastify';
import { LegacySessions } from './legacy-sessions.js';

/** What an admitted initialize opens: the session's MCP server, and what to do when it ends. */
export interface OpenedSession {
  /** Built once the session is opened; a failure here undoes the opening like a refusal. */
  server: () => Server;
  onClose: () => Promise<void> | void;
}

export interface SessionEndpointOptions {
  /** Open sessions kept at once (default 10 000); an initialize past it is refused with 507. */
  maxSessions?: number;
  /** Close sessions idle this long, with what they hold (default: 15 minutes). */
  sessionIdleMs?: number;
}

/**
 * The 2025-era session handling every session-holding MCP route shares (`/mcp`, `/mcp/{Server}`,
 * `/v1/episodes/{id}/mcp`, `/envfactory/{Server}/mcp`): requests of an open session go to its
 * transport, an initialize is admitted under the session limit and opens a session, and idle
 * sessions are swept and all of them closed with the fastify instance that created this.
 * What a session holds (a fresh episode, a shared one, an EnvFactory session) is each route's own.
 */
export class McpSessionEndpoint {
  readonly #sessions: LegacySessions;

  constructor(app: FastifyInstance, options: SessionEndpointOptions = {}) {
    this.#sessions = new LegacySessions(options.maxSessions);
    const idleMs = options.sessionIdleMs ?? 15 * 60_000;
    const sweeper = setInterval(() => void this.#sessions.sweep(idleMs), Math.min(idleMs, 60_000));
    sweeper.unref();
    app.addHook('onClose', async () => {
      clearInterval(sweeper);
      await this.#sessions.closeAll();
    });
  }

  /**
   * Hands a request carrying an Mcp-Session-Id to that session's transport (404 when no session of
   * this scope has it) and returns true; returns false for a request without a session id.
   * Sessions opened on one scope may not be used on another.
   */
  async resume(req: IncomingMessage, res: ServerResponse, body: unknown, scope: string): Promise<boolean> {
    const sessionId = req.headers['mcp-session-id'];
    if (typeof sessionId !== 'string') return false;
    const session = this.#sessions.get(sessionId, scope);
    if (!session) writeJsonRpcError(res, 404, -32001, `MCP session ${sessionId} not found (expired or closed); initialize a new one`);
    else await session.transport.handleRequest(req, res, body);
    return true;
  }

  /**
   * Answers an initialize with a new session, or refuses it leaving nothing behind: the Accept
   * header and the session limit are checked before `open` creates anything, a refusal by the
   * episodes (an EpisodeError) is answered as a JSON-RPC error with its status, and a session the
   * transport still refuses (it never got an id) is closed with what it holds at once.
   */
  async initialize(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    scope: string,
    open: () => Promise<OpenedSession>,
  ): Promise<void> {
    if (!acceptsJsonAndEventStream(req.headers.accept)) {
      return writeJsonRpcError(res, 406, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream');
    }
    let release: (() => void) | undefined;
    let opened: OpenedSession;
    try {
      release = this.#sessions.admit();
      opened = await open();
    } catch (error) {
      release?.();
      if (error instanceof EpisodeError) return writeJsonRpcError(res, error.status, -32000, error.message);
      throw error;
    }
    let transport: Awaited<ReturnType<LegacySessions['open']>> | undefined;
    try {
      transport = await this.#sessions.open(scope, opened.server(), opened.onClose);
      await transport.handleRequest(req, res, body);
    } finally {
      release();
      if (transport?.sessionId === undefined) {
        await transport?.close();
        await opened.onClose();
      }
    }
  }
}

/** What the transport requires of an initialize's Accept header (it answers 406 otherwise). */
function acceptsJsonAndEventStream(accept = ''): boolean {
  return accept.includes('application/json') && accept.includes('text/event-stream');
}

/** A JSON-RPC error answered before any transport sees the request. */
export function writeJsonRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
