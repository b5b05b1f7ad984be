import { isIntegerText, withoutUnderscores } from '@envfleet/kit';
// Variants, line items and customers arrive as free-form objects. The reference builds its models
// from them with pydantic's lax rules; these helpers apply the same rules so the same input is
// accepted or refused, and report what does not fit in plain words.

export type Issues = string[];

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return String(value);
}

/** A text field: only strings are accepted (numbers are not turned into text). */
export function readText(value: unknown, field: string, issues: Issues): string {
  if (typeof value === 'string') return value;
  issues.push(`${field} must be a string, got ${describe(value)}`);
  return '';
}

/** An integer field: integers, integral numbers, booleans and integer text such as "7" or " 7 ". */
export function readInteger(value: unknown, field: string, issues: Issues, min: number): number {
  let read: number | undefined;
  if (typeof value === 'boolean') read = value ? 1 : 0;
  else if (typeof value === 'number' && Number.isInteger(value)) read = value;
  else if (typeof value === 'string' && isIntegerText(value.trim(), { bareDot: true })) read = Number(withoutUnderscores(value.trim()));
  if (read === undefined) {
    issues.push(`${field} must be an integer, got ${describe(value)}`);
    return min;
  }
  if (read < min) issues.push(`${field} must be at least ${min}, got ${read}`);
  return read;
}
