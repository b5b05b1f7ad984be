import { type Draft, freeze, produce } from 'immer';
import type { z } from 'zod';
import { createToolContext } from './context.js';
import { argumentsJsonSchema, type JsonSchema } from './json-schema.js';
import { isPlainName, NAME_PATTERN } from '@envfleet/contract';
import { coerceLax, readArguments } from './lax-arguments.js';
import { type JsonValue, toPlainJson } from './plain-json.js';
import { withoutPrototypes } from './null-prototype.js';
import { ScenarioError } from './scenario-error.js';
import { clipText } from './clip-text.js';
import { closestName } from './suggest.js';
import { isToolError } from './tool-error.js';
import type { Tool } from './tool.js';

/** EnvFactory's seven domains, then `benchmarks`: public benchmarks' environments under their own names. */
export const DOMAINS = ['commerce', 'finance', 'travel', 'office', 'lifestyle', 'academia', 'utilities', 'benchmarks'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface EnvironmentDefinition<Schema extends z.ZodObject> {
  /** The EnvFactory server name (`Calendar`, `GorillaFileSystem`): no "-" allowed. */
  name: string;
  domain: Domain;
  version: string;
  description: string;
  /** The state document: every field has a default, so `{}` loads the reference's default world. */
  scenario: Schema;
  /** Named worlds of our own; `demo` is what MCP sessions without an episode start from. */
  presets?: Record<string, z.input<Schema>>;
  /** Where the virtual "now" lives in the state, for environments whose scenario has a clock. */
  clock?: (state: z.output<Schema>) => string | undefined;
  tools: Tool<z.output<Schema>>[];
}

/** What a step reports for one call: the JSON result, or `{message}` with isError. */
export interface CallOutcome<S> {
  isError: boolean;
  content: JsonValue;
  /** The state after the call: the same object as before when the call failed or changed nothing. */
  state: S;
  /** Set when a handler failed with something other than a ToolError (a bug worth logging). */
  unexpected?: unknown;
}

export interface CallOptions {
  seed?: number;
  callIndex?: number;
}

// The default `any` is what lets a registry hold environments of different state types: a handler
// reads its own state type, which is contravariant, so Environment<X> is not an Environment<unknown>.
// biome-ignore lint/suspicious/noExplicitAny: type-erased environments, see above
export interface Environment<S = any> {
  readonly name: string;
  readonly domain: Domain;
  readonly version: string;
  readonly description: string;
  readonly scenario: z.ZodObject;
  readonly tools: ReadonlyMap<string, Tool<S>>;
  readonly presets: Readonly<Record<string, unknown>>;
  /** The default world (`load({})`), saved; built on first use. */
  readonly defaultScenario: S;
  /** Validates and fills defaults; the result is deeply frozen. Throws ScenarioError naming the field. */
  load(scenario: unknown, label?: string): S;
  /** Loads a named preset; throws a ScenarioError listing the known presets for an unknown name. */
  loadPreset(name: string, label?: string): S;
  /** The state as a scenario document: states are plain JSON already, so this is the state itself. */
  save(state: S): S;
  /** Runs one tool call atomically: a failing call returns the input state untouched. */
  call(state: S, name: string, args: unknown, options?: CallOptions): CallOutcome<S>;
}

export function defineEnvironment<Schema extends z.ZodObject>(definition: EnvironmentDefinition<Schema>): Environment<z.output<Schema>> {
  type S = z.output<Schema>;
  if (!isPlainName(definition.name)) throw new Error(`Environment name "${definition.name}" must match ${NAME_PATTERN}`);
  const tools = new Map<string, Tool<S>>();
  for (const tool of definition.tools) {
    if (tools.has(tool.name)) throw new Error(`${definition.name} defines tool "${tool.name}" twice`);
    tools.set(tool.name, tool);
  }

  let defaultState: S | undefined;
  let scenarioJsonSchema: JsonSchema | undefined;
  const load = (scenario: unknown, label: string = definition.name): S => {
    if (scenario === undefined || scenario === null) scenario = {};
    // The default world is built on first use, not when the module loads: some are whole databases
    // (τ²'s), and a gateway serving a hundred environments should not parse them all to start.
    if (isEmptyObject(scenario)) return (defaultState ??= parse(scenario, label));
    return parse(scenario, label);
  };

  const parse = (scenario: unknown, label: string): S => {
    if (typeof scenario !== 'object' || Array.isArray(scenario)) {
      throw new ScenarioError(`Invalid scenario — ${label}: expected an object`, [`${label}: expected an object`]);
    }
    // Scenarios are read as the reference's pydantic models read them (lax): "3" is 3 for an int.
    scenarioJsonSchema ??= argumentsJsonSchema(definition.scenario);
    const parsed = definition.scenario.safeParse(coerceLax(scenarioJsonSchema, scenario));
    if (!parsed.success) throw ScenarioError.fromZod(label, parsed.error);
    return freeze(withoutPrototypes(parsed.data as S), true);
  };

  const presets = Object.freeze({ ...(definition.presets ?? {}) });
  // States are immutable, so one parsed copy of each preset serves every episode that starts there.
  const loadedPresets = new Map<string, S>();

  const call = (state: S, name: string, args: unknown, options: CallOptions = {}): CallOutcome<S> => {
    const tool = tools.get(name);
    if (!tool) {
      const hint = closestName(name, tools.keys());
      return failure(
        state,
        `Unknown tool "${clipText(name)}"${hint ? ` — did you mean "${hint}"?` : ''} (${definition.name} has: ${[...tools.keys()].join(', ')})`,
      );
    }
    const reading = readArguments(tool.input, tool.inputSchema, args);
    if (!reading.ok) return failure(state, reading.message);
    const ctx = createToolContext({
      seed: options.seed ?? 0,
      callIndex: options.callIndex ?? 0,
      now: definition.clock?.(state),
    });
    let content: JsonValue = null;
    try {
      // A pure read runs on the frozen state itself: no draft to build. A handler that writes
      // anyway throws on the frozen object, so the call still fails without a change.
      if (tool.annotations.readOnlyHint) {
        return {
          isError: false,
          content: toPlainJson(tool.handler(state as Draft<S>, reading.value as Record<string, unknown>, ctx)),
          state,
        };
      }
      const next = produce(state, (draft: Draft<S>) => {
        content = toPlainJson(tool.handler(draft, reading.value as Record<string, unknown>, ctx));
      });
      return { isError: false, content, state: next };
    } catch (error) {
      if (isToolError(error)) return failure(state, error.message);
      const message = error instanceof Error ? error.message : String(error);
      return { ...failure(state, message || 'Internal error'), unexpected: error };
    }
  };

  return Object.freeze({
    name: definition.name,
    domain: definition.domain,
    version: definition.version,
    description: definition.description.trim(),
    scenario: definition.scenario,
    tools,
    presets,
    get defaultScenario() {
      return load({});
    },
    load,
    loadPreset: (name: string, label: string = definition.name) => {
      if (!Object.hasOwn(presets, name)) {
        const known = Object.keys(presets);
        const message = `${label}: unknown preset "${clipText(name)}" (known: ${known.length ? known.join(', ') : 'none'})`;
        throw new ScenarioError(`Unknown preset — ${message}`, [message]);
      }
      let loaded = loadedPresets.get(name);
      if (!loaded) {
        loaded = load(presets[name], label);
        loadedPresets.set(name, loaded);
      }
      return loaded;
    },
    save: (state: S) => state,
    call,
  });
}

function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const _key in value) return false;
  return true;
}

function failure<S>(state: S, message: string): CallOutcome<S> {
  return { isError: true, content: { message }, state };
}
