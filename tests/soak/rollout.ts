import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { startingReset } from '../fuzz/fleet.js';
import type { EnvironmentFacts } from '../fuzz/generate/cases.js';
import { plausibleArguments } from '../fuzz/generate/plausible.js';
import type { Random } from '../fuzz/generate/random.js';
import type { Ledger } from './ledger.js';
import type { SoakApi } from './soak-api.js';

interface ExpectedCall {
  step: number;
  name: string;
  arguments: Record<string, unknown>;
}

/** What the episode must hold: every acknowledged call, in order, and the step counter. */
interface Expected {
  calls: ExpectedCall[];
  step: number;
}

export interface RolloutContext {
  api: SoakApi;
  ledger: Ledger;
  environments: EnvironmentFacts[];
  ttlSeconds: number;
}

class Lost extends Error {}

/**
 * One rollout as a worker runs it: reset one or two environments from their demo worlds, steps
 * (over HTTP, or as an agent over the episode's MCP URL), snapshots and restores, a fork or two,
 * then a close — or abandonment, left to the idle TTL. After every operation that answers with
 * history, the episode must hold exactly what was acknowledged: the trajectory, call by call, and
 * the step counter; now and then the final state must equal a fresh replay of those calls.
 */
export async function rollout(context: RolloutContext, random: Random): Promise<void> {
  const { api, ledger } = context;
  const servers = pickServers(context.environments, random);
  const facts = servers.map((server) => context.environments.find((env) => env.server === server) as EnvironmentFacts);
  const body = resetBody(facts, random);
  const reset = await api.call<{ episodeId: string; mcpUrl: string }>('POST', '/v1/episodes', body);
  if (!reset) return;
  ledger.counts.rollouts += 1;
  ledger.counts.resets += 1;
  const { episodeId } = reset.body;
  const path = `/v1/episodes/${episodeId}`;
  const expected: Expected = { calls: [], step: 0 };
  let lastUsedAt = reset.sentAt;
  // Some rollouts are agents on the episode's MCP URL: one SDK client for the whole rollout.
  const mcp = random.chance(0.15)
    ? new Client({ name: 'envfleet-soak', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } })
    : undefined;
  try {
    if (mcp) await mcp.connect(new StreamableHTTPClientTransport(new URL(reset.body.mcpUrl)));
    const steps = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const calls = Array.from({ length: random.pick([1, 1, 1, 2, 3]) }, () => plausibleCall(facts, random));
        if (mcp) {
          for (const call of calls) lastUsedAt = await mcpCall(context, mcp, path, expected, call, lastUsedAt);
        } else lastUsedAt = await httpStep(context, path, expected, calls);
      }
    };
    if (mcp) ledger.counts.mcpRollouts += 1;
    await steps(random.int(2, 8));
    if (random.chance(0.35)) {
      // Two snapshots, then back to the first and forward to the second: history must follow.
      const first = await snapshot(context, path, expected);
      await steps(random.int(1, 4));
      const second = await snapshot(context, path, expected);
      await steps(random.int(1, 3));
      await restore(context, path, expected, first);
      if (random.chance(0.6)) await restore(context, path, expected, second);
      await verify(context, path, expected, 'after restores');
    }
    if (random.chance(0.2)) await forks(context, path, expected, random);
    if (!mcp && random.chance(0.12)) await racingHistory(context, facts, body, path, expected, random);
    await steps(random.int(0, 4));
    await verify(context, path, expected, 'at the end');
    if (random.chance(0.08)) await replay(context, body, path, expected.calls);
    if (random.chance(0.9)) {
      const closed = await api.call<{ steps: number }>('DELETE', path);
      if (!closed) return;
      if (closed.body.steps !== expected.step)
        ledger.violation(`${episodeId}: DELETE reports ${closed.body.steps} steps, ${expected.step} were acknowledged`);
      ledger.counts.closes += 1;
      ledger.closed.push(episodeId);
    } else {
      ledger.counts.abandoned += 1;
      ledger.abandoned.push({ id: episodeId, lastUsedAt: performance.now() });
    }
  } catch (error) {
    if (!(error instanceof Lost)) throw error;
    // The episode went away under the rollout: fine only if it sat idle past its TTL.
    if (performance.now() - lastUsedAt >= context.ttlSeconds * 1000) ledger.counts.expiredWhileIdle += 1;
    else ledger.violation(`${episodeId}: ${error.message}`);
  } finally {
    await mcp?.close().catch(() => undefined);
  }
}

function pickServers(environments: EnvironmentFacts[], random: Random): string[] {
  const first = random.pick(environments).server;
  if (environments.length < 2 || !random.chance(0.25)) return [first];
  const second = random.pick(environments.filter((env) => env.server !== first)).server;
  return [first, second];
}

function resetBody(facts: EnvironmentFacts[], random: Random) {
  const presets: Record<string, string> = {};
  for (const env of facts) Object.assign(presets, startingReset(env).presets ?? {});
  return { servers: facts.map((env) => env.server), presets, seed: random.int(0, 1_000_000) };
}

function plausibleCall(facts: EnvironmentFacts[], random: Random): { name: string; arguments: Record<string, unknown> } {
  const env = random.pick(facts);
  const tool = random.pick(env.tools);
  return { name: `${env.server}-${tool.name}`, arguments: plausibleArguments(tool.inputSchema, env.pools, random) };
}

async function httpStep(
  context: RolloutContext,
  path: string,
  expected: Expected,
  calls: { name: string; arguments: Record<string, unknown> }[],
): Promise<number> {
  const reply = await context.api.call<{ step: number; results: { name: string }[] }>('POST', `${path}/step`, { calls }, [200, 404]);
  if (!reply) throw new Lost('a step failed');
  if (reply.status === 404) throw new Lost('a step answered 404: the episode is gone');
  context.ledger.stepLatency(reply.millis);
  context.ledger.counts.steps += 1;
  context.ledger.counts.calls += calls.length;
  expected.step += 1;
  if (reply.body.step !== expected.step)
    context.ledger.violation(`${path}: step answered step ${reply.body.step}, expected ${expected.step}`);
  for (const call of calls) expected.calls.push({ step: expected.step, ...call });
  return reply.sentAt;
}

async function mcpCall(
  context: RolloutContext,
  client: Client,
  path: string,
  expected: Expected,
  call: { name: string; arguments: Record<string, unknown> },
  lastUsedAt: number,
): Promise<number> {
  await context.api.pacer.take();
  const sentAt = performance.now();
  try {
    const result = await client.callTool(call, { timeout: 30_000 });
    const text = (result.content as { type: string; text?: string }[] | undefined)?.find((part) => part.type === 'text')?.text ?? '';
    if (result.isError && /not found \(never created, closed, or expired/.test(text)) throw new Lost('an MCP call found the episode gone');
    if (result.isError && /could not be run/.test(text))
      context.ledger.violation(`${path}: MCP call ${call.name} failed unexpectedly: ${text.slice(0, 200)}`);
  } catch (error) {
    if (error instanceof Lost) throw error;
    if (performance.now() - lastUsedAt >= context.ttlSeconds * 1000) throw new Lost('the MCP endpoint no longer knows the episode');
    throw new Lost(`MCP tools/call ${call.name} failed: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  context.ledger.stepLatency(performance.now() - sentAt);
  context.ledger.counts.steps += 1;
  context.ledger.counts.calls += 1;
  expected.step += 1;
  expected.calls.push({ step: expected.step, ...call });
  return sentAt;
}

async function snapshot(context: RolloutContext, path: string, expected: Expected): Promise<{ id: string; expected: Expected }> {
  const reply = await context.api.call<{ snapshotId: string; step: number }>('POST', `${path}/snapshots`, {}, [201, 404]);
  if (!reply || reply.status === 404) throw new Lost('a snapshot found the episode gone');
  context.ledger.counts.snapshots += 1;
  if (reply.body.step !== expected.step)
    context.ledger.violation(`${path}: snapshot at step ${reply.body.step}, expected ${expected.step}`);
  return { id: reply.body.snapshotId, expected: { calls: [...expected.calls], step: expected.step } };
}

async function restore(context: RolloutContext, path: string, expected: Expected, to: { id: string; expected: Expected }): Promise<void> {
  const reply = await context.api.call<{ step: number }>('POST', `${path}/restore`, { snapshotId: to.id }, [200, 404]);
  if (!reply || reply.status === 404) throw new Lost('a restore found the episode (or its snapshot) gone');
  context.ledger.counts.restores += 1;
  expected.calls = [...to.expected.calls];
  expected.step = to.expected.step;
  if (reply.body.step !== expected.step)
    context.ledger.violation(`${path}: restore answered step ${reply.body.step}, expected ${expected.step}`);
}

/** The trajectory holds exactly the acknowledged calls, and the state's step counter agrees. */
async function verify(context: RolloutContext, path: string, expected: Expected, when: string): Promise<void> {
  const trajectory = await context.api.call<{ calls: { step: number; name: string; arguments: unknown }[] }>(
    'GET',
    `${path}/trajectory`,
    undefined,
    [200, 404],
  );
  if (!trajectory || trajectory.status === 404) throw new Lost(`the trajectory is gone ${when}`);
  const mismatch = compareCalls(trajectory.body.calls, expected.calls);
  if (mismatch) context.ledger.violation(`${path}: trajectory ${when}: ${mismatch}`);
  const state = await context.api.call<{ step: number }>('GET', `${path}/state`, undefined, [200, 404]);
  if (!state || state.status === 404) throw new Lost(`the state is gone ${when}`);
  if (state.body.step !== expected.step)
    context.ledger.violation(`${path}: state says step ${state.body.step} ${when}, ${expected.step} were acknowledged`);
}

function compareCalls(actual: { step: number; name: string; arguments: unknown }[], expected: ExpectedCall[]): string | undefined {
  if (actual.length !== expected.length) return `${actual.length} calls recorded, ${expected.length} acknowledged`;
  for (const [i, call] of expected.entries()) {
    const got = actual[i];
    if (!got || got.step !== call.step || got.name !== call.name || JSON.stringify(got.arguments) !== JSON.stringify(call.arguments)) {
      return `call ${i} is ${JSON.stringify(got).slice(0, 160)}, expected step ${call.step} ${call.name}`;
    }
  }
  return undefined;
}

/** Forks start with the parent's history; each is stepped once and closed. */
async function forks(context: RolloutContext, path: string, expected: Expected, random: Random): Promise<void> {
  const reply = await context.api.call<{ episodeIds: string[] }>('POST', `${path}/fork`, { count: random.int(1, 3) }, [201, 404]);
  if (!reply || reply.status === 404) throw new Lost('a fork found the episode gone');
  context.ledger.counts.forks += reply.body.episodeIds.length;
  for (const forkId of reply.body.episodeIds) {
    const forkPath = `/v1/episodes/${forkId}`;
    const copy: Expected = { calls: [...expected.calls], step: expected.step };
    await verify(context, forkPath, copy, 'of a new fork');
    const closed = await context.api.call<{ steps: number }>('DELETE', forkPath);
    if (closed && closed.body.steps !== copy.step)
      context.ledger.violation(`${forkPath}: DELETE of a fork reports ${closed.body.steps} steps, expected ${copy.step}`);
    if (closed) {
      context.ledger.counts.closes += 1;
      context.ledger.closed.push(forkId);
    }
  }
}

/** A fresh episode of the same worlds and seed, given every acknowledged call at once, reaches the same state. */
async function replay(
  context: RolloutContext,
  resetWith: ReturnType<typeof resetBody>,
  path: string,
  calls: ExpectedCall[],
): Promise<void> {
  if (calls.length === 0) return;
  const original = await context.api.call<{ state: unknown }>('GET', `${path}/state`);
  if (!original) return;
  const fresh = await context.api.call<{ episodeId: string }>('POST', '/v1/episodes', resetWith);
  if (!fresh) return;
  const freshPath = `/v1/episodes/${fresh.body.episodeId}`;
  await context.api.call('POST', `${freshPath}/step`, {
    calls: calls.map(({ name, arguments: args }) => ({ name, arguments: args })),
  });
  const replayed = await context.api.call<{ state: unknown }>('GET', `${freshPath}/state`);
  if (replayed && JSON.stringify(replayed.body.state) !== JSON.stringify(original.body.state)) {
    context.ledger.violation(`${path}: replaying its ${calls.length} acknowledged calls gives a different state`);
  }
  context.ledger.counts.replays += 1;
  await context.api.call('DELETE', freshPath);
}

/**
 * A step racing a snapshot and a fork, as a rollout worker that snapshots while its agent acts
 * would do. Each copy must be one consistent moment, on whichever side of the step it fell: its
 * trajectory the acknowledged calls up to its own step, its state the replay of exactly those.
 */
async function racingHistory(
  context: RolloutContext,
  facts: EnvironmentFacts[],
  resetWith: ReturnType<typeof resetBody>,
  path: string,
  expected: Expected,
  random: Random,
): Promise<void> {
  const before = expected.step;
  const [, snap, fork] = await Promise.all([
    httpStep(context, path, expected, [plausibleCall(facts, random)]),
    context.api.call<{ snapshotId: string; step: number }>('POST', `${path}/snapshots`, {}, [201]),
    context.api.call<{ episodeIds: string[] }>('POST', `${path}/fork`, { count: 1 }, [201]),
  ]);
  const at = (step: number): Expected => ({ calls: expected.calls.filter((call) => call.step <= step), step });
  const consistent = (step: number, what: string) => {
    if (step === before || step === before + 1) return true;
    context.ledger.violation(`${path}: ${what} racing step ${before + 1} says step ${step}`);
    return false;
  };
  const forkId = fork?.body.episodeIds[0];
  if (forkId) {
    context.ledger.counts.forks += 1;
    const forkPath = `/v1/episodes/${forkId}`;
    const state = await context.api.call<{ step: number }>('GET', `${forkPath}/state`);
    if (state && consistent(state.body.step, 'a fork')) {
      const copy = at(state.body.step);
      await verify(context, forkPath, copy, 'of a fork taken during a step');
      await replay(context, resetWith, forkPath, copy.calls);
    }
    const closed = await context.api.call('DELETE', forkPath);
    if (closed) {
      context.ledger.counts.closes += 1;
      context.ledger.closed.push(forkId);
    }
  }
  if (snap) {
    context.ledger.counts.snapshots += 1;
    if (!consistent(snap.body.step, 'a snapshot')) return;
    // The rollout goes on from the snapshot's moment: what came after it is discarded, as restore promises.
    await restore(context, path, expected, { id: snap.body.snapshotId, expected: at(snap.body.step) });
    await verify(context, path, expected, 'after restoring a snapshot taken during a step');
    await replay(context, resetWith, path, expected.calls);
  }
}
