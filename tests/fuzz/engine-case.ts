import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { EnvironmentFacts, FuzzCase, ResetCase, StepCase } from './generate/cases.js';
import { jsonText } from './json-text.js';
import { type CaseOutcome, isRefusalStatus } from './outcome.js';
import { startingReset } from './fleet.js';

/**
 * Runs one case through the episode engine as the gateway assembles it, on a fresh episode, and
 * checks what every answer must keep true: no exception but a refusal below 500, no unexpected
 * tool error, a state left exactly as it was by every failed call or refused request, and an
 * answer (and trajectory) that can be written as JSON — else its HTTP answer would be a 500.
 */
export async function runInEngine(
  engine: EpisodeEngine,
  facts: EnvironmentFacts,
  fuzzCase: FuzzCase,
  unexpected: () => string[],
): Promise<Omit<CaseOutcome, 'preview'>> {
  const base = {
    server: fuzzCase.server,
    tool: fuzzCase.tool,
    index: fuzzCase.index,
    kind: fuzzCase.kind,
    note: fuzzCase.note,
    path: 'engine' as const,
  };
  unexpected();
  const outcome = fuzzCase.action === 'reset' ? await resetCase(engine, fuzzCase) : await stepCase(engine, facts, fuzzCase);
  for (const line of unexpected()) outcome.violations.push(`the server logged an error: ${line}`);
  return { ...base, ...outcome };
}

type Measured = Pick<CaseOutcome, 'millis' | 'answer' | 'detail' | 'violations'>;

async function resetCase(engine: EpisodeEngine, fuzzCase: ResetCase): Promise<Measured> {
  const violations: string[] = [];
  const started = performance.now();
  try {
    const { episodeId } = await engine.reset(fuzzCase.body);
    const millis = performance.now() - started;
    await engine.close(episodeId).catch((error: unknown) => violations.push(`closing the episode failed: ${describe(error)}`));
    return { millis, answer: 'ok', violations };
  } catch (error) {
    const millis = performance.now() - started;
    if (isRefusal(error)) return { millis, answer: 'refused', detail: `${error.status} ${error.message.slice(0, 200)}`, violations };
    violations.push(`reset threw ${describe(error)}`);
    return { millis, answer: 'none', violations };
  }
}

async function stepCase(engine: EpisodeEngine, facts: EnvironmentFacts, fuzzCase: StepCase): Promise<Measured> {
  const violations: string[] = [];
  const { episodeId } = await engine.reset(startingReset(facts));
  try {
    if (fuzzCase.setup) {
      await engine.step(episodeId, { calls: [fuzzCase.setup] }).catch((error: unknown) => {
        if (!isRefusal(error)) violations.push(`the setup call ${fuzzCase.setup?.name} threw ${describe(error)}`);
      });
    }
    const before = await engine.state(episodeId);
    const started = performance.now();
    let millis: number;
    let answer: CaseOutcome['answer'];
    let detail: string | undefined;
    try {
      const result = await engine.step(episodeId, { calls: [fuzzCase.call] });
      millis = performance.now() - started;
      const first = result.results[0];
      answer = first?.isError ? 'tool-error' : 'ok';
      if (first?.isError) detail = messageOf(first.content);
      const problem = unserialisable(result);
      if (problem) violations.push(`the step's answer cannot be written as JSON (${problem})`);
    } catch (error) {
      millis = performance.now() - started;
      if (!isRefusal(error)) {
        violations.push(`the step threw ${describe(error)}`);
        return { millis, answer: 'none', violations };
      }
      answer = 'refused';
      detail = `${error.status} ${error.message.slice(0, 200)}`;
    }
    const after = await engine.state(episodeId);
    if (answer !== 'ok' && !sameState(before.state, after.state))
      violations.push(`a ${answer === 'refused' ? 'refused step' : 'failed call'} changed the state`);
    const expectedStep = answer === 'refused' ? before.step : before.step + 1;
    if (after.step !== expectedStep) violations.push(`the step counter is ${after.step} after the call, expected ${expectedStep}`);
    const trajectory = await engine.trajectory(episodeId);
    const problem = unserialisable(trajectory);
    if (problem) violations.push(`the trajectory cannot be written as JSON any more (${problem}): GET …/trajectory would answer 500`);
    return { millis, answer, ...(detail !== undefined ? { detail } : {}), violations };
  } finally {
    await engine.close(episodeId).catch((error: unknown) => violations.push(`closing the episode failed: ${describe(error)}`));
  }
}

/** A deliberate refusal: bad input, not found, or a limit (507 is a capacity limit, not a failure). */
function isRefusal(error: unknown): error is EpisodeError {
  return error instanceof EpisodeError && isRefusalStatus(error.status);
}

/** States are immutable and shared: a failed call hands back the very same objects. */
function sameState(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  const servers = Object.keys(before);
  if (servers.length !== Object.keys(after).length) return false;
  return servers.every((server) => before[server] === after[server] || jsonText(before[server]) === jsonText(after[server]));
}

function unserialisable(value: unknown): string | undefined {
  try {
    JSON.stringify(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function messageOf(content: unknown): string {
  const message = (content as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message.slice(0, 200) : '';
}

function describe(error: unknown): string {
  if (error instanceof EpisodeError) return `${error.name} ${error.status}: ${error.message.slice(0, 300)}`;
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`;
  return String(error).slice(0, 300);
}
