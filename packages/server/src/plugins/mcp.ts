import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import type { EpisodeEngine } from '@envfleet/episodes';
import {
  hostHeaderValidation,
  localhostHostValidation,
  localhostOriginValidation,
  originValidation,
  toNodeHandler,
} from '@modelcontextprotocol/node';
import { createMcpHandler, isInitializeRequest } from '@modelcontextprotocol/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type EpisodeBinding, EpisodeMcpServers } from '../mcp/episode-mcp-server.js';
import { LegacySessions } from '../mcp/legacy-sessions.js';

export interface McpPluginOptions {
  engine: EpisodeEngine;
  info: { name: string; version: string };
  /**
   * Routes whose clients get a private episode, with the servers it holds: `/mcp` on a standalone
   * server (its one environment), `/mcp/:server` on the gateway.
   */
  privateRoutes: { path: string; servers: (params: Record<string, string>) => string[] }[];
  /** Host names accepted on MCP routes (DNS-rebinding guard); undefined: localhost names only. */
  allowedHosts?: string[];
  /** Close MCP sessions idle this long (default: 15 minutes). */
  sessionIdleMs?: number;
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
 */
export async function mcpPlugin(app: FastifyInstance, options: McpPluginOptions): Promise<void> {
  const { engine } = options;
  const servers = new EpisodeMcpServers(engine, options.info);
  const sessions = new LegacySessions();
  const currentBinding = new AsyncLocalStorage<EpisodeBinding>();
  const handler = createMcpHandler(() => {
    const binding = currentBinding.getStore();
    if (!binding) throw new Error('MCP request outside an episode binding');
    return servers.create(binding);
  });
  const servePerRequest = toNodeHandler(handler);
  const hostOk = options.allowedHosts ? hostHeaderValidation(options.allowedHosts) : localhostHostValidation();
  const originOk = options.allowedHosts ? originValidation(options.allowedHosts) : localhostOriginValidation();

  async function serve(request: FastifyRequest, reply: FastifyReply, surface: Surface): Promise<void> {
    reply.hijack();
    const req = request.raw;
    const res = reply.raw;
    if (!hostOk(req, res) || !originOk(req, res)) return;
    const body = request.body;
    const sessionId = request.headers['mcp-session-id'];
    if (typeof sessionId === 'string') {
      const session = sessions.get(sessionId, surface.scope);
      if (!session)
        return writeJsonRpcError(res, 404, -32001, `MCP session ${sessionId} not found (expired or closed); initialize a new one`);
      return session.transport.handleRequest(req, res, body);
    }
    if (request.method === 'POST' && isInitializeRequest(body)) {
      const { binding, onClose } = await surface.openSession();
      const transport = await sessions.open(surface.scope, servers.create(binding), onClose);
      return transport.handleRequest(req, res, body);
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
        for (const name of names) if (!engine.environments.get(name)) return reply.callNotFound();
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

  const idleMs = options.sessionIdleMs ?? 15 * 60_000;
  const sweeper = setInterval(() => void sessions.sweep(idleMs), Math.min(idleMs, 60_000));
  sweeper.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    await sessions.closeAll();
    await handler.close();
  });
}

function writeJsonRpcError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
