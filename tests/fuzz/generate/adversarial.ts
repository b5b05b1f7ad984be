import type { Random } from './random.js';

/**
 * Inputs built to find super-linear code: long runs that trimming and splitting regexes choke on,
 * glob patterns that make a backtracking matcher explode, regular-expression metacharacters for
 * code that builds a RegExp from its input, digit runs for number reading, path and unicode runs,
 * long lists, wide objects and deep nesting. Sizes are JSON bytes, so a value fits in a request
 * body of the size it was made for.
 */
export type StringFamily = (typeof STRING_FAMILIES)[number];
export const STRING_FAMILIES = ['run', 'blank-run', 'glob', 'few-stars', 'regex', 'digits', 'path', 'pairs', 'unicode'] as const;
/** The families whose strings have the size asked for ('few-stars' is short on purpose). */
export const SIZED_FAMILIES = STRING_FAMILIES.filter((family) => family !== 'few-stars');

const RUN_UNITS = ['a', 'A', ' ', '\t', '0', '9', '.', '*', '/', '\\', '%', '-', '_', ',', '\n', 'é', '😀', '\u00a0'];
const BLANKS = [' ', '\t', ' \t\n', '\r\n', '\u00a0', '\u3000', '\u2003'];
const GLOB_UNITS = ['*a', '*', '?', '**/', 'a*', '*?', '[a-z]', '[!a]', '{a,b}'];
const REGEX_UNITS = ['(a+)+', '.*', '(', '[', '\\', '$', '^', '|', '+', '{1,}', '(?:', '\\d+\\s*', '.*?', ')', ']', '(.*a){2}'];
const PATH_UNITS = ['../', '/a', 'a/', '//', './', '/..', '~/'];
const PAIR_UNITS = ['ab', 'a ', 'aA', '%20', '&amp;', ', ', '; ', '_a', 'a-', '0.'];
const UNICODE_UNITS = ['é', 'e\u0301', '😀', '\u200b', '\u202e', 'İ', 'ß', '中', '\ufe0f'];

/** A string of about `bytes` JSON bytes from `family`. */
export function adversarialString(family: StringFamily, bytes: number, random: Random): string {
  switch (family) {
    case 'run':
      return fill(random.pick(RUN_UNITS), bytes);
    case 'blank-run': {
      const blank = random.pick(BLANKS);
      const run = fill(blank, bytes - 2);
      return random.pick([`${run}x`, `x${run}x`, `${run}5`, `5${run}`, `${run}.5${run.slice(0, 8)}`, `a${run}`]);
    }
    case 'glob':
      return `${fill(random.pick(GLOB_UNITS), bytes - 1)}${random.pick(['b', '', '!', 'x.txt'])}`;
    case 'few-stars':
      // Size does not matter here: a handful of stars against a long name is the expensive shape.
      return `${'*a'.repeat(random.int(4, 24))}${random.pick(['b', '*b', 'a!'])}`;
    case 'regex':
      return fill(random.pick(REGEX_UNITS), bytes);
    case 'digits':
      return random.pick([
        () => fill('9', bytes),
        () => `1${fill('0', bytes - 1)}`,
        () => `0.${fill('0', bytes - 3)}1`,
        () => `1e${fill('9', bytes - 2)}`,
        () => `-${fill('1', bytes - 1)}`,
        () => `${fill('1_', bytes - 1)}1`,
        () => `+${fill('0', bytes - 1)}`,
      ])();
    case 'path':
      return `${fill(random.pick(PATH_UNITS), bytes - 1)}x`;
    case 'pairs':
      return fill(random.pick(PAIR_UNITS), bytes);
    case 'unicode':
      return fill(random.pick(UNICODE_UNITS), bytes);
  }
}

/** `unit` repeated to about `bytes` JSON bytes (at least once). */
export function fill(unit: string, bytes: number): string {
  const unitBytes = Buffer.byteLength(JSON.stringify(unit)) - 2;
  return unit.repeat(Math.max(1, Math.floor(bytes / unitBytes)));
}

/** A list of about `bytes` JSON bytes: many small items, or a few long strings. */
export function longArray(bytes: number, random: Random, item: () => unknown): unknown[] {
  if (random.chance(0.5))
    return Array.from({ length: Math.max(1, Math.floor(bytes / 8)) }, () => random.pick<unknown>([0, '', null, 'a', 1.5]));
  const count = random.int(2, 8);
  return Array.from({ length: count }, () =>
    random.chance(0.3) ? item() : adversarialString(random.pick(SIZED_FAMILIES), bytes / count, random),
  );
}

/** An object with about `bytes / 12` keys. */
export function wideObject(bytes: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const count = Math.max(1, Math.floor(bytes / 12));
  for (let i = 0; i < count; i++) out[`k${i}`] = i;
  return out;
}

export const NESTING_DEPTHS = [16, 64, 128, 1_000, 10_000, 100_000] as const;

/** Arrays or objects nested `depth` deep, built without recursion. */
export function deepValue(depth: number, shape: 'array' | 'object'): unknown {
  let value: unknown = shape === 'array' ? [] : {};
  for (let i = 1; i < depth; i++) value = shape === 'array' ? [value] : { a: value };
  return value;
}

/** The sizes adversarial values are made in, by weight: most cases stay cheap, a few fill a body. */
export function sizeLadder(maxBytes: number): (readonly [number, number])[] {
  const ladder: (readonly [number, number])[] = [
    [16, 1],
    [256, 2],
    [4_096, 3],
    [40_000, 3],
    [80_000, 2],
    [262_144, 2],
    [1_048_576, 1],
    [maxBytes, 0.4],
  ];
  return ladder.filter(([bytes]) => bytes <= maxBytes);
}
