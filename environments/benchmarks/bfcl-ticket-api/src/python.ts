import { pythonRepr, ToolError } from '@envfleet/kit';
import type { Json } from './scenario.js';

// What Python does with JSON values the class subscripts and iterates without checking them:
// the same result, or a ToolError carrying the exception Python would raise.

function typeName(value: Json): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'dict';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'int' : 'float';
}

/** `for item in value`: list items, dict keys, string characters. */
export function pythonIterate(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [...value];
  if (value !== null && typeof value === 'object') return Object.keys(value);
  throw new ToolError(`TypeError: '${typeName(value)}' object is not iterable`);
}

/** `value[key]` with a string key: a dict member, or the KeyError/TypeError Python raises. */
export function pythonItem(value: Json, key: string): Json {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (!Object.hasOwn(value, key)) throw new ToolError(`KeyError: ${pythonRepr(key)}`);
    return value[key] as Json;
  }
  if (typeof value === 'string') throw new ToolError("TypeError: string indices must be integers, not 'str'");
  if (Array.isArray(value)) throw new ToolError('TypeError: list indices must be integers or slices, not str');
  throw new ToolError(`TypeError: '${typeName(value)}' object is not subscriptable`);
}

/** `value.lower()` on what should be a string. */
export function pythonLower(value: Json): string {
  if (typeof value !== 'string') throw new ToolError(`AttributeError: '${typeName(value)}' object has no attribute 'lower'`);
  return value.toLowerCase();
}

/** `value.append(item)` on what should be a list. */
export function requireList(value: Json): Json[] {
  if (!Array.isArray(value)) throw new ToolError(`AttributeError: '${typeName(value)}' object has no attribute 'append'`);
  return value;
}
