import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One point of the soak's curve. */
export interface Sample {
  seconds: number;
  phase: 'run' | 'drain';
  rssBytes: number;
  heapUsedBytes: number;
  liveEpisodes: number;
  /** Step latency (HTTP steps and MCP calls) in the window since the previous sample. */
  stepP99Ms: number | null;
  stepsInWindow: number;
  rollouts: number;
  violations: number;
  redisUsedBytes: number | null;
}

const MiB = 1024 * 1024;

export function writeCurveCsv(path: string, samples: Sample[]): void {
  const rows = ['seconds,phase,rss_mib,heap_used_mib,live_episodes,step_p99_ms,steps_in_window,rollouts,violations,redis_used_mib'];
  for (const s of samples) {
    rows.push(
      [
        s.seconds.toFixed(1),
        s.phase,
        (s.rssBytes / MiB).toFixed(2),
        (s.heapUsedBytes / MiB).toFixed(2),
        s.liveEpisodes,
        s.stepP99Ms === null ? '' : s.stepP99Ms.toFixed(2),
        s.stepsInWindow,
        s.rollouts,
        s.violations,
        s.redisUsedBytes === null ? '' : (s.redisUsedBytes / MiB).toFixed(2),
      ].join(','),
    );
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${rows.join('\n')}\n`);
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Nearest-rank percentile: every reported value is one that was measured. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
