import { startingReset } from './fleet.js';
import { type Answer, type GatewayUnderTest, request } from './gateway-under-test.js';
import type { EnvironmentFacts, FuzzCase, ResetCase, StepCase } from './generate/cases.js';
import { jsonText } from './json-text.js';
import { isRefusalStatus } from './outcome.js';

export type Measured = { millis: number; answer: 'ok' | 'tool-error' | 'refused' | 'none'; detail?: string; violations: string[] };

/**
 * One case over the v1 HTTP API of a real gateway, on a fresh episode: the step (or reset) must
 * not answer 5xx, a failed call or a refused step must leave `GET …/state` as it was, and the
 * trajectory and the close must still answer afterwards.
 */
export async function runOverHttp(
  gateway: GatewayUnderTest,
  facts: EnvironmentFacts,
  fuzzCase: FuzzCase,
  timeoutMs: number,
): Promise<Measured> {
  return fuzzCase.action === 'reset' ? resetOverHttp(gateway, fuzzCase, timeoutMs) : stepOverHttp(gateway, facts, fuzzCase, timeoutMs);
}

async function resetOverHttp(gateway: GatewayUnderTest, fuzzCase: ResetCase, timeoutMs: number): Promise<Measured> {
  const violations: string[] = [];
  const answer = await request(gateway.url, 'POST', '/v1/episodes', jsonText(fuzzCase.body), timeoutMs);
  if (answer.status === 201) {
    const { episodeId } = JSON.parse(answer.text) as { episodeId: string };
    const closed = await request(gateway.url, 'DELETE', `/v1/episodes/${episodeId}`, undefined, timeoutMs);
    if (closed.status !== 200) violations.push(`DELETE of the new episode answered ${closed.status}: ${closed.text.slice(0, 200)}`);
    return { millis: answer.millis, answer: 'ok', violations };
  }
  if (isRefusalStatus(answer.status)) return { millis: answer.millis, answer: 'refused', detail: problemDetail(answer), violations };
  violations.push(`reset answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  return { millis: answer.millis, answer: 'none', violations };
}

async function stepOverHttp(gateway: GatewayUnderTest, facts: EnvironmentFacts, fuzzCase: StepCase, timeoutMs: number): Promise<Measured> {
  const violations: string[] = [];
  const episode = await openEpisode(gateway, facts, timeoutMs);
  const path = `/v1/episodes/${episode.episodeId}`;
  try {
    if (fuzzCase.setup) {
      const setup = await request(gateway.url, 'POST', `${path}/step`, jsonText({ calls: [fuzzCase.setup] }), timeoutMs);
      if (!isFine(setup.status))
        violations.push(`the setup step (${fuzzCase.setup.name}) answered ${setup.status}: ${setup.text.slice(0, 200)}`);
    }
    const before = await readState(gateway, path, timeoutMs);
    const step = await request(gateway.url, 'POST', `${path}/step`, jsonText({ calls: [fuzzCase.call] }), timeoutMs);
    let answer: Measured['answer'];
    let detail: string | undefined;
    if (step.status === 200) {
      const first = (JSON.parse(step.text) as { results: { isError: boolean; content: { message?: string } }[] }).results[0];
      answer = first?.isError ? 'tool-error' : 'ok';
      if (first?.isError) detail = String(first.content?.message ?? '').slice(0, 200);
    } else if (isRefusalStatus(step.status)) {
      answer = 'refused';
      detail = problemDetail(step);
    } else {
      violations.push(`the step answered ${step.status}: ${step.text.slice(0, 300)}`);
      return { millis: step.millis, answer: 'none', violations };
    }
    const after = await readState(gateway, path, timeoutMs);
    if (answer !== 'ok' && after.state !== before.state)
      violations.push(`a ${answer === 'refused' ? 'refused step' : 'failed call'} changed GET …/state`);
    const expectedStep = answer === 'refused' ? before.step : before.step + 1;
    if (after.step !== expectedStep) violations.push(`GET …/state says step ${after.step} after the call, expected ${expectedStep}`);
    const trajectory = await request(gateway.url, 'GET', `${path}/trajectory`, undefined, timeoutMs);
    if (trajectory.status !== 200)
      violations.push(`GET …/trajectory answers ${trajectory.status} after the call: ${trajectory.text.slice(0, 200)}`);
    return { millis: step.millis, answer, ...(detail !== undefined ? { detail } : {}), violations };
  } finally {
    const closed = await request(gateway.url, 'DELETE', path, undefined, timeoutMs).catch((error: unknown) => ({
      status: 0,
      text: String(error),
      millis: 0,
    }));
    if (closed.status !== 200) violations.push(`DELETE of the episode answered ${closed.status}: ${closed.text.slice(0, 200)}`);
  }
}

/** A fresh episode of the starting world; its MCP URL for the MCP pass. */
export async function openEpisode(
  gateway: GatewayUnderTest,
  facts: EnvironmentFacts,
  timeoutMs: number,
): Promise<{ episodeId: string; mcpUrl: string }> {
  const reset = await request(gateway.url, 'POST', '/v1/episodes', JSON.stringify(startingReset(facts)), timeoutMs);
  if (reset.status !== 201) throw new Error(`resetting the starting world answered ${reset.status}: ${reset.text.slice(0, 300)}`);
  return JSON.parse(reset.text) as { episodeId: string; mcpUrl: string };
}

/** The state as text (states serialise the same way every time) and the step counter. */
export async function readState(gateway: GatewayUnderTest, path: string, timeoutMs: number): Promise<{ state: string; step: number }> {
  const answer = await request(gateway.url, 'GET', `${path}/state`, undefined, timeoutMs);
  if (answer.status !== 200) throw new Error(`GET …/state answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  const body = JSON.parse(answer.text) as { state: unknown; step: number };
  return { state: JSON.stringify(body.state), step: body.step };
}

function isFine(status: number): boolean {
  return status < 300 || isRefusalStatus(status);
}

function problemDetail(answer: Answer): string {
  try {
    const problem = JSON.parse(answer.text) as { detail?: string };
    return `${answer.status} ${String(problem.detail ?? '').slice(0, 200)}`;
  } catch {
    return `${answer.status} ${answer.text.slice(0, 200)}`;
  }
}
