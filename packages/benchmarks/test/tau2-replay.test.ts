/**
 * Every gold action of τ²-bench's retail and airline tasks, replayed through the fleet's Tau2Retail
 * and Tau2Airline, against what τ²'s own Python answered for the same actions (recorded once by
 * scripts/reference/record-tau2.py into test/tau2/recorded/). Each answer must agree (the error
 * text, the returned text, or the digest of the returned structure) and so must the final database.
 * The same holds for 60 seeded episodes of random calls per domain, which reach the error paths the
 * gold actions avoid (recorded by scripts/reference/record-tau2-random.py).
 */
import { readFileSync } from 'node:fs';
import { tau2Airline } from '../../../environments/benchmarks/tau2-airline/src/index.js';
import { tau2Retail } from '../../../environments/benchmarks/tau2-retail/src/index.js';
import type { Environment } from '@envfleet/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { replayGoldActions, type Tau2GoldAction, tau2CanonicalDigest as canonicalDigest } from '../src/index.js';

type RecordedOutput = { error: true; message: string } | { text: string } | { digest: string };
interface Recording {
  domain: string;
  initial_db?: string;
  tasks: { id: string; actions: Tau2GoldAction[]; outputs: RecordedOutput[]; final_db: string }[];
}

const recording = (domain: string): Recording =>
  JSON.parse(readFileSync(new URL(`./tau2/recorded/${domain}.json`, import.meta.url), 'utf8')) as Recording;

/** What differs between our answer and the recorded one, or undefined when they agree. */
function difference(ours: { isError: boolean; content: unknown }, recorded: RecordedOutput): string | undefined {
  if ('error' in recorded) {
    if (!ours.isError) return `expected the error "${recorded.message}", got a result`;
    const message = (ours.content as { message?: string }).message;
    return message === recorded.message ? undefined : `error "${message}" instead of "${recorded.message}"`;
  }
  if (ours.isError) return `unexpected error ${JSON.stringify(ours.content)}`;
  if ('text' in recorded)
    return ours.content === recorded.text ? undefined : `text ${JSON.stringify(ours.content)} instead of ${JSON.stringify(recorded.text)}`;
  return canonicalDigest(ours.content) === recorded.digest ? undefined : 'result differs from the recorded digest';
}

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`τ² replay: ${summary.join('; ')}`);
});

describe.each([
  ['retail', tau2Retail, 114],
  ['airline', tau2Airline, 50],
  ['random-retail', tau2Retail, 60],
  ['random-airline', tau2Airline, 60],
] as [string, Environment, number][])('τ² %s replay', (domain, env, taskCount) => {
  const recorded = recording(domain);
  const start = env.load({});

  it('starts from the same database as τ²', () => {
    expect(recorded.tasks).toHaveLength(taskCount);
    if (recorded.initial_db) expect(canonicalDigest(env.save(start))).toBe(recorded.initial_db);
  });

  it('answers every call and reaches every final database as τ² does', () => {
    const failures: string[] = [];
    let calls = 0;
    let callsMatched = 0;
    let finalsMatched = 0;
    for (const task of recorded.tasks) {
      const replay = replayGoldActions(env, start, task.actions);
      replay.outputs.forEach((output, index) => {
        calls++;
        const problem = difference(output, task.outputs[index] as RecordedOutput);
        if (problem) failures.push(`task ${task.id} action ${index} (${task.actions[index]?.name}): ${problem}`);
        else callsMatched++;
      });
      if (canonicalDigest(replay.finalState) === task.final_db) finalsMatched++;
      else failures.push(`task ${task.id}: final database differs`);
    }
    summary.push(`${domain} ${finalsMatched}/${recorded.tasks.length} final databases, ${callsMatched}/${calls} answers`);
    expect(failures).toEqual([]);
  });
});
