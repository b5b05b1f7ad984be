/**
 * Every gold action of τ²-bench's telecom tasks (tasks.json, 114 tasks, and tasks_small.json, 20),
 * replayed through the fleet's Tau2Telecom against what τ²'s own Python answered (recorded once by
 * scripts/reference/record-tau2-telecom.py into test/tau2/recorded/). Each task starts from its
 * initial_state (initialStateScenario), which must give the same telecom database and the same phone
 * as τ²'s set_state; then every answer (agent's and user's tools alike) and both final databases
 * must agree. The same holds for 60 seeded episodes of 12 random calls (agent's and user's tools,
 * ids sometimes unknown, amounts sometimes invalid) from random tasks' set-ups, which reach the
 * error paths the gold actions avoid.
 */
import { readFileSync } from 'node:fs';
import {
  initialStateScenario,
  runTelecomAssertion,
  type Tau2EnvAssertion,
  type Tau2InitialState,
  type TelecomDb,
  tau2Telecom,
} from '../../../environments/benchmarks/tau2-telecom/src/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { replayGoldActions, type Tau2GoldAction, tau2CanonicalDigest as canonicalDigest } from '../src/index.js';

type RecordedOutput = { error: true; message: string } | { text: string } | { digest: string };
interface RecordedTask {
  id: string;
  initial_state: Tau2InitialState;
  initial_db: string;
  initial_user_db: string;
  actions: Tau2GoldAction[];
  outputs: RecordedOutput[];
  final_db: string;
  final_user_db: string;
  env_assertions: Tau2EnvAssertion[];
  assertions_initial: AssertionResult[];
  assertions_final: AssertionResult[];
}
type AssertionResult = { result: boolean } | { error: string };
interface Recording {
  initial_db: string;
  initial_user_db: string;
  tasks: RecordedTask[];
}

const recording = (name: string): Recording =>
  JSON.parse(readFileSync(new URL(`./tau2/recorded/${name}.json`, import.meta.url), 'utf8')) as Recording;

/** The saved world as τ²'s two databases: the telecom database, and the user's phone and surroundings. */
function digests(state: unknown): { db: string; user: string } {
  const { user_db, ...db } = state as Record<string, unknown>;
  return { db: canonicalDigest(db), user: canonicalDigest(user_db) };
}

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

/**
 * The one known difference (environments/benchmarks/tau2-telecom/README.md, "Differences"): τ²'s
 * break_vpn set-up degrades the VPN's default server object that every later connect_vpn reuses;
 * here connect_vpn always connects to an excellent server. This episode sets up break_vpn, goes into
 * airplane mode (which drops the VPN) and reconnects: τ²'s phone ends on a poor server.
 */
const KNOWN_DIFFERENCES = new Set(["task random-7: final user's phone differs"]);

/** What each of the task's env assertion functions returns on this world, in the recording's shape. */
function assertionResults(state: TelecomDb, assertions: Tau2EnvAssertion[]): AssertionResult[] {
  return assertions.map((assertion) => {
    try {
      return { result: runTelecomAssertion(state, assertion) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
}

const summary: string[] = [];
afterAll(() => {
  if (summary.length > 0) console.info(`τ² telecom replay: ${summary.join('; ')}`);
});

describe.each([
  ['telecom-tasks', 114],
  ['telecom-tasks-small', 20],
  ['telecom-random', 60],
] as [string, number][])('τ² %s replay', (name, taskCount) => {
  const recorded = recording(name);

  it('starts from the same databases as τ²', () => {
    expect(recorded.tasks).toHaveLength(taskCount);
    const start = digests(tau2Telecom.save(tau2Telecom.load({})));
    expect(start).toEqual({ db: recorded.initial_db, user: recorded.initial_user_db });
  });

  it("sets every task's world up as τ²'s set_state does", () => {
    const failures = recorded.tasks.flatMap((task) => {
      const ours = digests(tau2Telecom.save(tau2Telecom.load(initialStateScenario(task.initial_state))));
      return [
        ...(ours.db === task.initial_db ? [] : [`task ${task.id}: telecom database after initial_state differs`]),
        ...(ours.user === task.initial_user_db ? [] : [`task ${task.id}: user's phone after initial_state differs`]),
      ];
    });
    expect(failures).toEqual([]);
  });

  it('answers every call and reaches every final state as τ² does', () => {
    const failures: string[] = [];
    let calls = 0;
    let callsMatched = 0;
    let finalsMatched = 0;
    for (const task of recorded.tasks) {
      const start = tau2Telecom.load(initialStateScenario(task.initial_state));
      const replay = replayGoldActions(tau2Telecom, start, task.actions);
      replay.outputs.forEach((output, index) => {
        calls++;
        const problem = difference(output, task.outputs[index] as RecordedOutput);
        if (problem) failures.push(`task ${task.id} action ${index} (${task.actions[index]?.name}): ${problem}`);
        else callsMatched++;
      });
      const final = digests(replay.finalState);
      if (final.db === task.final_db && final.user === task.final_user_db) finalsMatched++;
      else failures.push(`task ${task.id}: final ${final.db === task.final_db ? "user's phone" : 'telecom database'} differs`);
    }
    summary.push(`${name} ${finalsMatched}/${recorded.tasks.length} final states, ${callsMatched}/${calls} answers`);
    expect(failures.filter((failure) => !KNOWN_DIFFERENCES.has(failure))).toEqual([]);
  });

  it("answers every env assertion as τ²'s functions do, before and after the actions", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const task of recorded.tasks) {
      const start = tau2Telecom.load(initialStateScenario(task.initial_state));
      const final = replayGoldActions(tau2Telecom, start, task.actions).finalState as TelecomDb;
      checked += 2 * task.env_assertions.length;
      if (JSON.stringify(assertionResults(start, task.env_assertions)) !== JSON.stringify(task.assertions_initial))
        failures.push(`task ${task.id}: assertions on the initial state differ`);
      if (JSON.stringify(assertionResults(final, task.env_assertions)) !== JSON.stringify(task.assertions_final))
        failures.push(`task ${task.id}: assertions on the final state differ`);
    }
    summary.push(`${name} ${checked} assertion results`);
    expect(failures.filter((failure) => !KNOWN_DIFFERENCES.has(failure))).toEqual([]);
  });
});
