import { type JsonSchema, pythonRepr } from '@envfleet/kit';
import { schemaTypesAt } from './number-kinds.js';

/** One problem as pydantic reports it: where, its error type, its message, and the input there. */
export interface PydanticError {
  loc: readonly (string | number)[];
  type: string;
  msg: string;
  input: unknown;
}

/** The part of a zod issue this module reads (zod 4's `$ZodIssue`, structurally). */
export interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: string;
  values?: readonly unknown[];
}

/**
 * `str(ValidationError)`, as FastMCP puts it after "Error executing tool …: ": a header naming the
 * model, then per error its location, message, type, the input's repr (at most 50 characters) and
 * type, and the documentation URL (of pydantic 2.13, which the reference's texts were recorded with).
 */
export function pydanticValidationText(title: string, errors: readonly PydanticError[]): string {
  const lines = [`${errors.length} validation error${errors.length === 1 ? '' : 's'} for ${title}`];
  for (const error of errors) {
    lines.push(
      error.loc.join('.'),
      `  ${error.msg} [type=${error.type}, input_value=${truncatedRepr(error.input)}, input_type=${pythonType(error.input)}]`,
      `    For further information visit https://errors.pydantic.dev/2.13/v/${error.type}`,
    );
  }
  return lines.join('\n');
}

/**
 * zod's issues for a scenario, as the errors pydantic raises for the same input: `input` is the
 * scenario as sent (pydantic shows the input it was given, not a coerced one), and `schema` the
 * scenario's JSON Schema, which tells an int field from a float one.
 */
export function pydanticErrorsFromZod(issues: readonly ZodIssueLike[], input: unknown, schema: JsonSchema): PydanticError[] {
  return issues.map((issue) => {
    const loc = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const found = valueAt(input, loc);
    if (!found.present) return { loc, type: 'missing', msg: 'Field required', input: valueAt(input, loc.slice(0, -1)).value };
    return { loc, ...describe(issue, found.value, schemaTypesAt(schema, loc)), input: found.value };
  });
}

function describe(issue: ZodIssueLike, value: unknown, types: string[]): { type: string; msg: string } {
  switch (issue.code) {
    case 'invalid_type':
      return typeError(issue.expected ?? '', value, types);
    case 'too_small':
    case 'too_big':
      return boundError(issue, value);
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? { type: 'string_pattern_mismatch', msg: `String should match pattern '${pythonPattern(issue.pattern)}'` }
        : { type: 'value_error', msg: `Value error, ${issue.message}` };
    case 'invalid_value':
      return { type: 'literal_error', msg: `Input should be ${choices(issue.values ?? [])}` };
    default:
      // An int field's refinement (a fraction, or too large to be an int) is pydantic's int check.
      if (types.includes('integer') && typeof value === 'number') return typeError('int', value, types);
      // Any other refinement of the fleet's own: pydantic words a validator's ValueError this way.
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
  }
}

function typeError(expected: string, value: unknown, types: string[]): { type: string; msg: string } {
  const text = typeof value === 'string';
  if (expected === 'int' || (expected === 'number' && types.includes('integer'))) {
    if (text) return { type: 'int_parsing', msg: 'Input should be a valid integer, unable to parse string as an integer' };
    if (typeof value === 'number' && !Number.isInteger(value)) {
      return { type: 'int_from_float', msg: 'Input should be a valid integer, got a number with a fractional part' };
    }
    return { type: 'int_type', msg: 'Input should be a valid integer' };
  }
  switch (expected) {
    case 'number':
      return text
        ? { type: 'float_parsing', msg: 'Input should be a valid number, unable to parse string as a number' }
        : { type: 'float_type', msg: 'Input should be a valid number' };
    case 'string':
      return { type: 'string_type', msg: 'Input should be a valid string' };
    case 'boolean':
      // Texts and numbers other than the ones it knows are "unable to interpret"; other types are not booleans at all.
      return text || typeof value === 'number'
        ? { type: 'bool_parsing', msg: 'Input should be a valid boolean, unable to interpret input' }
        : { type: 'bool_type', msg: 'Input should be a valid boolean' };
    case 'array':
    case 'tuple':
      return { type: 'list_type', msg: 'Input should be a valid list' };
    default:
      // record and object: a nested pydantic model would say "or instance of <Model>", whose name
      // the fleet does not know.
      return { type: 'dict_type', msg: 'Input should be a valid dictionary' };
  }
}

function boundError(issue: ZodIssueLike, value: unknown): { type: string; msg: string } {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    const unit = limit === 1 ? 'character' : 'characters';
    return small
      ? { type: 'string_too_short', msg: `String should have at least ${limit} ${unit}` }
      : { type: 'string_too_long', msg: `String should have at most ${limit} ${unit}` };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    const unit = limit === 1 ? 'item' : 'items';
    const actual = Array.isArray(value) ? value.length : 0;
    return small
      ? { type: 'too_short', msg: `List should have at least ${limit} ${unit} after validation, not ${actual}` }
      : { type: 'too_long', msg: `List should have at most ${limit} ${unit} after validation, not ${actual}` };
  }
  const bound = String(limit);
  if (small) {
    return issue.inclusive
      ? { type: 'greater_than_equal', msg: `Input should be greater than or equal to ${bound}` }
      : { type: 'greater_than', msg: `Input should be greater than ${bound}` };
  }
  return issue.inclusive
    ? { type: 'less_than_equal', msg: `Input should be less than or equal to ${bound}` }
    : { type: 'less_than', msg: `Input should be less than ${bound}` };
}

/** pydantic's "'a', 'b' or 'c'". */
function choices(values: readonly unknown[]): string {
  const shown = values.map((value) => pythonRepr(value));
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : (shown[0] ?? '');
}

// The fleet spells Python's Unicode-aware \w and \d as property classes (a JavaScript \w is ASCII);
// the reference's pattern is written with \w and \d.
const WORD_CLASS = String.raw`\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}`;

/** A zod regex (`/…/u`) back in the reference's spelling, as far as it can be told. */
function pythonPattern(pattern: string): string {
  const source = pattern.replace(/^\/(.*)\/[a-z]*$/s, '$1');
  return source
    .replaceAll(`[${WORD_CLASS}]`, String.raw`\w`)
    .replaceAll(WORD_CLASS, String.raw`\w`)
    .replaceAll(String.raw`\p{Nd}`, String.raw`\d`);
}

function valueAt(root: unknown, path: readonly (string | number)[]): { present: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return { present: false, value: undefined };
    value = (value as Record<string | number, unknown>)[key];
  }
  return { present: value !== undefined, value };
}

/**
 * Pydantic shows at most 50 characters of the input: longer reprs keep their first 25 and last 24
 * around "...". Keeps the message short however large the scenario is.
 */
export function truncatedRepr(input: unknown): string {
  const chars = Array.from(pythonRepr(input));
  return chars.length > 50 ? `${chars.slice(0, 25).join('')}...${chars.slice(-24).join('')}` : chars.join('');
}

/** `type(value).__name__` of a JSON value as Python reads it. */
export function pythonType(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 1e21 ? 'int' : 'float';
    default:
      return 'dict';
  }
}
