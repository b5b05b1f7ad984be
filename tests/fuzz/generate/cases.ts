import {
  adversarialString,
  deepValue,
  fill,
  longArray,
  NESTING_DEPTHS,
  SIZED_FAMILIES,
  type StringFamily,
  sizeLadder,
  wideObject,
} from './adversarial.js';
import { edgeArguments, edgeValue } from './edge-values.js';
import { plausibleArguments, plausibleValue } from './plausible.js';
import { Random } from './random.js';
import { accepts, type Parameter, parametersOf, type Schema } from './schema-shape.js';
import type { StatePools } from './state-pools.js';

/** What generation needs to know about one environment. */
export interface EnvironmentFacts {
  server: string;
  tools: ToolFacts[];
  /** Values of the demo world, for parameters that name things. */
  pools: StatePools;
  /** The world episodes start from: the `demo` preset's scenario, or the default one. */
  demoScenario: unknown;
  hasDemoPreset: boolean;
}

export interface ToolFacts {
  name: string;
  inputSchema: Schema;
  readOnly: boolean;
}

/** Pseudo-tools: calls naming no tool of the environment, and resets of it. */
export const UNKNOWN_TOOL = '(unknown tool)';
export const RESET = '(reset)';
// Random names and reset bodies stay below this; the planned body-sized one covers the rest.
const PSEUDO_TOOL_MAX_BYTES = 1024 * 1024;

export type CaseKind = 'valid' | 'edge' | 'adversarial' | 'nested' | 'setup-attack' | 'unknown-tool' | 'reset';

export interface StepCall {
  name: string;
  arguments: unknown;
}

interface CaseBase {
  server: string;
  /** The tool, UNKNOWN_TOOL or RESET. */
  tool: string;
  index: number;
  kind: CaseKind;
  /** How the case was made, for people reading a report ("glob, 40000 B in pattern"). */
  note: string;
}

/** One step on a fresh demo episode; `setup` (a write that plants long names) runs in a step before it. */
export interface StepCase extends CaseBase {
  action: 'step';
  setup?: StepCall;
  call: StepCall;
}

/** One reset request (its episode, if it is created, is closed right after). */
export interface ResetCase extends CaseBase {
  action: 'reset';
  body: unknown;
}

export type FuzzCase = StepCase | ResetCase;

export interface GenerationLimits {
  /** The largest value a case may hold, in JSON bytes: the body limit less room for the envelope. */
  maxValueBytes: number;
  /**
   * The largest value a tool's arguments may hold and still be run: the argument limit
   * (ENVFLEET_MAX_ARGUMENT_BYTES) less room for the other arguments. Larger ones are refused
   * before the tool runs, so tools are held to the goal at this size.
   */
  maxArgumentValueBytes: number;
}

/** Every target of an environment: its tools, then the two pseudo-tools. */
export function targetsOf(env: EnvironmentFacts): string[] {
  return [...env.tools.map((tool) => tool.name), UNKNOWN_TOOL, RESET];
}

/**
 * Case `index` of `tool` in `env`, a pure function of its arguments. The first indices are a fixed
 * plan, so that even a short run gives every tool a valid call, edge values, a glob bomb, a blank
 * run, planted long names, deep nesting, a value of the argument limit and one of the body's size;
 * later indices are drawn at random.
 */
export function generateCase(seed: number, env: EnvironmentFacts, tool: string, index: number, limits: GenerationLimits): FuzzCase {
  const random = new Random(seed, env.server, tool, index);
  const base = { server: env.server, tool, index };
  if (tool === RESET) return { ...base, action: 'reset', ...resetCase(env, index, random, limits) };
  if (tool === UNKNOWN_TOOL) return { ...base, action: 'step', ...unknownToolCase(env, index, random, limits) };
  const facts = env.tools.find((candidate) => candidate.name === tool);
  if (!facts) throw new Error(`${env.server} has no tool "${tool}" (tools: ${env.tools.map((t) => t.name).join(', ')})`);
  return { ...base, action: 'step', ...toolCase(env, facts, index, random, limits) };
}

type ToolCasePart = Pick<StepCase, 'kind' | 'note' | 'setup' | 'call'>;

function toolCase(env: EnvironmentFacts, tool: ToolFacts, index: number, random: Random, limits: GenerationLimits): ToolCasePart {
  const name = `${env.server}-${tool.name}`;
  // Every value fits the arguments it was made for: nesting costs at least two bytes a level.
  const largest = limits.maxArgumentValueBytes;
  const within = (bytes: number) => Math.min(bytes, largest);
  const deepest = (depth: number) => Math.min(depth, Math.floor(largest / 8));
  const plan: (() => ToolCasePart)[] = [
    () => ({
      kind: 'valid',
      note: 'valid, every optional argument',
      call: { name, arguments: plausibleArguments(tool.inputSchema, env.pools, random, 1) },
    }),
    () => edgeCase(env, tool, name, random),
    () => adversarialCase(env, tool, name, random, { family: 'few-stars' }),
    () => adversarialCase(env, tool, name, random, { family: 'blank-run', bytes: within(80_000) }),
    () =>
      setupAttackCase(env, tool, name, random, within) ??
      adversarialCase(env, tool, name, random, { family: 'glob', bytes: within(4_096) }),
    () => nestedCase(env, tool, name, random, deepest(100_000)),
    () => ({
      kind: 'valid',
      note: 'valid, required arguments only',
      call: { name, arguments: plausibleArguments(tool.inputSchema, env.pools, random, 0) },
    }),
    // The largest arguments a tool runs with: what holds the tool itself to the goal.
    () => adversarialCase(env, tool, name, random, { bytes: largest }),
    // Last of the plan: a value of the body's size, which the argument limit refuses before the
    // tool runs — the costliest to send, and what a time budget should cut first.
    () => adversarialCase(env, tool, name, random, { bytes: Math.max(limits.maxValueBytes, largest) }),
  ];
  const planned = plan[index];
  if (planned) return planned();
  const kind = random.weighted<CaseKind>([
    ['valid', 3],
    ['edge', 3.5],
    ['adversarial', 3],
    ['setup-attack', 1.5],
    ['nested', 0.5],
  ]);
  switch (kind) {
    case 'valid':
      return { kind, note: 'valid', call: { name, arguments: plausibleArguments(tool.inputSchema, env.pools, random, random.float()) } };
    case 'edge':
      return edgeCase(env, tool, name, random);
    case 'setup-attack':
      return setupAttackCase(env, tool, name, random, within) ?? adversarialCase(env, tool, name, random, { bytes: within(4_096) });
    case 'nested':
      return nestedCase(env, tool, name, random, deepest(random.pick(NESTING_DEPTHS)));
    default:
      return adversarialCase(env, tool, name, random, { bytes: random.weighted(sizeLadder(largest)) });
  }
}

function edgeCase(env: EnvironmentFacts, tool: ToolFacts, name: string, random: Random): ToolCasePart {
  const parameters = parametersOf(tool.inputSchema);
  if (parameters.length === 0 || random.chance(0.15)) {
    return { kind: 'edge', note: 'edge: whole arguments', call: { name, arguments: edgeArguments(random) } };
  }
  const args = plausibleArguments(tool.inputSchema, env.pools, random);
  const parameter = random.pick(parameters);
  args[parameter.name] = edgeValue(parameter.schema, random);
  return { kind: 'edge', note: `edge value in ${parameter.name}`, call: { name, arguments: args } };
}

function adversarialCase(
  env: EnvironmentFacts,
  tool: ToolFacts,
  name: string,
  random: Random,
  options: { family?: StringFamily; bytes?: number },
): ToolCasePart {
  const bytes = options.bytes ?? 4_096;
  const family = options.family ?? random.pick(SIZED_FAMILIES);
  const args = plausibleArguments(tool.inputSchema, env.pools, random, 0.7);
  const parameters = parametersOf(tool.inputSchema);
  if (parameters.length === 0)
    return {
      kind: 'adversarial',
      note: `${family}, ${bytes} B in an unknown argument`,
      call: { name, arguments: { unknown: adversarialString(family, bytes, random) } },
    };
  const textual = parameters.filter((parameter) => accepts(parameter.schema, 'string'));
  // Sometimes every text argument at once: a tool may combine them (a query and a field name).
  if (textual.length > 1 && random.chance(0.25)) {
    for (const parameter of textual) args[parameter.name] = adversarialString(family, bytes / textual.length, random);
    return {
      kind: 'adversarial',
      note: `${family}, ${bytes} B across ${textual.map((p) => p.name).join(', ')}`,
      call: { name, arguments: args },
    };
  }
  const parameter = textual.length && random.chance(0.75) ? random.pick(textual) : random.pick(parameters);
  const made = adversarialFor(parameter, family, bytes, env, random);
  args[parameter.name] = made.value;
  return { kind: 'adversarial', note: `${made.note}, ${bytes} B in ${parameter.name}`, call: { name, arguments: args } };
}

function adversarialFor(parameter: Parameter, family: StringFamily, bytes: number, env: EnvironmentFacts, random: Random) {
  const { schema } = parameter;
  if (accepts(schema, 'string')) {
    if (random.chance(0.2)) {
      // A real value made long reaches the code behind the lookup ("/home/maya/aaaa…").
      const real = plausibleValue(schema, parameter.name, env.pools, random, 0);
      return {
        note: `real value + ${family}`,
        value: `${typeof real === 'string' ? real : ''}${adversarialString(family, bytes, random)}`,
      };
    }
    return { note: family, value: adversarialString(family, bytes, random) };
  }
  if (accepts(schema, 'array')) {
    const items = (schema.items ?? (schema.anyOf as Schema[] | undefined)?.find((b) => b.type === 'array')?.items ?? {}) as Schema;
    const list = longArray(bytes, random, () => plausibleValue(items, parameter.name, env.pools, random, 1));
    return random.chance(0.3) ? { note: 'long list as JSON text', value: JSON.stringify(list) } : { note: 'long list', value: list };
  }
  if (accepts(schema, 'object')) {
    return random.chance(0.3)
      ? { note: 'wide object as JSON text', value: JSON.stringify(wideObject(bytes)) }
      : { note: 'wide object', value: wideObject(bytes) };
  }
  if (accepts(schema, 'number'))
    return { note: 'digit text', value: adversarialString(random.pick(['digits', 'blank-run'] as const), bytes, random) };
  return { note: family, value: adversarialString(family, bytes, random) };
}

/**
 * A write that plants long names ("aaaa…" appended to real values), then the target with a
 * pattern-like argument: a backtracking matcher is only slow on a long subject, and demo worlds
 * have short names.
 */
function setupAttackCase(
  env: EnvironmentFacts,
  tool: ToolFacts,
  name: string,
  random: Random,
  within: (bytes: number) => number,
): ToolCasePart | undefined {
  const writers = env.tools.filter((candidate) => !candidate.readOnly);
  const textual = parametersOf(tool.inputSchema).filter((parameter) => accepts(parameter.schema, 'string'));
  if (writers.length === 0 || textual.length === 0) return undefined;
  const writer = random.pick(writers);
  const run = random.pick(['a', 'a', ' ', 'ab', '0']);
  const length = random.pick([20, 40, 50, 64, 200, 2_000]);
  const setupArgs = plausibleArguments(writer.inputSchema, env.pools, random, 0.5);
  for (const parameter of parametersOf(writer.inputSchema)) {
    if (!accepts(parameter.schema, 'string') || !random.chance(0.6)) continue;
    const real = setupArgs[parameter.name];
    setupArgs[parameter.name] = `${typeof real === 'string' ? real : ''}${fill(run, length)}`;
  }
  const args = plausibleArguments(tool.inputSchema, env.pools, random, 0.5);
  const parameter = textual.find((p) => /pattern|query|glob|search|filter|keyword|regex|text|name/i.test(p.name)) ?? random.pick(textual);
  const family = random.pick(['few-stars', 'few-stars', 'glob', 'regex', 'blank-run', 'pairs'] as const);
  args[parameter.name] = adversarialString(family, within(family === 'blank-run' ? 40_000 : 4_096), random);
  return {
    kind: 'setup-attack',
    note: `${writer.name} plants ${length} × "${run}", then ${family} in ${parameter.name}`,
    setup: { name: `${env.server}-${writer.name}`, arguments: setupArgs },
    call: { name, arguments: args },
  };
}

function nestedCase(env: EnvironmentFacts, tool: ToolFacts, name: string, random: Random, depth: number): ToolCasePart {
  const args = plausibleArguments(tool.inputSchema, env.pools, random, 0.5);
  const parameters = parametersOf(tool.inputSchema);
  const parameter = parameters.length ? random.pick(parameters) : { name: 'unknown', schema: {} as Schema, required: false };
  const shape = random.chance(0.5) ? 'array' : 'object';
  // As JSON text for parameters that parse it (lax reading), else as the value itself.
  const asText = accepts(parameter.schema, 'object') || accepts(parameter.schema, 'array') ? random.chance(0.3) : false;
  args[parameter.name] = asText
    ? shape === 'array'
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : deepValue(depth, shape);
  return {
    kind: 'nested',
    note: `${shape}s nested ${depth} deep${asText ? ' as JSON text' : ''} in ${parameter.name}`,
    call: { name, arguments: args },
  };
}

function unknownToolCase(env: EnvironmentFacts, index: number, random: Random, limits: GenerationLimits): ToolCasePart {
  const real = env.tools.length ? random.pick(env.tools).name : 'tool';
  const plan: (() => [string, string])[] = [
    () => [`${env.server}-${typo(real, random)}`, 'a typo of a real tool'],
    () => [`${env.server}-${fill('a', Math.min(1_000, limits.maxValueBytes))}`, 'the server and a long tool name'],
    () => [`${fill('Z', Math.min(100_000, limits.maxValueBytes))}-${real}`, 'a long server name'],
    () => [`x${fill('x', limits.maxValueBytes - 1)}`, `a ${limits.maxValueBytes} B name`],
  ];
  const planned = plan[index]?.();
  if (planned) return { kind: 'unknown-tool', note: planned[1], call: { name: planned[0], arguments: {} } };
  // Body-sized names are the planned case's (one environment per run): they take the same path in every one.
  const bytes = random.weighted(sizeLadder(Math.min(limits.maxValueBytes, PSEUDO_TOOL_MAX_BYTES)));
  const family = random.pick(SIZED_FAMILIES);
  const name = random.pick([
    () => adversarialString(family, bytes, random),
    () => `${env.server}-${adversarialString(family, bytes, random)}`,
    () => typo(real, random),
    () => `Other-${real}`,
    () => `${env.server}-`,
    () => '-',
    () => '',
    () => `${env.server}-${real}\u0000`,
    () => real.toUpperCase(),
  ])();
  return { kind: 'unknown-tool', note: `${family}, ${bytes} B name`, call: { name, arguments: {} } };
}

function typo(name: string, random: Random): string {
  const at = random.int(0, Math.max(0, name.length - 1));
  return `${name.slice(0, at)}${random.pick(['x', '', '_', 'é'])}${name.slice(at + 1)}`;
}

function resetCase(
  env: EnvironmentFacts,
  index: number,
  random: Random,
  limits: GenerationLimits,
): Pick<ResetCase, 'kind' | 'note' | 'body'> {
  const server = env.server;
  const start = env.hasDemoPreset ? { presets: { [server]: 'demo' } } : {};
  const plan: (() => [unknown, string])[] = [
    () => [{ servers: [server], ...start, seed: 1 }, 'valid'],
    () => [
      { servers: [server], scenario: { [server]: mutatedScenario(env, random, edgeValue({}, random)) } },
      'demo world with one edge value',
    ],
    () => [
      { servers: [server], presets: { [server]: fill('p', Math.min(1_000_000, limits.maxValueBytes)) } },
      'an unknown, long preset name',
    ],
    () => [{ servers: [`U${fill('U', limits.maxValueBytes - 1)}`] }, `an unknown server named by ${limits.maxValueBytes} B`],
  ];
  const planned = plan[index]?.();
  if (planned) return { kind: 'reset', note: planned[1], body: planned[0] };
  const bytes = random.weighted(sizeLadder(Math.min(limits.maxValueBytes, PSEUDO_TOOL_MAX_BYTES)));
  const family = random.pick(SIZED_FAMILIES);
  return random.pick<() => Pick<ResetCase, 'kind' | 'note' | 'body'>>([
    () => ({
      kind: 'reset',
      note: `demo world with ${family}, ${bytes} B in one field`,
      body: { servers: [server], scenario: { [server]: mutatedScenario(env, random, adversarialString(family, bytes, random)) } },
    }),
    () => ({
      kind: 'reset',
      note: 'demo world with one edge value',
      body: { servers: [server], scenario: { [server]: mutatedScenario(env, random, edgeValue({}, random)) } },
    }),
    () => ({
      kind: 'reset',
      note: 'edge scenario',
      body: { servers: [server], scenario: { [server]: edgeValue({ type: 'object' }, random) } },
    }),
    () => ({ kind: 'reset', note: 'edge seed', body: { servers: [server], ...start, seed: edgeValue({ type: 'integer' }, random) } }),
    () => ({
      kind: 'reset',
      note: 'edge ttlSeconds',
      body: { servers: [server], ...start, ttlSeconds: edgeValue({ type: 'integer' }, random) },
    }),
    () => ({
      kind: 'reset',
      note: 'edge servers',
      body: { servers: random.pick<unknown>([[], [server, server], [''], [server, 'Other'], server, null, [null]]) },
    }),
    () => ({ kind: 'reset', note: `${family}, ${bytes} B server name`, body: { servers: [adversarialString(family, bytes, random)] } }),
    () => ({
      kind: 'reset',
      note: `${family}, ${bytes} B preset name`,
      body: { servers: [server], presets: { [server]: adversarialString(family, bytes, random) } },
    }),
  ])();
}

/** The demo world with one field (found by a random walk) replaced by `value`, or one map key renamed. */
function mutatedScenario(env: EnvironmentFacts, random: Random, value: unknown): unknown {
  const root = structuredClone(env.demoScenario) as unknown;
  if (root === null || typeof root !== 'object') return value;
  let node = root as Record<string, unknown>;
  for (let depth = 0; depth < 8; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = random.pick(keys);
    const child = node[key];
    const stop = child === null || typeof child !== 'object' || random.chance(0.15);
    if (stop) {
      if (random.chance(0.2) && !Array.isArray(node)) {
        // Ids named like Object.prototype members are ordinary ids here.
        delete node[key];
        Object.defineProperty(node, typeof value === 'string' && value.length < 200 ? value : '__proto__', {
          value: child,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else node[key] = value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return root;
}

/**
 * The planned cases whose value fills a request body. Every tool has one, but they all take the
 * same path (a tool's arguments of the body's size are refused by the argument limit; an unknown
 * tool name or server of that size by its name check), so a run sends those for one environment
 * only, and the HTTP sample for one tool of it.
 */
export function isBodySized(tool: string, index: number): boolean {
  return tool === UNKNOWN_TOOL || tool === RESET ? index === 3 : index === 8;
}
