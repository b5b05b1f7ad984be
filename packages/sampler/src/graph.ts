import { type Environment, qualifiedToolName, seededGenerator } from '@envfleet/kit';
import { fillArguments } from './fill.js';
import { harvest } from './harvest.js';
import { isGenericName, nameFit, singular, words } from './names.js';
import { type Parameter, parametersOf } from './parameters.js';
import { ValuePool } from './pool.js';
import { startingStates } from './worlds.js';

export interface GraphNode {
  /** `Server-tool`. */
  name: string;
  server: string;
  tool: string;
  readOnly: boolean;
  parameters: Parameter[];
  /** Fields of the tool's result, seen when it was called once from the starting state. */
  observed: string[];
  /** Fields its name promises (`create_event` gives an `event_id`), for tools that failed that call. */
  named: string[];
}

/** Tool `from`'s result has `field`, which can be the argument `argument` of tool `to`. */
export interface GraphEdge {
  from: string;
  to: string;
  field: string;
  argument: string;
}

/** An argument the starting state can fill: an id, a name or an address that exists there. */
export interface StateArgument {
  tool: string;
  argument: string;
  server: string;
  field: string;
}

export interface ToolGraph {
  servers: string[];
  preset: string | undefined;
  nodes: GraphNode[];
  edges: GraphEdge[];
  stateArguments: StateArgument[];
}

export interface GraphOptions {
  /** The preset the probing calls start from (where a server has it); default `demo`. */
  preset?: string;
}

const CREATING = new Set([
  'create',
  'add',
  'book',
  'place',
  'new',
  'register',
  'post',
  'send',
  'schedule',
  'open',
  'submit',
  'upload',
  'insert',
  'make',
  'start',
  'reserve',
  'write',
  'save',
]);
// Reads that answer many records name the entity they list; a `get_x_details` names no field.
const READING = new Set(['list', 'search', 'find', 'browse']);

/**
 * The tool graph of a set of servers: which tool's result can feed which tool's argument. A
 * tool's result fields are observed by calling it once from the starting state (arguments filled
 * from that state, seed 0, nothing kept) and completed by what its name promises; an edge joins them
 * to every argument of another tool whose name fits (names.ts). The same servers and preset always
 * give the same graph.
 */
export function buildToolGraph(environments: readonly Environment[], options: GraphOptions = {}): ToolGraph {
  const preset = options.preset ?? 'demo';
  const states = startingStates(environments, preset);
  const statePool = new ValuePool();
  for (const env of environments) statePool.addState(env.name, states[env.name]);

  const nodes: GraphNode[] = [];
  let stream = 0;
  for (const env of environments) {
    for (const tool of env.tools.values()) {
      const parameters = parametersOf(tool.inputSchema);
      const filled = fillArguments({ tool: tool.name, parameters }, statePool, seededGenerator(0, stream++));
      let observed: string[] = [];
      const outcome = env.call(states[env.name], tool.name, filled.arguments, { seed: 0, callIndex: 0 });
      if (!outcome.isError) observed = fieldNames(outcome.content);
      nodes.push({
        name: qualifiedToolName(env.name, tool.name),
        server: env.name,
        tool: tool.name,
        readOnly: tool.annotations.readOnlyHint === true,
        parameters,
        observed,
        named: promisedFields(tool.name).filter((field) => !observed.includes(field)),
      });
    }
  }

  const edges: GraphEdge[] = [];
  const stateArguments: StateArgument[] = [];
  const stateFields = new Map<string, Set<string>>();
  for (const value of statePool.values) {
    const server = value.from.slice('state:'.length);
    const set = stateFields.get(server) ?? new Set<string>();
    for (const name of value.names) set.add(name);
    stateFields.set(server, set);
  }
  for (const consumer of nodes) {
    const subject = words(consumer.tool);
    for (const parameter of consumer.parameters) {
      if (!linkable(parameter)) continue;
      for (const producer of nodes) {
        if (producer === consumer) continue;
        const field = bestField(parameter.canonical, [...producer.observed, ...producer.named], subject);
        if (field !== undefined) edges.push({ from: producer.name, to: consumer.name, field, argument: parameter.name });
      }
      for (const env of environments) {
        const field = bestField(parameter.canonical, [...(stateFields.get(env.name) ?? [])], subject);
        if (field !== undefined) stateArguments.push({ tool: consumer.name, argument: parameter.name, server: env.name, field });
      }
    }
  }
  return { servers: environments.map((env) => env.name), preset, nodes, edges, stateArguments };
}

/** Arguments that carry an identity another call can supply: not flags, paging or free text. */
export function linkable(parameter: Parameter): boolean {
  const kind = parameter.kind === 'array' ? parameter.itemKind : parameter.kind;
  return kind !== 'boolean' && kind !== 'object' && kind !== 'array' && !isGenericName(parameter.canonical);
}

function bestField(argument: string, fields: readonly string[], subject: readonly string[]): string | undefined {
  let best = 0;
  let chosen: string | undefined;
  for (const field of fields) {
    const fit = nameFit(argument, field, subject);
    if (fit > best || (fit === best && fit > 0 && chosen !== undefined && field < chosen)) {
      best = fit;
      chosen = field;
    }
  }
  return chosen;
}

function fieldNames(content: unknown): string[] {
  const names = new Set<string>();
  for (const found of harvest(content, 500)) for (const name of found.names) if (!isGenericName(name)) names.add(name);
  return [...names].sort();
}

/** `create_event` → `event_id`; `list_orders` → `order_id`. */
function promisedFields(tool: string): string[] {
  const [verb, ...rest] = words(tool);
  if (verb === undefined || rest.length === 0 || !(CREATING.has(verb) || READING.has(verb))) return [];
  return [`${rest.map(singular).join('_')}_id`];
}
