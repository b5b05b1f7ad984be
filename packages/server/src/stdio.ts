import { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { EpisodeMcpServers } from './mcp/episode-mcp-server.js';

/**
 * MCP over stdio for one environment, as an MCP client's `command` runs it: one private episode
 * that starts from the `demo` preset (or the default world when there is none).
 */
export async function serveEnvironmentOverStdio(env: Environment): Promise<void> {
  const engine = new EpisodeEngine({ environments: new EnvironmentRegistry([env]), store: new MemoryEpisodeStore(), defaultTtlSeconds: 0 });
  // stdout carries the protocol: failures go to stderr, which MCP clients show as the server's log.
  const servers = new EpisodeMcpServers(engine, { name: env.name, version: env.version }, (error, call) =>
    console.error(`MCP tool call ${call.tool} failed:`, error),
  );
  serveStdio(async () => {
    const presets = env.presets.demo !== undefined ? { [env.name]: 'demo' } : {};
    const { episodeId } = await engine.reset({ servers: [env.name], presets });
    return servers.create({ episodeId, servers: [env.name], bare: true });
  });
}
