// Python's repr() and str() of JSON values. References put values into messages, ids and titles
// with f-strings and str(), so "None", "True", "{'a': 1}" and "1e-07" must come out the same here.

/** Python's `repr(value)` for a JSON value (None, True, 'text', [..], {'k': v}, 1.0, 1e-07). */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pythonNumberRepr(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${pythonStringRepr(key)}: ${pythonRepr(item)}`);
    return `{${members.join(', ')}}`;
  }
  return String(value);
}

/** Python's `str(value)`: strings as they are, everything else as its repr. */
export function pythonStr(value: unknown): string {
  return typeof value === 'string' ? value : pythonRepr(value);
}

// A whole JSON number reached Python as an int with exactly the digits JSON.stringify writes (below
// 1e21; String(n) writes the same digits), and as a float from 1e21 up, where JSON uses an exponent.
const FLOAT_ONLY = 1e21;

/** A JSON number as Python prints it: ints in full, floats as float.__repr__ (shortest round trip). */
export function pythonNumberRepr(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < FLOAT_ONLY) return String(value);
  return pythonFloatRepr(value);
}

/** `repr(float(value))`: 1.0, 0.0001, 1e-05, 1e+16, inf, nan. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  // toExponential() gives the shortest digits that round-trip, which is what Python prints too;
  // only the layout differs (Python switches to exponent form below 1e-4 and from 1e16).
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  let text: string;
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) text = `0.${'0'.repeat(-exponent - 1)}${digits}`;
    else if (digits.length > exponent + 1) text = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
    else text = `${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
  } else {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    text = `${body}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return negative ? `-${text}` : text;
}

// str.isprintable() is false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the
// ASCII space; repr() escapes exactly those characters.
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's `repr(text)`: single quotes unless the text has one and no double quote; escapes as Python does. */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    if (char === quote || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NON_PRINTABLE.test(char)) {
      const code = char.codePointAt(0) ?? 0;
      out += code < 0x100 ? `\\x${hex(code, 2)}` : code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
    } else out += char;
  }
  return out + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** Python's truthiness of a JSON value: None, False, 0, "", [] and {} are false. */
export function pythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    for (const _key in value) return true;
    return false;
  }
  return true;
}
