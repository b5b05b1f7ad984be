/**
 * How big a state is, as the length of its JSON text: the measure every state limit uses.
 *
 * An estimate, not `JSON.stringify(state).length`: strings count their UTF-16 length plus quotes
 * (escapes and multi-byte characters are not counted twice), and no text is built. Both walks
 * keep their own stack, so a state nested a hundred thousand levels deep is measured, not a crash.
 */
export function jsonSize(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let size = 0;
  const pending: unknown[] = [value];
  // `stopAbove`: a caller that only asks "is it over this?" pays for no more than that many bytes.
  while (pending.length > 0 && size <= stopAbove) {
    const item = pending.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number') size += Number.isFinite(item) ? String(item).length : 4;
    else if (typeof item === 'boolean') size += item ? 4 : 5;
    else if (Array.isArray(item)) {
      size += punctuation(item.length);
      if (size > stopAbove) break;
      for (const element of item) pending.push(element);
    } else if (item !== null && typeof item === 'object') {
      const keys = Object.keys(item);
      size += punctuation(keys.length);
      if (size > stopAbove) break;
      for (const key of keys) {
        size += key.length + 3;
        pending.push((item as Record<string, unknown>)[key]);
      }
    } else size += 4;
  }
  return size;
}

/**
 * `jsonSize(next) - jsonSize(previous)`, walking only where the two differ. States are immutable
 * and a step shares every part it did not touch with the state before it (Immer), so the walk
 * compares references and descends only into changed objects: its cost is the width of the objects
 * the step copied plus the size of the values it wrote, the same order as the copy the step itself
 * made. Measured on Calendar's create_event: 12 µs on the demo world (the call: 130–190 µs), 3 ms
 * with 4 000 events (the call: 6–25 ms). Measuring the whole state after every write instead would
 * cost O(state) per call: 130–280 ms on a 15.7 MB state, to record one event.
 */
export function jsonSizeChange(previous: unknown, next: unknown): number {
  let change = 0;
  const pending: [unknown, unknown][] = [[previous, next]];
  while (pending.length > 0) {
    const [before, after] = pending.pop() as [unknown, unknown];
    if (before === after) continue;
    if (Array.isArray(before) && Array.isArray(after)) {
      change += punctuation(after.length) - punctuation(before.length);
      const common = Math.min(before.length, after.length);
      for (let i = 0; i < common; i++) if (before[i] !== after[i]) pending.push([before[i], after[i]]);
      for (let i = common; i < after.length; i++) change += jsonSize(after[i]);
      for (let i = common; i < before.length; i++) change -= jsonSize(before[i]);
    } else if (isRecord(before) && isRecord(after)) {
      const afterKeys = Object.keys(after);
      const beforeKeys = Object.keys(before);
      change += punctuation(afterKeys.length) - punctuation(beforeKeys.length);
      let added = 0;
      for (const key of afterKeys) {
        const was = before[key];
        if (was === undefined && !Object.hasOwn(before, key)) {
          added += 1;
          change += key.length + 3 + jsonSize(after[key]);
        } else if (was !== after[key]) pending.push([was, after[key]]);
      }
      // Keys only `before` has, looked for only when there are some (most writes remove nothing).
      if (beforeKeys.length > afterKeys.length - added) {
        for (const key of beforeKeys) {
          if (!Object.hasOwn(after, key)) change -= key.length + 3 + jsonSize(before[key]);
        }
      }
    } else change += jsonSize(after) - jsonSize(before);
  }
  return change;
}

/** Brackets and commas of a container of `count` members. */
function punctuation(count: number): number {
  return count > 0 ? count + 1 : 2;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
