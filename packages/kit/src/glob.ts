import { clipText } from './clip-text.js';
import { ToolError } from './tool-error.js';

/** Whether a name matches a compiled pattern. */
export type GlobMatcher = (name: string) => boolean;

// Shell-style patterns with the semantics of Python's fnmatch.fnmatchcase (which fnmatch.fnmatch is
// on POSIX, where names are compared as they are): `*` matches any run of characters, "/" and line
// breaks included; `?` one character; `[abc]`, `[a-z]`, `[!a-z]` one character in (or not in) the
// class; an unclosed `[` is a literal. A character is a code point, and case matters.
//
// Python runs the pattern as a regex in which each `*` takes the shortest run up to the first place
// the fixed pieces after it match, and never gives it back (an atomic group). Every fixed piece is
// one character wide, so that first place is always the right one, and matching needs no
// backtracking at all: one forward search per `*`, in time linear in the name for runs of plain
// characters, and at most the name's length times the run's length when a run has `?` or classes.
// A regex translation with lazy `.*?` accepts the same names but backtracks: seconds at 40
// characters for `*a*a*a*a*a*a*a*a*b`.

/** A class: sorted, disjoint ranges low0, high0, low1, high1, …, searched by bisection. */
interface CharacterClass {
  negated: boolean;
  ranges: number[];
}

/**
 * A run of fixed pieces between stars. A piece is a code point (>= 0) or the class at index
 * -piece - 1; `failure` is the KMP table when every piece is a code point.
 */
interface Run {
  pieces: Int32Array;
  failure: Int32Array | undefined;
}

/**
 * Compiles a pattern once, for testing many names. A malformed class range is a ToolError naming
 * the pattern (Python raises re.error there).
 */
export function compileGlob(pattern: string): GlobMatcher {
  const classes: CharacterClass[] = [];
  const runs = splitAtStars(codePoints(pattern), classes, pattern);
  const head = runs[0] as Run;
  if (runs.length === 1) {
    return (name) => {
      const text = codePoints(name);
      return text.length === head.pieces.length && matchesAt(head.pieces, classes, text, 0);
    };
  }
  const tail = runs[runs.length - 1] as Run;
  const middle = runs.slice(1, -1);
  let fixedLength = 0;
  for (const run of runs) fixedLength += run.pieces.length;
  return (name) => {
    const text = codePoints(name);
    if (text.length < fixedLength || !matchesAt(head.pieces, classes, text, 0)) return false;
    const tailStart = text.length - tail.pieces.length;
    let cursor = head.pieces.length;
    for (const run of middle) {
      const at = find(run, classes, text, cursor, tailStart);
      if (at < 0) return false;
      cursor = at + run.pieces.length;
    }
    return matchesAt(tail.pieces, classes, text, tailStart);
  };
}

/** Whether `name` matches `pattern` (fnmatch.fnmatchcase). Compile once with compileGlob for many names. */
export function matchGlob(pattern: string, name: string): boolean {
  return compileGlob(pattern)(name);
}

function codePoints(text: string): Int32Array {
  const points = new Int32Array(text.length);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        points[count++] = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    // A lone surrogate is one character, as it is to Python.
    points[count++] = unit;
  }
  return points.subarray(0, count);
}

function matchesAt(pieces: Int32Array, classes: CharacterClass[], text: Int32Array, start: number): boolean {
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as number;
    const code = text[start + k] as number;
    if (piece >= 0 ? piece !== code : !inClass(classes[-piece - 1] as CharacterClass, code)) return false;
  }
  return true;
}

function inClass(characterClass: CharacterClass, code: number): boolean {
  const { ranges } = characterClass;
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < (ranges[2 * middle] as number)) high = middle - 1;
    else if (code > (ranges[2 * middle + 1] as number)) low = middle + 1;
    else return !characterClass.negated;
  }
  return characterClass.negated;
}

/** The first start at or after `from` where the run matches and ends by `end`, or -1. */
function find(run: Run, classes: CharacterClass[], text: Int32Array, from: number, end: number): number {
  if (run.failure) return findCodePoints(run.pieces, run.failure, text, from, end);
  for (let start = from; start + run.pieces.length <= end; start++) {
    if (matchesAt(run.pieces, classes, text, start)) return start;
  }
  return -1;
}

/** Knuth–Morris–Pratt: each character of the name is looked at a bounded number of times. */
function findCodePoints(codes: Int32Array, failure: Int32Array, text: Int32Array, from: number, end: number): number {
  let matched = 0;
  for (let i = from; i < end; i++) {
    const code = text[i] as number;
    while (matched > 0 && codes[matched] !== code) matched = failure[matched - 1] as number;
    if (codes[matched] === code) matched++;
    if (matched === codes.length) return i - codes.length + 1;
  }
  return -1;
}

function failureTable(codes: Int32Array): Int32Array {
  const failure = new Int32Array(codes.length);
  let k = 0;
  for (let i = 1; i < codes.length; i++) {
    while (k > 0 && codes[i] !== codes[k]) k = failure[k - 1] as number;
    if (codes[i] === codes[k]) k++;
    failure[i] = k;
  }
  return failure;
}

const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const BANG = 0x21;
const HYPHEN = 0x2d;
const BACKSLASH = 0x5c;
/** Marks a class-body character that fnmatch escaped (so a hyphen is not a range). */
const ESCAPED = 0x200000;

/** The pattern's runs of fixed pieces: before the first star, between stars, after the last star. */
function splitAtStars(pat: Int32Array, classes: CharacterClass[], pattern: string): Run[] {
  // Where the next "]" is from each position: scanning for it from every "[" would be quadratic in
  // a pattern of many unclosed "[" (as it is in Python).
  const nextClose = new Int32Array(pat.length + 1);
  nextClose[pat.length] = pat.length;
  for (let p = pat.length - 1; p >= 0; p--) nextClose[p] = pat[p] === CLOSE ? p : (nextClose[p + 1] as number);
  const runs: number[][] = [[]];
  let current = runs[0] as number[];
  let i = 0;
  while (i < pat.length) {
    const c = pat[i] as number;
    i += 1;
    if (c === STAR) {
      // Consecutive stars are one star.
      if (current.length > 0 || runs.length === 1) {
        current = [];
        runs.push(current);
      }
    } else if (c === QUESTION) {
      current.push(classIndex(classes, ANY_CHARACTER));
    } else if (c === OPEN) {
      let j = i;
      if (j < pat.length && pat[j] === BANG) j += 1;
      if (j < pat.length && pat[j] === CLOSE) j += 1;
      j = nextClose[j] as number;
      if (j >= pat.length) {
        current.push(OPEN);
        continue;
      }
      current.push(classIndex(classes, characterClass(classBody(pat, i, j, pattern), pattern)));
      i = j + 1;
    } else {
      current.push(c);
    }
  }
  return runs.map((list) => {
    const pieces = Int32Array.from(list);
    return { pieces, failure: pieces.every((piece) => piece >= 0) ? failureTable(pieces) : undefined };
  });
}

const ANY_CHARACTER: CharacterClass = { negated: true, ranges: [] };
const NO_CHARACTER: CharacterClass = { negated: false, ranges: [] };

function classIndex(classes: CharacterClass[], characterClass: CharacterClass): number {
  classes.push(characterClass);
  return -classes.length;
}

/**
 * The class body as fnmatch writes it into its regex: split on the hyphens that form ranges, with
 * each range whose ends are reversed dropped (its two ends removed, its neighbours joined), and
 * every other hyphen and every backslash escaped. Python joins chunks by slicing strings again for
 * each dropped range; here the body is built once from the right, so a class of any size costs
 * time linear in its length.
 */
function classBody(pat: Int32Array, start: number, end: number, pattern: string): number[] {
  const mark = (code: number) => (code === BACKSLASH || code === HYPHEN ? code | ESCAPED : code);
  const separators: number[] = [];
  let k = pat[start] === BANG ? start + 2 : start + 1;
  for (;;) {
    while (k < end && pat[k] !== HYPHEN) k++;
    if (k >= end) break;
    separators.push(k);
    k += 3;
  }
  if (separators.length === 0) {
    const body: number[] = [];
    for (let p = start; p < end; p++) body.push(mark(pat[p] as number));
    return body;
  }
  // Chunk m spans [chunkStart(m), chunkEnd(m)); an empty last chunk takes the final hyphen instead.
  const chunkStart = (m: number) => (m === 0 ? start : (separators[m - 1] as number) + 1);
  const chunkEnd = (m: number) => (m === separators.length ? end : (separators[m] as number));
  let chunks = separators.length + 1;
  let trailingHyphen = false;
  if (chunkStart(separators.length) === end) {
    chunks -= 1;
    trailingHyphen = true;
  }
  // `reversed` is the body from its end: its last element is the first character of the chunk
  // being grown, so joining a chunk in front of it costs that chunk's length.
  const reversed: number[] = [];
  if (trailingHyphen) reversed.push(HYPHEN | ESCAPED);
  for (let p = chunkEnd(chunks - 1) - 1; p >= chunkStart(chunks - 1); p--) reversed.push(mark(pat[p] as number));
  let growing = reversed.length;
  for (let m = chunks - 2; m >= 0; m--) {
    const from = chunkStart(m);
    const last = chunkEnd(m) - 1;
    if (growing === 0) throw malformed(pattern);
    // Compared as Python compares them: the characters themselves, before escaping.
    if ((pat[last] as number) > ((reversed[reversed.length - 1] as number) & ~ESCAPED)) {
      reversed.pop();
      growing -= 1;
      for (let p = last - 1; p >= from; p--) reversed.push(mark(pat[p] as number));
      growing += last - from;
    } else {
      reversed.push(HYPHEN);
      for (let p = last; p >= from; p--) reversed.push(mark(pat[p] as number));
      growing = last - from + 1;
    }
  }
  return reversed.reverse();
}

/**
 * The class Python's regex parser reads from `[body]`: a leading "!" negates (fnmatch writes it as
 * "^"); "a-z" is a range unless its hyphen was escaped; a hyphen at the end is itself; an empty body
 * matches nothing, and "!" alone matches anything.
 */
function characterClass(body: number[], pattern: string): CharacterClass {
  if (body.length === 0) return NO_CHARACTER;
  if (body.length === 1 && body[0] === BANG) return ANY_CHARACTER;
  const negated = body[0] === BANG;
  const pairs: [number, number][] = [];
  let t = negated ? 1 : 0;
  while (t < body.length) {
    const low = (body[t] as number) & ~ESCAPED;
    t += 1;
    if (body[t] === HYPHEN) {
      const high = body[t + 1];
      t += 2;
      if (high === undefined) {
        pairs.push([low, low], [HYPHEN, HYPHEN]);
        continue;
      }
      if ((high & ~ESCAPED) < low)
        throw new ToolError(`Invalid pattern ${JSON.stringify(clipText(pattern))}: bad character range in [...]`);
      pairs.push([low, high & ~ESCAPED]);
    } else {
      pairs.push([low, low]);
    }
  }
  return { negated, ranges: mergeRanges(pairs) };
}

function mergeRanges(pairs: [number, number][]): number[] {
  pairs.sort((a, b) => a[0] - b[0]);
  const ranges: number[] = [];
  for (const [low, high] of pairs) {
    const last = ranges.length - 1;
    if (last > 0 && low <= (ranges[last] as number) + 1) ranges[last] = Math.max(ranges[last] as number, high);
    else ranges.push(low, high);
  }
  return ranges;
}

function malformed(pattern: string): ToolError {
  return new ToolError(`Invalid pattern ${JSON.stringify(clipText(pattern))}: malformed character range`);
}
