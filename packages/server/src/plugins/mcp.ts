import { AsyncLocalStorage } from 'node:async_hooks';
import type { EpisodeEngine } from '@envfleet/episodes';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { createMcpHandler, isInitializeRequest } from '@modelcontextprotocol/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type EpisodeBinding, EpisodeMcpServers } from '../mcp/episode-mcp-server.js';
import { McpSessionEndpoint, writeJsonRpcError } from '../mcp/session-endpoint.js';
import { type AccessOptions, accessGuard } from './access.js';

export interface McpPluginOptions {
  engine: EpisodeEngine;
  info: { name: string; version: string };
  /**
   * Routes whose clients get a private episode, with the servers it holds: `/mcp` on a standalone
   * server (its one environment), `/mcp/:server` on the gateway.
   */
  privateRoutes: { path: string; servers: (params: Record<string, string>) => string[] }[];
  /** Close MCP sessions idle this long (default: 15 minutes). */
  sessionIdleMs?: number;
  /** Open sessions kept at once (default 10 000); an initialize past it is refused with 507. */
  maxSessions?: number;
  /** Host, Origin and token checks, run as hooks of this plugin's routes before any of them. */
  access: AccessOptions;
}

interface Surface {
  /** Sessions opened on one route may not be used on another. */
  scope: string;
  /** The episode a new session acts on, and what to do when the session ends. */
  openSession: () => Promise<{ binding: EpisodeBinding; onClose: () => Promise<void> | void }>;
  /** The episode a sessionless (2026-07-28, per-request) call acts on; undefined: not served here. */
  perRequest?: EpisodeBinding;
}

/**
 * MCP over Streamable HTTP, for both protocol eras.
 *
 * 2025-era clients open a session (initialize, Mcp-Session-Id) that owns a transport. 2026-07-28
 * clients send self-contained requests: they are served where the URL names the episode
 * (`/v1/episodes/{id}/mcp`). On private-episode routes a per-request client cannot be told apart
 * reliably (the SDK's client spreads requests over several connections), so those routes answer
 * it as a 2025-only server would, and auto-negotiating clients fall back to a session — sharing an
 * episode between agents by accident would be far worse.
 *
 * Host and Origin (DNS rebinding) are checked by hooks of this plugin, scoped to its routes, before
 * any of them runs (the MCP specification asks servers to validate both).
 */
export async function mcpPlugin(app: FastifyInstance, options: McpPluginOptions): Promise<void> {
  const { engine } = options;
  await app.register(accessGuard, options.access);
  const servers = new EpisodeMcpServers(engine, options.info, (err, call) =>
    app.log.error({ err, episodeId: call.episodeId, tool: call.tool }, 'MCP tool call failed'),
  );
  const sessions = new McpSessionEndpoint(app, options);
  const currentBinding = new AsyncLocalStorage<EpisodeBinding>();
  const handler = createMcpHandler(() => {
    const binding = currentBinding.getStore();
    if (!binding) throw new Error('MCP request outside an episode binding');
    return servers.create(binding);
  });
  const servePerRequest = toNodeHandler(handler);

  async function serve(request: FastifyRequest, reply: FastifyReply, surface: Surface): Promise<void> {
    reply.hijack();
    const req = request.raw;
    const res = reply.raw;
    const body = request.body;
    if (await sessions.resume(req, res, body, surface.scope)) return;
    if (request.method === 'POST' && isInitializeRequest(body)) {
      return sessions.initialize(req, res, body, surface.scope, async () => {
        const { binding, onClose } = await surface.openSession();
        return { server: () => servers.create(binding), onClose };
      });
    }
    if (!surface.perRequest) {
      return writeJsonRpcError(
        res,
        400,
        -32601,
        'This endpoint gives each MCP session its own private episode: start a session with initialize (protocol 2025-11-25 or earlier), or use /v1/episodes/{id}/mcp',
      );
    }
    await currentBinding.run(surface.perRequest, () => servePerRequest(req, res, body));
  }

  for (const route of options.privateRoutes) {
    app.route({
      method: ['GET', 'POST', 'DELETE'],
      url: route.path,
      handler: async (request, reply) => {
        const names = route.servers(request.params as Record<string, string>);
        // An unknown server is a 404 naming the servers there are (engine.runtime's own words).
        for (const name of names) engine.runtime(name);
        await serve(request, reply, {
          scope: `private:${names.join(',')}`,
          openSession: async () => {
            // Sessions without an episode start from each environment's demo world.
            const presets: Record<string, string> = {};
            for (const name of names) if (engine.runtime(name).describe().presets.includes('demo')) presets[name] = 'demo';
            const { episodeId } = await engine.reset({ servers: names, presets });
            return {
              binding: { episodeId, servers: names, bare: names.length === 1 },
              onClose: () =>
                engine.close(episodeId).then(
                  () => undefined,
                  () => undefined,
                ),
            };
          },
        });
      },
    });
  }

  app.route({
    method: ['GET', 'POST', 'DELETE'],
    url: '/v1/episodes/:episodeId/mcp',
    handler: async (request, reply) => {
      const { episodeId } = request.params as { episodeId: string };
      const { servers: names } = await engine.info(episodeId);
      const binding: EpisodeBinding = { episodeId, servers: names, bare: false };
      // The episode belongs to whoever reset it over HTTP: ending an MCP session leaves it open.
      await serve(request, reply, {
        scope: `episode:${episodeId}`,
        openSession: async () => ({ binding, onClose: () => undefined }),
        perRequest: binding,
      });
    },
  });

  app.addHook('onClose', async () => {
    await handler.close();
  });
}
