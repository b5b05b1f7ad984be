// Variants, line items and customers arrive as free-form objects. The reference builds its models
// from them with pydantic's lax rules; these helpers apply the same rules so the same input is
// accepted or refused, and report what does not fit in plain words.

export type Issues = string[];

const INTEGER_TEXT = /^[+-]?\d+(?:_\d+)*(?:\.0*)?$/;

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
  else if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) read = Number(value.trim().replaceAll('_', ''));
  if (read === undefined) {
    issues.push(`${field} must be an integer, got ${describe(value)}`);
    return min;
  }
  if (read < min) issues.push(`${field} must be at least ${min}, got ${read}`);
  return read;
}

const DECIMAL_TEXT = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_TEXT = /^([+-]?)(inf|infinity|nan)$/i;

/** Reads a price string as a float the way Python's float() does; undefined when it is not a number. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  if (DECIMAL_TEXT.test(trimmed)) return Number(trimmed.replaceAll('_', ''));
  const special = SPECIAL_TEXT.exec(trimmed);
  if (!special) return undefined;
  if (special[2]?.toLowerCase() === 'nan') return Number.NaN;
  return special[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/**
 * A JSON value written as Python prints it, for titles built from whatever the caller sent
 * ("Product Variant 7", "Product Variant None"). Integral numbers print without a fraction.
 */
export function pythonText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value).toString();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * A money amount with two decimals, rounded exactly as Python's `f"{x:.2f}"` does: on the exact
 * binary value, ties to even (so 0.125 → "0.12", where toFixed would give "0.13"), "-0.00" for small
 * negatives, and "inf"/"nan" for non-finite totals.
 */
export function formatMoney(amount: number): string {
  if (Number.isNaN(amount)) return 'nan';
  if (!Number.isFinite(amount)) return amount > 0 ? 'inf' : '-inf';
  const negative = amount < 0 || Object.is(amount, -0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(amount));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // |amount| = mantissa * 2^exponent exactly.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  let cents: bigint;
  if (exponent >= 0) {
    cents = (mantissa * 100n) << BigInt(exponent);
  } else {
    const denominator = 1n << BigInt(-exponent);
    const numerator = mantissa * 100n;
    cents = numerator / denominator;
    const twiceRemainder = (numerator % denominator) * 2n;
    if (twiceRemainder > denominator || (twiceRemainder === denominator && cents % 2n === 1n)) cents += 1n;
  }
  const digits = cents.toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
