/**
 * Python's `items[start:stop]`: negative bounds count from the end, out-of-range bounds are clamped
 * and null (the reference's None) leaves that end open. Array.prototype.slice agrees for integer
 * bounds; this names the intent where a reference slices with caller-supplied counts, so a negative
 * or oversized count is seen to give Python's answer (`items[:-2]` drops the last two).
 */
export function pythonSlice<T>(items: readonly T[], start: number | null, stop: number | null): T[] {
  const length = items.length;
  const clamp = (index: number | null, open: number): number => {
    if (index === null) return open;
    const resolved = index < 0 ? index + length : index;
    return Math.min(Math.max(resolved, 0), length);
  };
  const from = clamp(start, 0);
  const to = clamp(stop, length);
  return to > from ? items.slice(from, to) : [];
}
