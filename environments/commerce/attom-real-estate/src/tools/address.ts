import { ToolError } from '@envfleet/kit';

// Records are found by the exact address string used as the map key: no normalisation, so
// "123 Main St" and "123 main st" are different properties, as in the reference.
export function requireAddress(address: string): string {
  if (!address) throw new ToolError('Address must be a non-empty string');
  return address;
}

export function recordAt<T>(records: Record<string, T>, address: string, what: string): T {
  if (!Object.hasOwn(records, address)) throw new ToolError(`${what} not found for address: ${address}`);
  return records[address] as T;
}
