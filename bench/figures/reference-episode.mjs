// Our in-process Retail episode beside EnvFactory's per-rollout path on the same machine, in the
// same run: the reference Retail server module, run by bench/reference/retail_episode.py the way
// its VeRL manager runs a rollout (a fresh instance, load_scenario, the calls, save_scenario) and
// timed with Python's own clock, on the episode of the `episode` figure (demo world, ten calls,
// save). The two sides alternate, and the ratio is the median of the per-round ratios.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { metric } from '../lib/metrics.mjs';
import { referencePython, referenceRetailModule } from '../lib/reference.mjs';
import { expectSuccess, RESET_DEMO, ROLLOUT, SERVER } from '../lib/retail-workload.mjs';
import { median, micros, percentile } from '../lib/stats.mjs';
import { benchDir, loadRetail, workspacePackage } from '../lib/workspace.mjs';
import { catalogOf } from './episode.mjs';

const { EpisodeEngine, MemoryEpisodeStore } = await workspacePackage('episodes');
const SCRIPT = join(benchDir, 'reference', 'retail_episode.py');

export async function measure({ quick }) {
  const python = await referencePython();
  const reference = await referenceRetailModule();
  try {
    return await compare({ quick, python, module: reference.path });
  } finally {
    reference.cleanup();
  }
}

async function compare({ quick, python, module }) {
  const retail = await loadRetail();
  const engine = new EpisodeEngine({ environments: catalogOf(retail), store: new MemoryEpisodeStore(), defaultTtlSeconds: 0 });
  const plan = quick ? { rounds: 1, episodes: 300, warmup: 100 } : { rounds: 7, episodes: 2_000, warmup: 500 };
  // Each Python batch is a fresh interpreter, so it warms up on its own; our engine warms up once.
  const theirs = () => runReference(python.python, { module, scenario: retail.presets.demo, calls: ROLLOUT, ...plan });
  const ours = () => ourEpisodes(engine, plan.episodes);
  await ours(plan.warmup * 4);

  const rounds = [];
  for (let round = 0; round < plan.rounds; round++) {
    // Alternating order (theirs, ours; ours, theirs; …) so drift on a shared machine hits both.
    const pair = round % 2 === 0 ? { reference: await theirs(), envfleet: await ours() } : reversed(await ours(), await theirs());
    rounds.push(pair);
  }
  const ratios = rounds.map(({ envfleet, reference }) => median(envfleet.episode) / median(reference.samples.episode));
  const all = (side, key) => rounds.flatMap((round) => (side === 'reference' ? round.reference.samples[key] : round.envfleet[key]));
  const last = rounds.at(-1);
  const sameWorld = sameFinalState(last.envfleet.saved, last.reference.saved);
  const n = plan.rounds * plan.episodes;
  const on = `Python ${python.version}, pydantic ${python.pydantic}`;
  return {
    episodeVsReference: metric(
      median(ratios),
      'ratio',
      `our in-process Retail episode (EpisodeEngine + MemoryEpisodeStore) ÷ EnvFactory's Retail.py episode (${on}, ` +
        `module functions called directly, no MCP transport): reset/load_scenario from the demo world + the 10 calls + save, ` +
        `median of ${plan.rounds} alternating rounds of ${plan.episodes} episodes each (per-round ratios ` +
        `${ratios.map((r) => r.toFixed(2)).join(', ')}); final states ${sameWorld}. Below 1: ours is faster`,
    ),
    referenceEpisodeMicros: metric(
      median(all('reference', 'episode')),
      'µs',
      `median of ${n} EnvFactory Retail episodes (fresh RetailAPI, load_scenario, 10 calls, save_scenario), time.perf_counter`,
    ),
    episodeMicrosBesideReference: metric(
      median(all('envfleet', 'episode')),
      'µs',
      `median of ${n} of our in-process Retail episodes (reset, 10 steps, state), measured alternately with the reference`,
    ),
    referenceLoadMicrosP50: metric(
      median(all('reference', 'load')),
      'µs',
      `reference load_scenario of the demo world (pydantic validation), median of ${n}`,
    ),
    referenceCallMicrosP50: metric(
      median(all('reference', 'call')),
      'µs',
      `reference tool call (the 10 of the rollout), median of ${n * ROLLOUT.length}`,
    ),
    referenceCallMicrosP99: metric(
      percentile(all('reference', 'call'), 99),
      'µs',
      `reference tool call, 99th percentile of ${n * ROLLOUT.length}`,
    ),
    referenceSaveMicrosP50: metric(
      median(all('reference', 'save')),
      'µs',
      `reference save_scenario (model_dump of every entity), median of ${n}`,
    ),
  };
}

const reversed = (envfleet, reference) => ({ envfleet, reference });

/** `episodes` whole episodes, timed as the `episode` figure times them; the last one's saved state. */
async function ourEpisodes(engine, episodes) {
  const samples = { episode: [] };
  let saved;
  for (let i = 0; i < episodes; i++) {
    const start = performance.now();
    const { episodeId } = await engine.reset(RESET_DEMO);
    for (const call of ROLLOUT) {
      const result = await engine.step(episodeId, { calls: [call] });
      if (i === 0) expectSuccess(result, call);
    }
    const { state } = await engine.state(episodeId);
    samples.episode.push(micros(start, performance.now()));
    saved = state;
    await engine.close(episodeId);
  }
  return { ...samples, saved };
}

/** One batch of reference episodes in a fresh Python process; rejects with its stderr if it fails. */
function runReference(python, request) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0)
        return reject(new Error(`bench: the reference episode script failed (${code}): ${Buffer.concat(err).toString().trim()}`));
      try {
        resolvePromise(JSON.parse(Buffer.concat(out).toString()));
      } catch (error) {
        reject(new Error(`bench: the reference episode script printed no JSON: ${error.message}`));
      }
    });
    child.stdin.end(
      JSON.stringify({
        module: request.module,
        scenario: request.scenario,
        calls: request.calls,
        warmup: request.warmup,
        rounds: request.episodes,
      }),
    );
  });
}

/**
 * Whether both sides ended the rollout in the same world (JSON-equal): the proof that the two
 * timings are of the same work. Says where they differ otherwise.
 */
function sameFinalState(ours, theirs) {
  const world = ours?.[SERVER] ?? ours;
  const plain = (value) => JSON.parse(JSON.stringify(value));
  const [a, b] = [plain(world), plain(theirs)];
  if (isDeepStrictEqual(a, b)) return 'equal on both sides';
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
  const differing = keys.filter((key) => !isDeepStrictEqual(a?.[key], b?.[key]));
  return `differ in ${differing.join(', ') || 'shape'}`;
}
