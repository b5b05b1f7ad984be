import { type FoundValue, harvest } from './harvest.js';

/** Where a value came from: the state a server started in, or the result of an earlier call. */
export interface ValueSource {
  /** `state:Server`, or the `Server-tool` whose result held it. */
  from: string;
  /** The call's place in the chain; -1 for the state. */
  order: number;
}

export interface PooledValue extends FoundValue, ValueSource {}

/** Everything a chain has seen so far that an argument could be filled from. */
export class ValuePool {
  readonly values: PooledValue[] = [];
  #fieldNames: Map<unknown, Set<string>> | undefined;

  /** The names a value has as a field somewhere (not as a map's key), to tell a guessed name from a real one. */
  fieldNamesOf(value: unknown): ReadonlySet<string> {
    if (!this.#fieldNames) {
      this.#fieldNames = new Map();
      for (const entry of this.values) {
        if (entry.key) continue;
        const names = this.#fieldNames.get(entry.value) ?? new Set<string>();
        for (const name of entry.names) names.add(name);
        this.#fieldNames.set(entry.value, names);
      }
    }
    return this.#fieldNames.get(value) ?? new Set();
  }

  addState(server: string, state: unknown): void {
    this.#fieldNames = undefined;
    for (const found of harvest(state))
      this.values.push({ ...found, at: `state:${server}${found.at}`, from: `state:${server}`, order: -1 });
  }

  addResult(tool: string, order: number, result: unknown): void {
    this.#fieldNames = undefined;
    for (const found of harvest(result, 500)) this.values.push({ ...found, at: `${tool}#${order}${found.at}`, from: tool, order });
  }
}

export function isStateSource(from: string): boolean {
  return from.startsWith('state:');
}
