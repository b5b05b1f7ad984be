import { describe, expect, it } from 'vitest';
import { type BfclClassName, probeClass } from './bfcl/recorded.js';
import { emptyTally, loadClassEnvironment, replayEntry } from './bfcl/replay.js';

/**
 * Beyond the gold answers: 80 seeded random sequences of 10 calls per class, over existing and
 * missing names and edge values (scripts/reference/record-bfcl-probes.py), replayed and compared
 * with what BFCL's Python answered, output by output and state by state.
 */
const PROBED: BfclClassName[] = ['GorillaFileSystem', 'MathAPI', 'MessageAPI', 'TwitterAPI'];

describe.each(PROBED)('BFCL probes: %s', (className) => {
  it('answers and changes state as BFCL does', async () => {
    const env = await loadClassEnvironment(className);
    const tally = emptyTally();
    const problems = probeClass(className).entries.flatMap((entry) => replayEntry(env, className, entry, tally));
    expect(tally.calls).toBe(800);
    expect(problems.slice(0, 10), `${problems.length} differences`).toEqual([]);
  });
});
