/**
 * Whether a memory curve grows after warm-up. Two views must agree before it is called growth: the
 * least-squares slope over the judged samples, projected over their span, and the difference
 * between the median of the last third and of the first third (plateau windows). A leak shows in
 * both; one outlier (a collection that happened to run late, a burst of abandoned episodes before
 * the reaper came by) tilts the slope but not the medians.
 */
export interface CurvePoint {
  seconds: number;
  value: number;
}

export interface GrowthVerdict {
  grows: boolean;
  /** Units per minute, from the least-squares line. */
  slopePerMinute: number;
  /** The slope times the judged span: how much the line rises across it. */
  projected: number;
  /** Median of the last third of the judged samples minus the median of the first third. */
  plateauDelta: number;
  tolerance: number;
  samples: number;
}

export interface Tolerance {
  /** Growth always allowed, in the curve's units (allocator and collector noise). */
  absolute: number;
  /** Growth allowed as a share of the curve's median. */
  relative: number;
}

/** The least number of judged samples a verdict needs: fewer, and no run can be called flat. */
export const MIN_JUDGED_SAMPLES = 6;

export function growthVerdict(points: CurvePoint[], tolerance: Tolerance): GrowthVerdict {
  if (points.length < MIN_JUDGED_SAMPLES) {
    throw new Error(
      `a growth verdict needs at least ${MIN_JUDGED_SAMPLES} samples after warm-up, got ${points.length}: run longer or sample more often`,
    );
  }
  const slopePerSecond = slope(points);
  const span = (points[points.length - 1] as CurvePoint).seconds - (points[0] as CurvePoint).seconds;
  const third = Math.max(1, Math.floor(points.length / 3));
  const first = median(points.slice(0, third).map((p) => p.value));
  const last = median(points.slice(-third).map((p) => p.value));
  const allowed = Math.max(tolerance.absolute, tolerance.relative * median(points.map((p) => p.value)));
  const projected = slopePerSecond * span;
  return {
    grows: projected > allowed && last - first > allowed,
    slopePerMinute: slopePerSecond * 60,
    projected,
    plateauDelta: last - first,
    tolerance: allowed,
    samples: points.length,
  };
}

function slope(points: CurvePoint[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.seconds, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.seconds - meanX) * (p.value - meanY);
    variance += (p.seconds - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
