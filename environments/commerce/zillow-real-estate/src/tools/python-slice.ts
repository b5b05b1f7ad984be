/**
 * `items[start:stop]` with Python's rules (negative indices count from the end, out-of-range
 * bounds are clamped, null means "from the start" / "to the end"). Results must match the
 * reference for negative or oversized counts, so plain Array.slice is not enough.
 */
export function pythonSlice<T>(items: readonly T[], start: number | null, stop: number | null): T[] {
  const length = items.length;
  const clamp = (index: number | null, fallback: number): number => {
    if (index === null) return fallback;
    const resolved = index < 0 ? index + length : index;
    return Math.min(Math.max(resolved, 0), length);
  };
  const from = clamp(start, 0);
  const to = clamp(stop, length);
  return to > from ? items.slice(from, to) : [];
}
