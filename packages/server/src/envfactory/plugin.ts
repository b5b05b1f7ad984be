import type { ServerResponse } from 'node:http';
import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { isInitializeRequest } from '@modelcontextprotocol/server';
import type { FastifyInstance } from 'fastify';
import { EpisodeMcpServers } from '../mcp/episode-mcp-server.js';
import { type AccessOptions, accessGuard } from '../plugins/access.js';
import { LegacySessions } from '../mcp/legacy-sessions.js';
import { EnvFactorySession } from './envfactory-session.js';

export interface EnvFactoryMcpOptions {
  engine: EpisodeEngine;
  /** Host/Origin and token checks, as on every guarded surface. */
  access: AccessOptions;
  info?: { name: string; version: string };
  /** Close sessions idle this long, with their episodes (default: 15 minutes). */
  sessionIdleMs?: number;
  /** Open sessions kept at once on this surface (default 10 000); an initialize past it is refused with 507. */
  maxSessions?: number;
}

/** Where the endpoint of a server is, below a server's base URL. */
export const envfactoryMcpPath = (server: string) => `/envfactory/${server}/mcp`;

/**
 * `/envfactory/{Server}/mcp`: an MCP endpoint that answers like an EnvFactory reference server, so
 * the fork of VeRL that trained EnvFactory-4B runs against the fleet with only its
 * `mcp_server.json` changed (`envfleet export mcp-config`). Each MCP session is a fresh episode of
 * that server, closed when the session ends (DELETE, or idle past `sessionIdleMs`). Served on the
 * gateway for every server and on a standalone server for its own one.
 *
 * Sessions are the 2025 handshake, as on the other private-episode routes (`/mcp/{Server}`): a
 * 2026-07-28 client set to negotiate falls back to one; a sessionless request is refused, because
 * it would have no episode of its own. Host and Origin (and the token, when one is set) are checked
 * by this plugin's own hooks, as on the other guarded surfaces.
 */
export async function envfactoryMcp(app: FastifyInstance, options: EnvFactoryMcpOptions): Promise<void> {
  const { engine } = options;
  await app.register(accessGuard, options.access);
  const info = options.info ?? { name: 'envfleet', version: '0.1.0' };
  const lists = new EpisodeMcpServers(engine, info);
  const sessions = new LegacySessions(options.maxSessions);

  app.route({
    method: ['GET', 'POST', 'DELETE'],
    url: envfactoryMcpPath(':server'),
    handler: async (request, reply) => {
      const { server } = request.params as { server: string };
      engine.runtime(server); // an unknown server: 404 naming the servers there are
      reply.hijack();
      const scope = `envfactory:${server}`;
      const { raw: req } = request;
      const res = reply.raw;
      const sessionId = request.headers['mcp-session-id'];
      if (typeof sessionId === 'string') {
        const session = sessions.get(sessionId, scope);
        if (!session) return jsonRpcError(res, 404, -32001, `MCP session ${sessionId} not found (expired or closed); initialize a new one`);
        return session.transport.handleRequest(req, res, request.body);
      }
      if (request.method !== 'POST' || !isInitializeRequest(request.body)) {
        return jsonRpcError(
          res,
          400,
          -32601,
          `Each MCP session of ${envfactoryMcpPath(server)} is an episode of its own: start one with initialize (protocol 2025-11-25 or earlier)`,
        );
      }
      const accept = req.headers.accept ?? '';
      if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
        return jsonRpcError(res, 406, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream');
      }
      // Room is taken before the episode exists, and everything made is undone if the
      // initialize is still refused, so a refused handshake leaves nothing behind.
      let release: (() => void) | undefined;
      let episode: EnvFactorySession;
      try {
        release = sessions.admit();
        episode = await EnvFactorySession.open(engine, server);
      } catch (error) {
        release?.();
        if (error instanceof EpisodeError) return jsonRpcError(res, error.status, -32000, error.message);
        throw error;
      }
      let transport: Awaited<ReturnType<LegacySessions['open']>> | undefined;
      try {
        const mcp = episode.mcpServer(info, lists, (err, tool) =>
          app.log.error({ err, episodeId: episode.episodeId, tool }, 'EnvFactory MCP tool call failed'),
        );
        transport = await sessions.open(scope, mcp, () => episode.close());
        await transport.handleRequest(req, res, request.body);
      } finally {
        release();
        if (transport?.sessionId === undefined) {
          await transport?.close();
          await episode.close();
        }
      }
    },
  });

  const idleMs = options.sessionIdleMs ?? 15 * 60_000;
  const sweeper = setInterval(() => void sessions.sweep(idleMs), Math.min(idleMs, 60_000));
  sweeper.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    await sessions.closeAll();
  });
}

function jsonRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
