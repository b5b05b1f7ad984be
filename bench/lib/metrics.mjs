// The shape of bench/results/*.json: { value, unit, detail } per key, plus the goal where the issue
// sets one. Goals are reported met or unmet and never fail the run: a slow machine is not a bug.
import { round } from './stats.mjs';

/**
 * One figure. `goal` is `{ atLeast }` or `{ atMost }` for the figures the issue gives a goal, and
 * may name with `baseline` the figure of the same run it is measured beside (its key).
 */
export function metric(value, unit, detail, goal) {
  const entry = { value: round(value), unit, detail };
  if (goal?.baseline) entry.baseline = goal.baseline;
  if (goal && ('atLeast' in goal || 'atMost' in goal)) {
    entry.goal = 'atLeast' in goal ? `>= ${goal.atLeast}` : `<= ${goal.atMost}`;
    entry.met = Number.isFinite(value) && ('atLeast' in goal ? value >= goal.atLeast : value <= goal.atMost);
  }
  return entry;
}
