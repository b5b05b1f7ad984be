import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { EnvironmentFacts } from '../fuzz/generate/cases.js';
import { plausibleArguments } from '../fuzz/generate/plausible.js';
import type { Random } from '../fuzz/generate/random.js';
import type { Ledger } from './ledger.js';
import type { Pacer } from './soak-api.js';

/**
 * A private MCP session (`/mcp/{Server}`: a 2025-era session that owns an episode of its own):
 * a few calls with bare tool names, then the session is ended — or dropped without a word, for the
 * server's idle sweep to close (and its episode with it).
 */
export async function mcpSession(base: string, env: EnvironmentFacts, random: Random, pacer: Pacer, ledger: Ledger): Promise<void> {
  const transport = new StreamableHTTPClientTransport(new URL(`${base}/mcp/${env.server}`));
  const client = new Client({ name: 'envfleet-soak-session', version: '1.0.0' });
  try {
    await pacer.take();
    await client.connect(transport);
    ledger.counts.mcpSessions += 1;
    for (let i = random.int(1, 5); i > 0; i--) {
      await pacer.take();
      const tool = random.pick(env.tools);
      const result = await client.callTool(
        { name: tool.name, arguments: plausibleArguments(tool.inputSchema, env.pools, random) },
        { timeout: 30_000 },
      );
      const text = (result.content as { type: string; text?: string }[] | undefined)?.find((part) => part.type === 'text')?.text ?? '';
      if (result.isError && /could not be run|not found \(never created/.test(text))
        ledger.violation(`MCP session on ${env.server}: ${tool.name} failed: ${text.slice(0, 200)}`);
    }
    if (random.chance(0.85)) await transport.terminateSession();
    else ledger.counts.mcpSessionsAbandoned += 1;
  } catch (error) {
    ledger.violation(`MCP session on ${env.server}: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  } finally {
    await client.close().catch(() => undefined);
  }
}
