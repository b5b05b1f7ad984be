import type { z } from 'zod';
import { DIGITS_WITH_UNDERSCORES, isIntegerText, underscoresBetweenDigits, withoutUnderscores } from './digit-underscores.js';
import type { JsonSchema } from './json-schema.js';

/**
 * Reads a call's arguments the way the reference's MCP server does (pydantic, lax mode), so a model
 * trained there gets the same answer here:
 *  - unknown argument names are ignored;
 *  - a JSON string is parsed for a parameter that is not a plain string, when it holds an object,
 *    an array or null (numbers and booleans stay strings and are then read by type, as pydantic does);
 *  - "5", "5.0", 5.0 and true read as integers; numeric strings as numbers; "yes"/"off"/1/0 as booleans;
 *  - null is accepted where the parameter's type allows it (`Optional[T]`), and refused elsewhere —
 *    even for `x: int = 5`, as pydantic refuses it.
 * What still does not fit is an error that names the argument.
 */
export type ArgumentsReading<T> = { ok: true; value: T } | { ok: false; message: string };

export function readArguments<T>(input: z.ZodType<T>, schema: JsonSchema, raw: unknown): ArgumentsReading<T> {
  if (raw === undefined || raw === null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, message: `Arguments must be a JSON object, got ${describe(raw)}` };
  }
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const given = raw as Record<string, unknown>;
  const read = laxRead(properties, given);
  const cut = cutLongInvalidLists(input, read);
  const parsed = input.safeParse(read);
  if (parsed.success) return { ok: true, value: parsed.data };
  const { issues } = parsed.error;
  const explained = issues.slice(0, MAX_EXPLAINED_ISSUES).map((issue) => explain(issue, given, properties));
  if (issues.length > MAX_EXPLAINED_ISSUES) explained.push(`and ${issues.length - MAX_EXPLAINED_ISSUES} more problems`);
  for (const name of cut) explained.push(`and more invalid items in "${name}" after these`);
  return { ok: false, message: explained.join('; ') };
}

/**
 * The zod issues of arguments read as readArguments reads them (none when they fit), for a caller
 * that words the problems its own way. Each list argument is checked up to its `maxListIssues`-th
 * invalid item, which bounds the work however long the list.
 */
export function argumentIssues(
  input: z.ZodType,
  schema: JsonSchema,
  raw: Record<string, unknown>,
  maxListIssues = 100,
): z.core.$ZodIssue[] {
  const read = laxRead((schema.properties ?? {}) as Record<string, JsonSchema>, raw);
  cutLongInvalidLists(input, read, maxListIssues);
  const parsed = input.safeParse(read);
  return parsed.success ? [] : parsed.error.issues;
}

function laxRead(properties: Record<string, JsonSchema>, given: Record<string, unknown>): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (!Object.hasOwn(given, name)) continue;
    read[name] = coerce(property, parseJsonString(property, given[name]));
  }
  return read;
}

/** A message lists this many problems; a client fixes the first ones and sends again. */
const MAX_EXPLAINED_ISSUES = 5;

/**
 * Validating a list of a million bad items makes a million issues (microseconds each), and an
 * error message that long helps no one. Each top-level list argument is checked item by item until
 * its `MAX_EXPLAINED_ISSUES + 1`-th invalid item, and cut just before that one: the validation after
 * reports the same first problems, at a cost bounded by the list's valid part. Returns the names
 * of the lists it cut.
 */
function cutLongInvalidLists(input: z.ZodType, read: Record<string, unknown>, limit = MAX_EXPLAINED_ISSUES): string[] {
  const shape = objectShape(input);
  if (!shape) return [];
  const cut: string[] = [];
  for (const [name, value] of Object.entries(read)) {
    if (!Array.isArray(value) || value.length <= limit) continue;
    const element = listElement(shape[name]);
    if (!element) continue;
    let invalid = 0;
    for (let index = 0; index < value.length; index++) {
      if (element.safeParse(value[index]).success) continue;
      invalid += 1;
      if (invalid > limit) {
        read[name] = value.slice(0, index);
        cut.push(name);
        break;
      }
    }
  }
  return cut;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = schema.def as { type: string; shape?: Record<string, z.ZodType> };
  return def.type === 'object' ? def.shape : undefined;
}

/** The item schema of a list parameter, through optional, default and nullable wrappers. */
function listElement(schema: z.ZodType | undefined): z.ZodType | undefined {
  for (let depth = 0; schema && depth < 8; depth++) {
    const def = schema.def as { type: string; innerType?: z.ZodType; element?: z.ZodType };
    if (def.type === 'array') return def.element;
    if (!['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) return undefined;
    schema = def.innerType;
  }
  return undefined;
}

function parseJsonString(property: JsonSchema, value: unknown): unknown {
  if (typeof value !== 'string' || property.type === 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed === null || typeof parsed === 'object' ? parsed : value;
  } catch {
    return value;
  }
}

// Underscores only in the whole part, as before a dot or exponent (see digit-underscores.ts).
const NUMBER_TEXT = new RegExp(String.raw`^[+-]?(?:${DIGITS_WITH_UNDERSCORES}(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$`);
const TRUE_TEXT = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_TEXT = new Set(['false', '0', 'no', 'off', 'f', 'n']);

/**
 * `value` with pydantic's lax conversions applied wherever `schema` expects a number, an integer
 * or a boolean ("5" → 5, 5.0 → 5, "yes" → true), deep through objects, maps and arrays. What does
 * not convert is left for validation to refuse.
 */
export function coerceLax(schema: JsonSchema, value: unknown): unknown {
  return coerce(schema, value);
}

function coerce(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as JsonSchema[];
    if (value === null) return value;
    const nonNull = branches.filter((b) => b.type !== 'null');
    const exact = nonNull.find((b) => matchesType(b, value));
    if (exact) return coerce(exact, value);
    return nonNull.length === 1 ? coerce(nonNull[0] as JsonSchema, value) : value;
  }
  switch (schema.type) {
    case 'integer':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (typeof value === 'string') {
        const text = value.trim();
        if (isIntegerText(text)) return Number(withoutUnderscores(text));
      }
      return value;
    case 'number':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (typeof value === 'string') {
        const text = value.trim();
        if (NUMBER_TEXT.test(text) && underscoresBetweenDigits(text)) return Number(withoutUnderscores(text));
      }
      return value;
    case 'boolean':
      if (typeof value === 'string') {
        // No trimming: pydantic reads " true " as no boolean at all (numbers it does trim).
        const text = value.toLowerCase();
        if (TRUE_TEXT.has(text)) return true;
        if (FALSE_TEXT.has(text)) return false;
      }
      if (value === 1 || value === 0) return value === 1;
      return value;
    case 'array':
      if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
        return value.map((item) => coerce(schema.items as JsonSchema, item));
      }
      return value;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      // A map keyed by ids (zod record): every value follows additionalProperties.
      const rest = typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as JsonSchema) : undefined;
      if (!schema.properties && !rest) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const key of Object.keys(out)) {
        const property = Object.hasOwn(props, key) ? props[key] : rest;
        if (property) out[key] = coerce(property, out[key]);
      }
      return out;
    }
    default:
      return value;
  }
}

function matchesType(schema: JsonSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return false;
  }
}

// zod reports an integer as "number"; the JSON Schema a client saw says which it is.
function expectedType(issue: z.core.$ZodIssueInvalidType, properties: Record<string, JsonSchema>): string {
  const property = issue.path.length === 1 ? properties[String(issue.path[0])] : undefined;
  const branches = (property?.anyOf as JsonSchema[] | undefined) ?? (property ? [property] : []);
  const types = branches.map((b) => b.type).filter((t): t is string => typeof t === 'string' && t !== 'null');
  if (types.length === 1 && types[0] === 'integer') return 'integer';
  return issue.expected;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function explain(issue: z.core.$ZodIssue, given: Record<string, unknown>, properties: Record<string, JsonSchema>): string {
  const path = issue.path.map(String);
  const name = path.length === 0 ? 'arguments' : path.reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : `${acc}.${part}`));
  let input: unknown = given;
  for (const part of path) input = input && typeof input === 'object' ? (input as Record<string, unknown>)[part] : undefined;
  if (issue.code === 'invalid_type' && input === undefined) {
    return `Missing required argument "${name}"`;
  }
  if (issue.code === 'invalid_type') {
    return `Invalid argument "${name}": expected ${expectedType(issue, properties)}, got ${describe(input)}`;
  }
  return `Invalid argument "${name}": ${issue.message}`;
}
