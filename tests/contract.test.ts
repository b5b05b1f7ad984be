/**
 * The contract every environment keeps, run over every package in environments/ with no
 * per-environment code: interface parity with the EnvFactory catalog, scenarios that load and
 * round-trip, deterministic calls, and bad input that is refused clearly and changes nothing.
 */
import type { Environment } from '@envfleet/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { plausibleArguments, replaySeeded, wrongTypeValue } from '@envfleet/testing';
import { expectCatalogParity, expectPlacement } from './support/catalog-parity.js';
import { catalog, environmentPackages, loadEnvironment } from './support/workspace-environments.js';

const reference = catalog();
const packages = environmentPackages();

it('finds environment packages in the workspace', () => {
  expect(packages.length).toBeGreaterThan(0);
});

describe.each(packages.map((pkg) => [pkg.dir, pkg] as const))('%s', (_dir, pkg) => {
  let env: Environment;
  beforeAll(async () => {
    env = await loadEnvironment(pkg);
  });

  // Environments of our own (not EnvFactory's) have no catalog entry: parity does not apply to them.
  it('is named and placed as its catalog entry says', () => {
    expectPlacement(pkg, env, reference.get(env.name));
  });

  it('has exactly the catalog tools, with the catalog argument schemas', () => {
    const entry = reference.get(env.name);
    if (entry) expectCatalogParity(env, entry);
  });

  it('describes every tool in its own words and marks pure reads', () => {
    for (const tool of env.tools.values()) {
      expect(tool.description.length, `${tool.name} description`).toBeGreaterThan(20);
      expect(typeof tool.annotations).toBe('object');
    }
    expect(env.description.length).toBeGreaterThan(20);
  });

  it('loads the default world from {} and round-trips save/load', () => {
    const state = env.load({});
    const saved = env.save(state);
    expect(JSON.parse(JSON.stringify(env.save(env.load(JSON.parse(JSON.stringify(saved))))))).toEqual(JSON.parse(JSON.stringify(saved)));
    expect(env.save(env.defaultScenario)).toEqual(saved);
  });

  it('ships a demo preset that loads and round-trips', () => {
    expect(Object.keys(env.presets)).toContain('demo');
    const demo = env.loadPreset('demo');
    const saved = JSON.parse(JSON.stringify(env.save(demo)));
    expect(JSON.parse(JSON.stringify(env.save(env.load(saved))))).toEqual(saved);
    expect(saved).not.toEqual(JSON.parse(JSON.stringify(env.save(env.load({})))));
  });

  it('refuses a scenario of the wrong shape with an error naming the field', () => {
    const field = Object.keys(env.save(env.load({})) as object)[0];
    if (!field) return;
    expect(() => env.load({ [field]: Symbol.for('not json') })).toThrow(new RegExp(field));
    expect(() => env.load('a string')).toThrow(/expected an object/);
  });

  it('answers every tool with a result or a clear error, never a crash, and read-only tools change nothing', () => {
    for (const preset of ['default', 'demo']) {
      const start = preset === 'demo' ? env.loadPreset('demo') : env.load({});
      for (const tool of env.tools.values()) {
        const args = plausibleArguments(tool.inputSchema, env.save(start));
        const outcome = env.call(start, tool.name, args);
        expect(
          outcome.unexpected,
          `${env.name}.${tool.name}(${JSON.stringify(args)}) on ${preset} crashed: ${JSON.stringify(outcome.content)}`,
        ).toBeUndefined();
        if (outcome.isError) {
          expect(outcome.state).toBe(start);
          expect((outcome.content as { message: string }).message.length).toBeGreaterThan(0);
        }
        if (tool.annotations.readOnlyHint) expect(outcome.state, `${tool.name} is marked read-only`).toBe(start);
      }
    }
  });

  it('gives byte-identical results and state for the same scenario, seed and calls', () => {
    const start = env.loadPreset('demo');
    const calls = [...env.tools.values()].flatMap((tool) => {
      const args = plausibleArguments(tool.inputSchema, env.save(start));
      return [
        { name: tool.name, arguments: args },
        { name: tool.name, arguments: args },
      ];
    });
    const first = replaySeeded(env, start, calls, 7);
    const second = replaySeeded(env, env.loadPreset('demo'), calls, 7);
    expect(second.resultsText).toBe(first.resultsText);
    expect(second.stateText).toBe(first.stateText);
  });

  it('treats ids that are object-member names ("constructor", "__proto__") as ordinary ids', () => {
    const start = env.loadPreset('demo');
    for (const tool of env.tools.values()) {
      const properties = (tool.inputSchema.properties ?? {}) as Record<string, { type?: string; anyOf?: { type?: string }[] }>;
      for (const [name, schema] of Object.entries(properties)) {
        if (schema.type !== 'string' && !schema.anyOf?.some((branch) => branch.type === 'string')) continue;
        for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
          const outcome = env.call(start, tool.name, { ...plausibleArguments(tool.inputSchema, env.save(start)), [name]: word });
          expect(outcome.unexpected, `${tool.name}(${name}="${word}") crashed: ${JSON.stringify(outcome.content)}`).toBeUndefined();
          if (outcome.isError) expect(outcome.state).toBe(start);
        }
      }
    }
  });

  it('refuses an unknown tool, a missing argument and a wrongly typed one, naming it and changing nothing', () => {
    const start = env.loadPreset('demo');
    const unknown = env.call(start, 'no_such_tool', {});
    expect(unknown.isError).toBe(true);
    expect((unknown.content as { message: string }).message).toMatch(/Unknown tool "no_such_tool"/);
    expect(unknown.state).toBe(start);

    for (const tool of env.tools.values()) {
      const properties = (tool.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const required = (tool.inputSchema.required ?? []) as string[];
      const valid = plausibleArguments(tool.inputSchema, env.save(start));
      for (const name of required) {
        const { [name]: _omitted, ...missing } = valid;
        const outcome = env.call(start, tool.name, missing);
        expect(outcome.isError, `${tool.name} without ${name}`).toBe(true);
        expect((outcome.content as { message: string }).message).toContain(name);
        expect(outcome.state).toBe(start);
      }
      for (const [name, schema] of Object.entries(properties)) {
        const wrong = wrongTypeValue(schema);
        if (wrong === undefined) continue;
        const outcome = env.call(start, tool.name, { ...valid, [name]: wrong });
        expect(outcome.isError, `${tool.name} with ${name}=${JSON.stringify(wrong)}`).toBe(true);
        expect((outcome.content as { message: string }).message).toContain(name);
        expect(outcome.state).toBe(start);
      }
    }
  });
});
