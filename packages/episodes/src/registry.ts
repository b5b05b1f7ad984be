import type { Environment } from '@envfleet/kit';
import { asRuntime } from './local-runtime.js';
import type { ServerRuntime } from './runtime.js';

/**
 * The servers one engine offers, by name: environments run in this process and runtimes such as
 * remote servers. Environments are wrapped as local runtimes once, when added, so the engine looks
 * a server up and has its runtime, with nothing to wrap or cache per call.
 */
export class EnvironmentRegistry {
  readonly #byName = new Map<string, ServerRuntime>();

  constructor(servers: Iterable<Environment | ServerRuntime> = []) {
    for (const server of servers) this.add(server);
  }

  add(server: Environment | ServerRuntime): void {
    if (this.#byName.has(server.name)) throw new Error(`Two servers are named "${server.name}"`);
    this.#byName.set(server.name, asRuntime(server));
  }

  get(name: string): ServerRuntime | undefined {
    return this.#byName.get(name);
  }

  names(): string[] {
    return [...this.#byName.keys()];
  }

  list(): ServerRuntime[] {
    return [...this.#byName.values()];
  }
}
