// Percentiles over raw samples (nearest rank: every reported value is one that was measured).

export function percentile(samples, p) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (samples) => percentile(samples, 50);

export function mean(samples) {
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

/** Rounds for reading, keeping about three significant digits. */
export function round(value) {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return Number(value.toFixed(digits));
}

/** Microseconds between two performance.now() readings. */
export const micros = (start, end) => (end - start) * 1000;
