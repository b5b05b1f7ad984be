import type { EpisodeEngine } from '@envfleet/episodes';
import { isInitializeRequest } from '@modelcontextprotocol/server';
import type { FastifyInstance } from 'fastify';
import { EpisodeMcpServers } from '../mcp/episode-mcp-server.js';
import { type AccessOptions, accessGuard } from '../plugins/access.js';
import { McpSessionEndpoint, writeJsonRpcError } from '../mcp/session-endpoint.js';
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
  const sessions = new McpSessionEndpoint(app, options);

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
      if (await sessions.resume(req, res, request.body, scope)) return;
      if (request.method !== 'POST' || !isInitializeRequest(request.body)) {
        return writeJsonRpcError(
          res,
          400,
          -32601,
          `Each MCP session of ${envfactoryMcpPath(server)} is an episode of its own: start one with initialize (protocol 2025-11-25 or earlier)`,
        );
      }
      await sessions.initialize(req, res, request.body, scope, async () => {
        const episode = await EnvFactorySession.open(engine, server);
        return {
          server: () =>
            episode.mcpServer(info, lists, (err, tool) =>
              app.log.error({ err, episodeId: episode.episodeId, tool }, 'EnvFactory MCP tool call failed'),
            ),
          onClose: () => episode.close(),
        };
      });
    },
  });
}
