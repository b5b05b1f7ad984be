// A figure and its baseline measured in the same run, in alternating order (A B, B A, …), so that
// drift of a noisy machine (other processes, thermal, GC of a long run) hits both sides alike.
import { median } from './stats.mjs';

/**
 * Seconds of each autocannon run. Whole seconds: autocannon only notices the end of a run on its
 * one-second tick, so a 0.3 s run takes a second anyway. Quick mode skips warm-ups (cold numbers,
 * fine for a smoke run). A full run warms each side up, then alternates many short rounds rather
 * than a few long ones: on a shared machine a burst of other work then spoils one ratio of seven,
 * which the median ignores, instead of one of three.
 */
export const loadPlan = (quick) =>
  quick
    ? { warmupSeconds: 0, seconds: 1, rounds: 1, singleWarmupSeconds: 0, singleSeconds: 1 }
    : { warmupSeconds: 2, seconds: 2, rounds: 7, singleWarmupSeconds: 1, singleSeconds: 3 };

/**
 * Runs `subject` and `baseline` (each `(seconds) => load result`) after a warm-up of each, for
 * `rounds` alternating rounds. The ratio is the median of the per-round ratios: each ratio comes
 * from two runs seconds apart, which is what makes it hold on a shared machine.
 */
export async function alternate({ subject, baseline, plan }) {
  if (plan.warmupSeconds > 0) {
    await baseline(plan.warmupSeconds);
    await subject(plan.warmupSeconds);
  }
  const subjects = [];
  const baselines = [];
  for (let round = 0; round < plan.rounds; round++) {
    if (round % 2 === 0) {
      baselines.push(await baseline(plan.seconds));
      subjects.push(await subject(plan.seconds));
    } else {
      subjects.push(await subject(plan.seconds));
      baselines.push(await baseline(plan.seconds));
    }
  }
  const ratios = subjects.map((run, i) => run.requestsPerSecond / baselines[i].requestsPerSecond);
  return {
    ratio: median(ratios),
    ratios,
    subject: { ...medianRun(subjects), cpuMicrosPerRequest: cpuMicrosPerRequest(subjects) },
    baseline: { ...medianRun(baselines), cpuMicrosPerRequest: cpuMicrosPerRequest(baselines) },
  };
}

/**
 * The server's CPU time per answered request over all timed rounds (when the loads measured it).
 * Other processes take wall time from a server, much less its CPU time per request: this is the
 * cost the throughput ratio reflects, without the machine's noise.
 */
function cpuMicrosPerRequest(runs) {
  if (runs.some((run) => run.cpuSeconds === undefined)) return undefined;
  const seconds = runs.reduce((sum, run) => sum + run.cpuSeconds, 0);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  return (seconds * 1e6) / requests;
}

/** The run of median throughput, reported with its own latencies. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
