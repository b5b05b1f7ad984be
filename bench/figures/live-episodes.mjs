// How many live Retail episodes fit in a GiB of heap. Runs with --expose-gc so that the heap is
// measured after full collections, i.e. what the episodes keep alive, not garbage in waiting.
import { episodeBreakdown, PARTS } from '../lib/heap-breakdown.mjs';
import { metric } from '../lib/metrics.mjs';
import { expectSuccess, RESET_DEMO, THREE_WRITES } from '../lib/retail-workload.mjs';
import { loadRetail, workspacePackage } from '../lib/workspace.mjs';
import { catalogOf } from './episode.mjs';

const { EpisodeEngine, MemoryEpisodeStore } = await workspacePackage('episodes');

function settledHeap() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

export async function measure({ quick }) {
  if (typeof globalThis.gc !== 'function') throw new Error('bench: live-episodes needs node --expose-gc');
  const retail = await loadRetail();
  const store = new MemoryEpisodeStore();
  const engine = new EpisodeEngine({ environments: catalogOf(retail), store, defaultTtlSeconds: 0 });
  // One episode first, so that code, caches and the preset's parsed defaults are not counted.
  await liveEpisode(engine);
  const count = quick ? 2_000 : 20_000;
  const before = settledHeap();
  for (let i = 0; i < count; i++) await liveEpisode(engine);
  const after = settledHeap();
  // The store is used after the measurement on purpose: once optimised, a function may treat a
  // variable it no longer reads as dead, and the GC would then collect every episode before `after`.
  const live = await store.size();
  if (live !== count + 1) throw new Error(`bench: expected ${count + 1} live episodes, the store holds ${live}`);
  const bytesPerEpisode = (after - before) / count;
  const freshBytes = await freshEpisodeBytes(retail, count);
  const breakdown = await breakdownOf(retail, quick ? 500 : 2_000);
  return {
    liveEpisodesPerGiB: metric(
      2 ** 30 / bytesPerEpisode,
      'episodes/GiB',
      `${count} live Retail episodes (demo preset, 3 writes each) in a MemoryEpisodeStore: heapUsed growth after full GCs`,
      { atLeast: 500_000, baseline: 'freshEpisodesPerGiB' },
    ),
    freshEpisodesPerGiB: metric(
      2 ** 30 / freshBytes,
      'episodes/GiB',
      `${count} Retail episodes reset from the demo preset and never written to, measured the same way: what an episode costs before its writes`,
    ),
    bytesPerLiveEpisode: metric(
      bytesPerEpisode,
      'bytes',
      'heap held by one live Retail episode after 3 writes (state, versions, trajectory, record)',
    ),
    ...breakdown,
  };
}

/**
 * Where an episode's bytes go: a smaller store of the same episodes (a heap snapshot of 20,000
 * would be hundreds of MB), its heapUsed growth, and the heap snapshot's account of it by part.
 */
async function breakdownOf(retail, count) {
  const store = new MemoryEpisodeStore();
  const engine = new EpisodeEngine({ environments: catalogOf(retail), store, defaultTtlSeconds: 0 });
  await liveEpisode(engine);
  const before = settledHeap();
  for (let i = 0; i < count; i++) await liveEpisode(engine);
  const perEpisode = (settledHeap() - before) / count;
  const found = await episodeBreakdown();
  if ((await store.size()) !== count + 1) throw new Error('bench: the breakdown store lost episodes');
  const inStore = Object.values(found.perEpisode).reduce((sum, bytes) => sum + bytes, 0);
  const parts = [
    ...PARTS.map(([key, what]) => [key, found.perEpisode[key], what]),
    ['outside', perEpisode - inStore, 'outside the store entry'],
  ];
  parts.sort((a, b) => b[1] - a[1]);
  const of = `${count} live episodes (reset + 3 writes), heap snapshot self sizes per store entry`;
  const metrics = {};
  for (const [key, bytes, what] of parts) {
    metrics[`liveEpisodeBytes_${key}`] = metric(
      bytes,
      'bytes',
      `${what}: ${((100 * bytes) / perEpisode).toFixed(0)}% of ${Math.round(perEpisode)} bytes; ${of}`,
    );
  }
  metrics.liveEpisodeBytesShared = metric(
    found.sharedBytes,
    'bytes',
    `reached from two or more of the ${found.episodes} store entries (the preset's untouched parts, interned strings): held once, not per episode`,
  );
  return metrics;
}

/** Heap per episode of `count` episodes reset and left alone, in a store of their own. */
async function freshEpisodeBytes(retail, count) {
  const store = new MemoryEpisodeStore();
  const engine = new EpisodeEngine({ environments: catalogOf(retail), store, defaultTtlSeconds: 0 });
  await engine.reset(RESET_DEMO);
  const before = settledHeap();
  for (let i = 0; i < count; i++) await engine.reset(RESET_DEMO);
  const after = settledHeap();
  if ((await store.size()) !== count + 1) throw new Error('bench: the fresh episodes were not all kept');
  return (after - before) / count;
}

async function liveEpisode(engine) {
  const { episodeId } = await engine.reset(RESET_DEMO);
  for (const call of THREE_WRITES) expectSuccess(await engine.step(episodeId, { calls: [call] }), call);
  return episodeId;
}
