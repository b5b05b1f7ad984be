import { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } from '@envfleet/episodes';
import { type Draft, defineEnvironment, defineTool, type Environment } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EpisodeMcpServers } from '../src/index.js';

// Eight one-tool environments: 40 320 orders of their names, each a tool list of its own.
const environments = new Map<string, Environment>(
  Array.from({ length: 8 }, (_, i) => {
    const name = `Server${i}`;
    const environment = defineEnvironment({
      name,
      domain: 'utilities',
      version: '0.0.1',
      description: 'One tool.',
      scenario: z.object({ value: z.int().default(0) }),
      tools: [
        defineTool({
          name: 'read',
          description: 'Read the value.',
          input: z.object({}),
          annotations: { readOnlyHint: true },
          handler: (state: Draft<{ value: number }>) => ({ value: state.value }),
        }),
      ],
    });
    return [name, environment];
  }),
);

function shuffled(names: string[], seed: number): string[] {
  const out = [...names];
  let x = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

describe('MCP tool lists', () => {
  it('keeps a bounded number of lists however many server orders episodes use, and lists each order right', () => {
    const engine = new EpisodeEngine({
      environments: new EnvironmentRegistry(environments.values()),
      store: new MemoryEpisodeStore(),
    });
    const servers = new EpisodeMcpServers(engine, { name: 'test', version: '1' });
    for (let seed = 0; seed < 2000; seed++) {
      const order = shuffled([...environments.keys()], seed);
      const tools = servers.toolsFor({ episodeId: `ep_${seed}`, servers: order, bare: false });
      expect(tools.map((tool) => tool.name)).toEqual(order.map((name) => `${name}-read`));
    }
    expect(servers.cachedToolLists).toBeGreaterThan(0);
    expect(servers.cachedToolLists).toBeLessThanOrEqual(256);
  });
});
