import { pythonRepr, ToolError } from '@envfleet/kit';

// Python's behaviour on values the class reads without checking them.

/** `value[key]` on a dict, or the KeyError/TypeError Python raises. */
export function pythonItem(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (!Object.hasOwn(value, key)) throw new ToolError(`KeyError: ${pythonRepr(key)}`);
    return (value as Record<string, unknown>)[key];
  }
  throw new ToolError(`TypeError: ${pythonRepr(value)} is not subscriptable`);
}

/** A value Python does arithmetic with: a number (or bool, an int there). */
export function pythonNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new ToolError(`TypeError: ${what} is ${pythonRepr(value)}, not a number`);
}
