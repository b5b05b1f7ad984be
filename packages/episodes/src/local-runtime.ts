import { type Environment, readArguments } from '@envfleet/kit';
import type { ServerDescription, ServerRuntime, ToolInfo } from './runtime.js';

/**
 * An environment running in this process. Its states are deeply frozen values that versions share,
 * so snapshot, fork and restore hand the same object around: O(1) whatever the state's size.
 */
export class LocalRuntime implements ServerRuntime {
  readonly name: string;
  readonly tools: ReadonlyMap<string, ToolInfo>;
  readonly #description: ServerDescription;

  constructor(readonly environment: Environment) {
    this.name = environment.name;
    const tools = [...environment.tools.values()].map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: tool.annotations,
    }));
    this.tools = new Map(tools.map((tool) => [tool.name, tool]));
    this.#description = {
      name: environment.name,
      domain: environment.domain,
      version: environment.version,
      description: environment.description,
      presets: Object.keys(environment.presets),
      tools,
    };
  }

  describe(): ServerDescription {
    return this.#description;
  }

  async defaultScenario(): Promise<unknown> {
    return this.environment.save(this.environment.defaultScenario);
  }

  async open(init: { scenario?: unknown; preset?: string; label: string }): Promise<unknown> {
    return init.preset !== undefined
      ? this.environment.loadPreset(init.preset, init.label)
      : this.environment.load(init.scenario ?? {}, init.label);
  }

  async call(state: unknown, tool: string, args: unknown, options: { seed?: number; callIndex?: number }) {
    return this.environment.call(state, tool, args, options);
  }

  callNow(state: unknown, tool: string, args: unknown, options: { seed?: number; callIndex?: number }) {
    return this.environment.call(state, tool, args, options);
  }

  async save(state: unknown): Promise<unknown> {
    return this.environment.save(state);
  }

  async snapshot(state: unknown): Promise<unknown> {
    return state;
  }

  async restore(_current: unknown, snapshot: unknown): Promise<unknown> {
    return snapshot;
  }

  async fork(state: unknown): Promise<unknown> {
    return state;
  }

  async close(): Promise<void> {}

  readArguments(toolName: string, args: unknown): unknown {
    const tool = this.environment.tools.get(toolName);
    if (!tool) return args;
    const reading = readArguments(tool.input, tool.inputSchema, args);
    return reading.ok ? reading.value : args;
  }
}

/** Environments run locally; anything else given to the engine is already a runtime. */
export function asRuntime(server: Environment | ServerRuntime): ServerRuntime {
  return 'open' in server ? server : new LocalRuntime(server);
}
