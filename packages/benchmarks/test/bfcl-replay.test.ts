import { afterAll, describe, expect, it } from 'vitest';
import { BFCL_CLASSES, recordedClass } from './bfcl/recorded.js';
import { emptyTally, loadClassEnvironment, replayEntry, type Tally } from './bfcl/replay.js';

/**
 * Every BFCL multi-turn gold answer (800 entries, 4,625 calls), replayed class by class on the
 * fleet's environments and compared with what BFCL's own Python answered (recorded once by
 * scripts/reference/record-bfcl.py): each call's output, and the state after every turn.
 */

const tallies = new Map<string, Tally>();

describe.each(BFCL_CLASSES)('BFCL gold replay: %s', (className) => {
  const recorded = recordedClass(className);
  const categories = [...new Set(recorded.entries.map((entry) => entry.category))];

  it.each(categories)('%s', async (category) => {
    const env = await loadClassEnvironment(className);
    const tally = emptyTally();
    tallies.set(`${className} ${category}`, tally);
    const problems = recorded.entries
      .filter((entry) => entry.category === category)
      .flatMap((entry) => replayEntry(env, className, entry, tally));
    expect(problems.slice(0, 8), `${problems.length} differences`).toEqual([]);
  });
});

afterAll(() => {
  const rows = [...tallies].map(
    ([name, t]) =>
      `${name.padEnd(32)} final states ${t.finalStates}/${t.entries}  turn states ${t.turnStates}/${t.turns}  outputs ${t.outputs}/${t.calls}`,
  );
  const total = [...tallies.values()].reduce(
    (sum, t) => ({
      entries: sum.entries + t.entries,
      finals: sum.finals + t.finalStates,
      calls: sum.calls + t.calls,
      outputs: sum.outputs + t.outputs,
    }),
    { entries: 0, finals: 0, calls: 0, outputs: 0 },
  );
  console.log(
    `BFCL gold replay — match rate\n${rows.join('\n')}\nall replayed: final states ${total.finals}/${total.entries}, outputs ${total.outputs}/${total.calls}`,
  );
});
