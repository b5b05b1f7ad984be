// Substring search in time linear in the text and the needle, with the results of JavaScript's
// indexOf/includes (UTF-16 code units, which for well-formed text is the same as Python's `in`).
//
// V8's own search is quadratic in the worst case: "a" × 1 000 000 searched for 1 000 "a", one "b"
// and 1 000 "a" takes seconds, and both sides can be request input (a file an agent wrote, a search
// query). Python's `in` is linear there. Short needles keep the native search, whose worst case is
// the needle's length times the text's; longer ones use Knuth–Morris–Pratt.
const NATIVE_NEEDLE_LENGTH = 16;

/** `text.indexOf(needle, from)`, in linear time. */
export function indexOfText(text: string, needle: string, from = 0): number {
  if (needle.length <= NATIVE_NEEDLE_LENGTH) return text.indexOf(needle, from);
  const start = Math.min(Math.max(Math.trunc(from) || 0, 0), text.length);
  // Checked first so that testing many short texts against one long needle never builds its table.
  if (needle.length > text.length - start) return -1;
  const failure = failureTable(needle);
  let matched = 0;
  for (let i = start; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    while (matched > 0 && needle.charCodeAt(matched) !== unit) matched = failure[matched - 1] as number;
    if (needle.charCodeAt(matched) === unit) matched++;
    if (matched === needle.length) return i - needle.length + 1;
  }
  return -1;
}

/** `text.includes(needle)`, in linear time: Python's `needle in text` on text. */
export function containsText(text: string, needle: string): boolean {
  return indexOfText(text, needle) >= 0;
}

/** For each prefix of the needle, the length of its longest proper prefix that is also its suffix. */
function failureTable(needle: string): Int32Array {
  const failure = new Int32Array(needle.length);
  let k = 0;
  for (let i = 1; i < needle.length; i++) {
    const unit = needle.charCodeAt(i);
    while (k > 0 && needle.charCodeAt(k) !== unit) k = failure[k - 1] as number;
    if (needle.charCodeAt(k) === unit) k++;
    failure[i] = k;
  }
  return failure;
}
