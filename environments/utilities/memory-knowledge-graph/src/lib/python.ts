// Python semantics this environment needs beyond the kit's (pythonStr, pythonTruthy): hashability
// (unhashable dict keys raise) and what counts as a plain object.

export function isHashable(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
