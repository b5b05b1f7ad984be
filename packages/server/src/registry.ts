import { asRuntime, type EnvironmentCatalog, type ServerRuntime } from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';

/** The servers one process offers, by name: its own environments and any remote ones. */
export class EnvironmentRegistry implements EnvironmentCatalog {
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
