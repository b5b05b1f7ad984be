import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clipText, closestName, type Draft, defineEnvironment, defineTool } from '../src/index.js';

const TOOLS = [
  'list_calendars',
  'list_events',
  'create_event',
  'update_event',
  'delete_event',
  'search_events',
  'get_event',
  'get_free_busy',
  'Calendar-list_events',
  'Calendar-create_event',
  'Retail-get_order_details',
  'ls',
  'cd',
  'mv',
];

/** Edit distance over the whole table: the definition the bounded search must agree with. */
function fullDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The first candidate at the least distance, kept only within a third of the longer length (at least 2). */
function expectedClosest(wanted: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = fullDistance(wanted.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(2, Math.floor(Math.max(wanted.length, best.length) / 3)) ? best : undefined;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('closestName', () => {
  it('suggests the name a typo was meant to be, ignoring case, and nothing for an unrelated name', () => {
    expect(closestName('list_evnts', TOOLS)).toBe('list_events');
    expect(closestName('LIST_EVENTS', TOOLS)).toBe('list_events');
    expect(closestName('Retail-get_order_detail', TOOLS)).toBe('Retail-get_order_details');
    expect(closestName('zz', ['ls', 'cd'])).toBe('ls');
    expect(closestName('transfer_funds', TOOLS)).toBeUndefined();
    expect(closestName('anything', [])).toBeUndefined();
  });

  it('agrees with the full edit distance on typos, case changes and random names', () => {
    const random = seeded(12);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz_-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const pick = () => alphabet[Math.floor(random() * alphabet.length)] as string;
    for (let round = 0; round < 3000; round++) {
      let wanted = TOOLS[Math.floor(random() * TOOLS.length)] as string;
      const edits = Math.floor(random() * 12);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * (wanted.length + 1));
        const kind = random();
        if (kind < 0.35) wanted = wanted.slice(0, at) + pick() + wanted.slice(at);
        else if (kind < 0.7) wanted = wanted.slice(0, at) + wanted.slice(at + 1);
        else wanted = wanted.slice(0, at) + pick() + wanted.slice(at + 1);
      }
      if (round % 5 === 0) wanted = Array.from({ length: Math.floor(random() * 40) }, pick).join('');
      expect(closestName(wanted, TOOLS), JSON.stringify(wanted)).toBe(expectedClosest(wanted, TOOLS));
    }
  });

  it('dismisses a name far longer than every candidate without comparing it character by character', () => {
    expect(closestName('x'.repeat(10_000_000), TOOLS)).toBeUndefined();
    expect(closestName(`list_events${'x'.repeat(1_000_000)}`, TOOLS)).toBeUndefined();
  });
});

describe('clipText', () => {
  it('keeps a short name whole and clips a long one to its start and length', () => {
    expect(clipText('list_events')).toBe('list_events');
    expect(clipText('x'.repeat(80))).toBe('x'.repeat(80));
    expect(clipText('x'.repeat(81))).toBe(`${'x'.repeat(80)}…(81 chars)`);
  });

  it('never cuts a character outside the BMP in half', () => {
    const clipped = clipText(`${'x'.repeat(79)}😀${'y'.repeat(10)}`);
    expect(clipped).toBe(`${'x'.repeat(79)}…(91 chars)`);
  });
});

describe('an unknown name in a call', () => {
  const env = defineEnvironment({
    name: 'Names',
    domain: 'utilities',
    version: '0.0.1',
    description: 'Tools with names to mistype.',
    scenario: z.object({ count: z.int().default(0) }),
    presets: { demo: { count: 1 } },
    tools: ['list_events', 'create_event', 'delete_event'].map((name) =>
      defineTool({
        name,
        description: `The ${name} tool.`,
        input: z.object({}),
        handler: (_state: Draft<{ count: number }>) => ({ ok: true }),
      }),
    ),
  });

  it('answers a 10 MB tool name at once, naming its start and length, and changes nothing', () => {
    const start = env.load({});
    const outcome = env.call(start, 'x'.repeat(10_000_000), {});
    expect(outcome.isError).toBe(true);
    expect(outcome.state).toBe(start);
    const message = (outcome.content as { message: string }).message;
    expect(message).toContain(`Unknown tool "${'x'.repeat(80)}…(10000000 chars)"`);
    expect(message).toContain('list_events, create_event, delete_event');
    expect(message.length).toBeLessThan(300);
  });

  it('still suggests the intended tool for an ordinary typo', () => {
    const outcome = env.call(env.load({}), 'delete_evnt', {});
    expect((outcome.content as { message: string }).message).toBe(
      'Unknown tool "delete_evnt" — did you mean "delete_event"? (Names has: list_events, create_event, delete_event)',
    );
  });

  it('names an absurdly long preset by its start and length', () => {
    expect(() => env.loadPreset('p'.repeat(1_000_000))).toThrow(`unknown preset "${'p'.repeat(80)}…(1000000 chars)" (known: demo)`);
  });
});
