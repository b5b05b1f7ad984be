import { pythonRepr, ToolError } from '@envfleet/kit';

// Python's behaviour on values the class reads without checking them.

/** `value[key]` on a dict, or the KeyError/TypeError Python raises. */
export function pythonItem(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (!Object.hasOwn(value, key)) throw new ToolError(`KeyError: ${pythonRepr(key)}`);
    return (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'string') throw new ToolError("TypeError: string indices must be integers, not 'str'");
  if (Array.isArray(value)) throw new ToolError('TypeError: list indices must be integers or slices, not str');
  throw new ToolError(`TypeError: '${value === null ? 'NoneType' : typeof value}' object is not subscriptable`);
}

/** A value Python would do arithmetic or comparisons with: a number (or bool, which is an int there). */
export function pythonNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new ToolError(`TypeError: ${what} is ${pythonRepr(value)}, not a number`);
}
