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

  addState(server: string, state: unknown): void {
    for (const found of harvest(state)) this.values.push({ ...found, from: `state:${server}`, order: -1 });
  }

  addResult(tool: string, order: number, result: unknown): void {
    for (const found of harvest(result, 500)) this.values.push({ ...found, from: tool, order });
  }
}

export function isStateSource(from: string): boolean {
  return from.startsWith('state:');
}
