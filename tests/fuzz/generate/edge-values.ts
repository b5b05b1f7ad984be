import type { Random } from './random.js';
import { accepts, type Schema } from './schema-shape.js';

/**
 * Values at the edges of what a parameter could be sent: empty and blank text, zero and negative
 * numbers, the largest doubles, text that lax reading turns into numbers, names that are special
 * to JavaScript objects, unicode that breaks naive string handling, and values of the wrong type.
 * Every value is plain JSON (no NaN, Infinity or -0), so it reaches a server unchanged over HTTP
 * and MCP alike.
 */
const TEXT = [
  '',
  ' ',
  '   \t\n  ',
  '\u00a0\u2003\u3000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  'nan',
  'inf',
  '-inf',
  'Infinity',
  '0',
  '-1',
  '1e308',
  '1e309',
  '-0',
  '0x1F',
  '1_000',
  ' 5 ',
  '5.',
  '5.0',
  '.5',
  '9'.repeat(400),
  'true',
  'yes',
  'é',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '\u202eevil',
  '\u0000',
  '\ud800',
  '\ufeffbom',
  'ＡＢＣ１２３',
  'İstanbul',
  'ß',
  '日本語のテキスト',
  'مرحبا',
  '%00',
  '%s%s%n',
  '../../etc/passwd',
  '/',
  '//',
  '.',
  '*',
  '?',
  '[',
  '(',
  '\\',
  '$&',
  '<script>alert(1)</script>',
  "'; DROP TABLE x; --",
  '{"$gt": ""}',
  '2025-02-30T25:61:61Z',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '-1-01-01',
];

const NUMBERS = [0, -1, 1, 2 ** 31, -(2 ** 31), 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e21, 1e308, -1e308, 5e-324, 0.1, 1.5, -0.5, 1e-7];

/** Objects with own keys named like Object.prototype members (JSON.parse makes them own data). */
const protoObjects = (): Record<string, unknown>[] => [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": null, "toString": "x", "hasOwnProperty": 1}'),
];

/** JSON text, which lax reading parses for object and array parameters. */
const JSON_TEXT = [
  '{}',
  '[]',
  'null',
  '[null]',
  '{"__proto__": {"polluted": true}}',
  '{"a":',
  '[[[[[[[[[[]]]]]]]]]]',
  '{"": ""}',
  '"text"',
  '42',
  ' [1, 2] ',
];

/** One edge value for a parameter of this schema (of its type or deliberately not). */
export function edgeValue(schema: Schema, random: Random): unknown {
  const families: (readonly [() => unknown, number])[] = [
    [() => random.pick(TEXT), accepts(schema, 'string') ? 5 : 2],
    [() => random.pick(NUMBERS), accepts(schema, 'number') ? 5 : 1],
    [() => random.pick(NUMBERS.map(String)), accepts(schema, 'number') ? 3 : 1],
    [() => null, 1],
    [() => random.chance(0.5), accepts(schema, 'boolean') ? 3 : 1],
    [
      () => random.pick([[], [null], [''], [[]], [{}], Array.from({ length: 3 }, () => random.pick(TEXT))]),
      accepts(schema, 'array') ? 4 : 1,
    ],
    [() => random.pick([{}, { '': '' }, { a: null }, ...protoObjects()]), accepts(schema, 'object') ? 4 : 1],
    [() => random.pick(JSON_TEXT), accepts(schema, 'object') || accepts(schema, 'array') ? 4 : 0.5],
  ];
  return random.weighted(families)();
}

/** Whole argument objects at the edges: none, the wrong JSON type, only unknown or special names. */
export function edgeArguments(random: Random): unknown {
  return random.pick<unknown>([{}, null, [], 'arguments', 42, true, { unknown_argument: 1 }, ...protoObjects()]);
}
