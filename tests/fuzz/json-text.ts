/**
 * JSON text of a value, written without recursion: JSON.stringify overflows the stack on values
 * nested 100000 deep, which are exactly the bodies the fuzz sends. The same walk, cut short and
 * with long strings abbreviated, gives the previews that reports print.
 */
export function jsonText(value: unknown): string {
  const parts: string[] = [];
  walk(value, (part) => {
    parts.push(part);
    return true;
  });
  return parts.join('');
}

/** At most about `maxChars` characters of the value's JSON, long strings abbreviated as "abc…(N chars)". */
export function previewJson(value: unknown, maxChars = 400): string {
  let out = '';
  let cut = false;
  walk(
    value,
    (part) => {
      out += part;
      if (out.length <= maxChars) return true;
      cut = true;
      return false;
    },
    (text) => (text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text),
  );
  return cut ? `${out.slice(0, maxChars)}…` : out;
}

type Frame =
  | { kind: 'array'; items: unknown[]; at: number }
  | { kind: 'object'; entries: [string, unknown][]; at: number; written: number };

function walk(value: unknown, emit: (part: string) => boolean, shorten: (text: string) => string = (text) => text): void {
  const stack: Frame[] = [];
  let next: unknown = value;
  let pending = true;
  for (;;) {
    if (pending) {
      pending = false;
      if (next !== null && typeof next === 'object') {
        if (Array.isArray(next)) {
          if (!emit('[')) return;
          stack.push({ kind: 'array', items: next, at: 0 });
        } else {
          if (!emit('{')) return;
          stack.push({ kind: 'object', entries: Object.entries(next), at: 0, written: 0 });
        }
      } else if (!emit(scalar(next, shorten))) return;
    }
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'array') {
      if (top.at === top.items.length) {
        stack.pop();
        if (!emit(']')) return;
        continue;
      }
      if (top.at > 0 && !emit(',')) return;
      next = top.items[top.at++];
      // JSON.stringify writes undefined members of arrays as null.
      if (next === undefined) next = null;
      pending = true;
    } else {
      // Object members that are undefined are left out, as JSON.stringify leaves them.
      while (top.at < top.entries.length && (top.entries[top.at] as [string, unknown])[1] === undefined) top.at++;
      if (top.at === top.entries.length) {
        stack.pop();
        if (!emit('}')) return;
        continue;
      }
      const [key, member] = top.entries[top.at] as [string, unknown];
      if (!emit(`${top.written > 0 ? ',' : ''}${JSON.stringify(shorten(key))}:`)) return;
      top.at++;
      top.written++;
      next = member;
      pending = true;
    }
  }
}

function scalar(value: unknown, shorten: (text: string) => string): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  return 'null';
}
