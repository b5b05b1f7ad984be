/**
 * What `pnpm fuzz` promises about the cases it generates: the same seed gives the same cases (a
 * reproducer is a seed and a case number), every tool gets the planned shapes, every value is
 * plain JSON that fits the body it was made for, and bodies nested 100000 deep can be written.
 */
import { describe, expect, it } from 'vitest';
import { calendar } from '../../environments/office/calendar/src/index.js';
import { filesystem } from '../../environments/utilities/filesystem/src/index.js';
import { environmentFacts } from './fleet.js';
import { deepValue } from './generate/adversarial.js';
import { type FuzzCase, generateCase, RESET, targetsOf, UNKNOWN_TOOL } from './generate/cases.js';
import { jsonText, previewJson } from './json-text.js';

const limits = { maxValueBytes: 4 * 1024 * 1024, maxArgumentValueBytes: 1024 * 1024 };
const small = { maxValueBytes: 64 * 1024, maxArgumentValueBytes: 16 * 1024 };
const facts = [environmentFacts(calendar), environmentFacts(filesystem)];
const payload = (fuzzCase: FuzzCase) => (fuzzCase.action === 'reset' ? fuzzCase.body : { setup: fuzzCase.setup, call: fuzzCase.call });

describe('generated cases', () => {
  it('cover every tool of an environment, plus unknown tool names and resets', () => {
    const [env] = facts;
    expect(targetsOf(env!)).toEqual([...calendar.tools.keys(), UNKNOWN_TOOL, RESET]);
  });

  it('are the same for the same seed, whatever was generated before, and differ for another seed', () => {
    const env = facts[1]!;
    const first = jsonText(payload(generateCase(7, env, 'search_files', 12, limits)));
    for (let i = 0; i < 12; i++) generateCase(7, env, 'write_file', i, limits);
    expect(jsonText(payload(generateCase(7, env, 'search_files', 12, limits)))).toBe(first);
    expect(jsonText(payload(generateCase(8, env, 'search_files', 12, limits)))).not.toBe(first);
  });

  it('start with the planned shapes for every tool', () => {
    const env = facts[1]!;
    const kinds = Array.from({ length: 9 }, (_, index) => generateCase(1, env, 'search_files', index, limits).kind);
    expect(kinds).toEqual(['valid', 'edge', 'adversarial', 'adversarial', 'setup-attack', 'nested', 'valid', 'adversarial', 'adversarial']);
    const bytesOf = (index: number) => Buffer.byteLength(jsonText(payload(generateCase(1, env, 'search_files', index, limits))));
    // The largest arguments a tool runs with, then a value the argument limit refuses.
    expect(bytesOf(7)).toBeGreaterThan(limits.maxArgumentValueBytes * 0.9);
    expect(bytesOf(7)).toBeLessThan(limits.maxArgumentValueBytes + 8 * 1024);
    expect(bytesOf(8)).toBeGreaterThan(limits.maxValueBytes * 0.9);
  });

  it('mostly name things of the demo world, so that calls reach real logic', () => {
    const env = facts[1]!;
    const world = env.demoScenario as { files: object; directories: object };
    const known = new Set([...Object.keys(world.files), ...Object.keys(world.directories)]);
    const paths = Array.from({ length: 40 }, (_, seed) => generateCase(seed, env, 'read_text_file', 0, limits)).map((made) =>
      made.action === 'step' ? (made.call.arguments as { path: string }).path : '',
    );
    expect(paths.filter((path) => known.has(path)).length).toBeGreaterThan(paths.length / 2);
  });

  it('hold plain JSON only, within the size they were made for', () => {
    for (const env of facts) {
      for (const tool of targetsOf(env)) {
        for (let index = 0; index < 16; index++) {
          const made = payload(generateCase(3, env, tool, index, small));
          const text = jsonText(made);
          expect(jsonText(JSON.parse(text)), `${env.server} ${tool} ${index}`).toBe(text);
          expect(Buffer.byteLength(text), `${env.server} ${tool} ${index}`).toBeLessThan(small.maxValueBytes + 8 * 1024);
        }
      }
    }
  });
});

describe('jsonText', () => {
  it('writes what JSON.stringify writes', () => {
    const value = JSON.parse('{"a": [1, "x", null, {"b": true}], "": {}, "__proto__": "own", "n": 1e21, "u": "\\ud800é"}');
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(jsonText(value)).toBe(JSON.stringify(value));
    expect(jsonText({ skipped: undefined, kept: [undefined] })).toBe(JSON.stringify({ skipped: undefined, kept: [undefined] }));
  });

  it('writes values nested deeper than JSON.stringify can', () => {
    const deep = deepValue(100_000, 'array');
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    expect(jsonText(deep)).toBe(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  });

  it('previews long strings and values in a few hundred characters', () => {
    const preview = previewJson({ name: 'x'.repeat(1_000_000), list: Array.from({ length: 10_000 }, (_, i) => i) }, 200);
    expect(preview.length).toBeLessThanOrEqual(201);
    expect(preview).toContain('…(1000000 chars)');
  });
});
