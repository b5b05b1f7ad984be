import { containsText, hasEntry, pythonEquals, pythonRepr, ToolError } from '@envfleet/kit';

// Repositories are free-form, and the reference walks their fields with plain Python: `for x in value`,
// `item in value`, `value["key"]`. A field of an unexpected kind therefore either works the Python way
// (a string iterates by character, `in` on a string finds a substring, a dict iterates by key) or
// crashes. These helpers give the working cases Python's answer and turn the crashes into errors that
// name the field, so the scenario can be fixed.

type Describe = () => string;

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a dict';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'a bool';
  return `the number ${pythonRepr(value)}`;
}

/** The error for a field of the wrong kind, naming what it should be and what it is. */
export function wrongKind(describe: Describe, expected: string, value: unknown): ToolError {
  return new ToolError(`${describe()} must be ${expected}, but the scenario holds ${kindOf(value)}; fix the scenario`);
}

/** The items `for item in value` visits: list items, characters of text, keys of a dict. */
export function pythonItems(value: unknown, describe: Describe): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return Array.from(value);
  if (isRecord(value)) return Object.keys(value);
  throw wrongKind(describe, 'a list', value);
}

/** Python's `text in container`: equality in a list, a substring of text, a key of a dict. */
export function pythonContains(container: unknown, text: string, describe: Describe): boolean {
  if (Array.isArray(container)) return container.some((item) => pythonEquals(item, text));
  if (typeof container === 'string') return containsText(container, text);
  if (isRecord(container)) return hasEntry(container, text);
  throw wrongKind(describe, 'a list or text', container);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `item[key]` on an entry that must be a dict holding `key`. */
export function requiredField(item: unknown, key: string, describe: Describe): unknown {
  if (!isRecord(item)) throw wrongKind(describe, 'a dict', item);
  if (!hasEntry(item, key)) throw new ToolError(`${describe()} has no "${key}"; add it to the scenario`);
  return item[key];
}

/** `item.get(key, fallback)` on an entry that must be a dict. */
export function optionalField(item: unknown, key: string, fallback: unknown, describe: Describe): unknown {
  if (!isRecord(item)) throw wrongKind(describe, 'a dict', item);
  return hasEntry(item, key) ? item[key] : fallback;
}

/** A field the reference calls a string method on (startswith, <): anything else crashed there. */
export function requireTextField(value: unknown, describe: Describe): string {
  if (typeof value !== 'string') throw wrongKind(describe, 'text', value);
  return value;
}
