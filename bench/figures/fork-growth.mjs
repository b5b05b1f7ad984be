// How fork, snapshot and reset scale with the size of the state (10 KB → 10 MB of scenario JSON).
// Fork and snapshot should not grow with the state (states are immutable and shared between
// versions); reset is O(size of the scenario) by design (it validates it).
import { metric } from '../lib/metrics.mjs';
import { expectSuccess, retailWorldOfSize } from '../lib/retail-workload.mjs';
import { median, micros } from '../lib/stats.mjs';
import { loadRetail, workspacePackage } from '../lib/workspace.mjs';
import { catalogOf } from './episode.mjs';

const { EpisodeEngine, MemoryEpisodeStore } = await workspacePackage('episodes');

// Resets of the small world are cheap, so there are enough of them for a stable median.
const SIZES = [
  { label: '10KB', bytes: 10 * 1024, resets: { quick: 50, full: 500 } },
  { label: '10MB', bytes: 10 * 1024 * 1024, resets: { quick: 2, full: 5 } },
];

// A rollout in progress: calls in the trajectory, one write on top of the initial state.
const ROLLOUT_START = [
  { name: 'Retail-get_user_details', arguments: { user_id: 'user_0' } },
  {
    name: 'Retail-modify_user_address',
    arguments: { user_id: 'user_0', address: '1 Fork Road', city: 'Forks', state: 'WA', country: 'USA', zip_code: '98331' },
  },
  { name: 'Retail-get_order_details', arguments: { order_id: '#B0x0' } },
];

export async function measure({ quick }) {
  const retail = await loadRetail();
  // Each round snapshots every episode once, past the per-episode quota (1,000 by default,
  // docs/limits.md), which is lifted: the figure measures a snapshot, not the quota.
  const engine = new EpisodeEngine({
    environments: catalogOf(retail),
    store: new MemoryEpisodeStore(),
    defaultTtlSeconds: 0,
    limits: { maxSnapshotsPerEpisode: Number.MAX_SAFE_INTEGER },
  });
  const metrics = {};

  const episodes = [];
  for (const size of SIZES) {
    const world = retailWorldOfSize(size.bytes);
    const kib = JSON.stringify(world).length / 1024;
    const request = { servers: ['Retail'], scenario: { Retail: world }, seed: 1 };
    const resetTimes = [];
    const count = quick ? size.resets.quick : size.resets.full;
    let episodeId;
    for (let i = 0; i < count; i++) {
      if (episodeId) await engine.close(episodeId);
      const start = performance.now();
      ({ episodeId } = await engine.reset(request));
      resetTimes.push(micros(start, performance.now()));
    }
    for (const call of ROLLOUT_START) expectSuccess(await engine.step(episodeId, { calls: [call] }), call);
    // The first resets compile the scenario's validators; the median of the rest is the cost.
    const measured = resetTimes.length > 4 ? resetTimes.slice(Math.floor(resetTimes.length / 5)) : resetTimes;
    metrics[`resetMillis${size.label}`] = metric(
      median(measured) / 1000,
      'ms',
      `median in-process reset from a ${kib.toFixed(0)} KiB Retail scenario (validated, frozen), of ${measured.length}`,
    );
    episodes.push({ ...size, kib, episodeId, forks: [], snapshots: [] });
  }
  // State size is one axis; the trajectory is the other. The same small world after a long
  // rollout shows whether fork and snapshot stay O(1) in the number of calls made.
  const small = episodes[0];
  const {
    episodeIds: [longRollout],
  } = await engine.fork(small.episodeId, {});
  const longCalls = quick ? 2_000 : 10_000;
  for (let i = 0; i < longCalls; i++) await engine.step(longRollout, { calls: [ROLLOUT_START[2]] });
  episodes.push({ label: 'LongTrajectory', kib: small.kib, episodeId: longRollout, forks: [], snapshots: [], calls: longCalls });

  // Both sizes alternate in one loop, so that JIT warm-up, GC and machine noise hit them alike;
  // the first tenth of the rounds is warm-up and dropped.
  const rounds = quick ? 500 : 5_000;
  for (let round = 0; round < rounds; round++) {
    for (const episode of episodes) {
      const start = performance.now();
      const { episodeIds } = await engine.fork(episode.episodeId, {});
      const afterFork = performance.now();
      await engine.snapshot(episode.episodeId);
      const afterSnapshot = performance.now();
      await engine.close(episodeIds[0]);
      if (round < rounds / 10) continue;
      episode.forks.push(micros(start, afterFork));
      episode.snapshots.push(micros(afterFork, afterSnapshot));
    }
  }

  const forkMedian = {};
  for (const episode of episodes) {
    forkMedian[episode.label] = median(episode.forks);
    const history = episode.calls ? ` and ${episode.calls.toLocaleString('en-US')} calls in its trajectory` : '';
    const of = `a Retail episode with a ${episode.kib.toFixed(0)} KiB state${history}, of ${episode.forks.length}`;
    metrics[`forkMicros${episode.label}`] = metric(forkMedian[episode.label], 'µs', `median in-process fork of ${of}`);
    metrics[`snapshotMicros${episode.label}`] = metric(median(episode.snapshots), 'µs', `median in-process snapshot of ${of}`);
    await engine.close(episode.episodeId);
  }

  return {
    forkGrowth10KBto10MB: metric(
      forkMedian['10MB'] / forkMedian['10KB'],
      'ratio',
      'median fork latency with a 10 MB Retail state ÷ with a 10 KB state (users and orders added), in-process, alternated in one loop',
      { atMost: 1.5, baseline: 'forkMicros10KB' },
    ),
    ...metrics,
  };
}
