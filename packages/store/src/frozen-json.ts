/**
 * Parses JSON into deeply frozen values. Episode states are immutable and shared between versions,
 * snapshots and forks; freezing what comes back from a store keeps that promise for states that
 * crossed the network, as Immer does for the ones made in this process.
 */
export function parseFrozen<T = unknown>(text: string): T {
  return JSON.parse(text, freezeMember) as T;
}

// JSON.parse calls the reviver bottom-up, so every object and array is frozen exactly once.
function freezeMember(_key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' ? Object.freeze(value) : value;
}
