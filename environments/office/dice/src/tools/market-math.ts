import { containsText } from '@envfleet/kit';
import type { JobPosting } from '../scenario.js';

/** The midpoint of a posting's salary band, when both ends are given (the reference skips 0s). */
export function salaryMidpoint(job: JobPosting): number | undefined {
  return job.salary_min > 0 && job.salary_max > 0 ? (job.salary_min + job.salary_max) / 2 : undefined;
}

/** The mean, summed left to right as Python's sum() adds. */
export function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/** Appends a value to a grouped list, creating the group on first use (dict.setdefault(k, []).append(v)). */
export function addTo(groups: Map<string, number[]>, key: string, value: number): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/** Counts by key, highest first; equal counts keep first-seen order (Python's stable sorted(reverse=True)). */
export function byCountDescending(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

export const includesFolded = (haystack: string, needle: string): boolean => containsText(haystack.toLowerCase(), needle.toLowerCase());
