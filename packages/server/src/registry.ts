import type { EnvironmentCatalog } from '@envfleet/episodes';
import type { Environment } from '@envfleet/kit';

/** The environments one process serves, by server name. */
export class EnvironmentRegistry implements EnvironmentCatalog {
  readonly #byName = new Map<string, Environment>();

  constructor(environments: Iterable<Environment> = []) {
    for (const env of environments) this.add(env);
  }

  add(env: Environment): void {
    if (this.#byName.has(env.name)) throw new Error(`Two environments are named "${env.name}"`);
    this.#byName.set(env.name, env);
  }

  get(name: string): Environment | undefined {
    return this.#byName.get(name);
  }

  names(): string[] {
    return [...this.#byName.keys()];
  }

  list(): Environment[] {
    return [...this.#byName.values()];
  }
}
