// In-process episode figures: EpisodeEngine over MemoryEpisodeStore, called directly (no HTTP), so
// they show what the engine and the environment cost on their own.
import { metric } from '../lib/metrics.mjs';
import { expectSuccess, RESET_DEMO, ROLLOUT } from '../lib/retail-workload.mjs';
import { median, micros, percentile } from '../lib/stats.mjs';
import { loadRetail, workspacePackage } from '../lib/workspace.mjs';

const { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } = await workspacePackage('episodes');

export async function measure({ quick }) {
  const retail = await loadRetail();
  const engine = new EpisodeEngine({ environments: catalogOf(retail), store: new MemoryEpisodeStore(), defaultTtlSeconds: 0 });
  // Warm-up rounds let the JIT settle; they are run exactly like the measured ones and dropped.
  const warmup = quick ? 200 : 2_000;
  const rounds = quick ? 500 : 10_000;
  const samples = { episode: [], reset: [], step: [], save: [], snapshot: [], restore: [] };

  for (let round = 0; round < warmup + rounds; round++) {
    const keep = round >= warmup;
    const startEpisode = performance.now();
    const { episodeId } = await engine.reset(RESET_DEMO);
    const afterReset = performance.now();
    const stepTimes = [];
    for (const call of ROLLOUT) {
      const start = performance.now();
      const result = await engine.step(episodeId, { calls: [call] });
      stepTimes.push(micros(start, performance.now()));
      if (round === 0) expectSuccess(result, call);
    }
    const beforeSave = performance.now();
    await engine.state(episodeId);
    const endEpisode = performance.now();

    const beforeSnapshot = performance.now();
    const { snapshotId } = await engine.snapshot(episodeId);
    const beforeRestore = performance.now();
    await engine.restore(episodeId, { snapshotId });
    const afterRestore = performance.now();
    await engine.close(episodeId);

    if (!keep) continue;
    samples.episode.push(micros(startEpisode, endEpisode));
    samples.reset.push(micros(startEpisode, afterReset));
    samples.step.push(...stepTimes);
    samples.save.push(micros(beforeSave, endEpisode));
    samples.snapshot.push(micros(beforeSnapshot, beforeRestore));
    samples.restore.push(micros(beforeRestore, afterRestore));
  }

  const totalStepSeconds = samples.step.reduce((sum, value) => sum + value, 0) / 1e6;
  const latency = (name, what) => ({
    [`${name}MicrosP50`]: metric(percentile(samples[name], 50), 'µs', `${what}, median of ${samples[name].length}`),
    [`${name}MicrosP99`]: metric(percentile(samples[name], 99), 'µs', `${what}, 99th percentile of ${samples[name].length}`),
  });
  return {
    episodeMicros: metric(
      median(samples.episode),
      'µs',
      `median of ${rounds} Retail episodes, in-process: reset from the demo preset + 10 single-call steps (5 reads, 5 writes) + save`,
      { atMost: 50, baseline: 'referenceEpisodeMicros' },
    ),
    ...latency('reset', 'in-process reset from the Retail demo preset'),
    ...latency('step', 'in-process step of one Retail call (the 10 calls of the rollout)'),
    ...latency('snapshot', 'in-process snapshot after the rollout'),
    ...latency('restore', 'in-process restore of that snapshot'),
    stepsPerSecondPerCore: metric(
      samples.step.length / totalStepSeconds,
      'steps/s',
      'in-process steps per second of one core (the engine runs on one JS thread): steps ÷ time spent in them',
    ),
  };
}

/** The registry the engine looks servers up in, holding these environments. */
export function catalogOf(...environments) {
  return new EnvironmentRegistry(environments);
}
