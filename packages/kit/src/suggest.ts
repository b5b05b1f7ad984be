/**
 * The candidate closest to `wanted` by edit distance (ignoring case), when it is close enough to be a
 * typo: within a third of the longer name's length, and at least 2. Ties go to the earlier candidate.
 *
 * No candidate can be accepted beyond a third of the longest length involved, so no distance is
 * computed past that bound: a name much longer than every candidate is dismissed by its length
 * alone, and the rest cost at most the candidates' lengths squared, whatever `wanted` is.
 */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
  const names = [...candidates];
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  const lowered = wanted.toLowerCase();
  let best: string | undefined;
  // Only a strictly smaller distance replaces the best so far, so the bound shrinks as we go.
  let bestDistance = tolerance(wanted.length, longest) + 1;
  for (const name of names) {
    const distance = boundedEditDistance(lowered, name.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= tolerance(wanted.length, best.length) ? best : undefined;
}

function tolerance(wantedLength: number, candidateLength: number): number {
  return Math.max(2, Math.floor(Math.max(wantedLength, candidateLength) / 3));
}

/**
 * Levenshtein distance when it is at most `limit`, else `limit + 1`. Only the cells within `limit`
 * of the diagonal can hold such a distance, so only those are computed (Ukkonen's band).
 */
function boundedEditDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (limit < 0 || Math.abs(a.length - b.length) > limit) return over;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[0] = Math.min(i, over);
    // The cells beside the band stand for distances beyond the limit.
    current[from - 1] = from === 1 ? (current[0] as number) : over;
    if (to < b.length) current[to + 1] = over;
    let rowBest = current[from - 1] as number;
    const char = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] as number) + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1, over);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    // Distances never shrink from one row to the next: a row wholly past the limit ends the search.
    if (rowBest > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, over);
}
