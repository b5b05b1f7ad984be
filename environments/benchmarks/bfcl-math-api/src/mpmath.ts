/**
 * BFCL's logarithm runs in mpmath at `mp.dps = precision` and answers an mpf, which the model sees
 * through its repr (`mpf('1.3027')`). mpmath works in binary with prec = round((dps + 1) · log2 10)
 * bits, rounding each logarithm and their quotient to that many bits, and its repr shows dps + 3 digits
 * (17 at dps 15). This reproduces that for prec ≤ 53 (precision ≤ 15): the logarithms and the
 * quotient are computed in double-double (about 106 bits) and rounded once to prec bits.
 */

import { type DD, div, ln } from './double-double.js';

const LOG2_10 = 3.3219280948873626;

export function dpsToPrec(dps: number): number {
  return Math.max(1, Math.round((Math.trunc(dps) + 1) * LOG2_10));
}

export function reprDigits(prec: number): number {
  const dps = Math.max(1, Math.round(prec / LOG2_10) - 1);
  return dps === 15 ? 17 : dps + 3;
}

/** hi + lo rounded to `bits` (at most 53) significant bits, ties to even (mpmath's default rounding). */
export function roundToBits(x: number | DD, bits: number): number {
  const [hi, lo] = typeof x === 'number' ? [x, 0] : x;
  if (hi === 0 || !Number.isFinite(hi)) return hi;
  let exponent = Math.floor(Math.log2(Math.abs(hi)));
  if (2 ** exponent > Math.abs(hi)) exponent--;
  else if (2 ** (exponent + 1) <= Math.abs(hi)) exponent++;
  const scale = 2 ** (Math.min(bits, 53) - 1 - exponent);
  const scaled = hi * scale;
  const floor = Math.floor(scaled);
  // What lies beyond the kept bits, lo included; scaling by a power of two is exact.
  const rest = scaled - floor + lo * scale;
  const rounded = rest > 0.5 || (rest === 0.5 && floor % 2 !== 0) ? floor + 1 : rest < -0.5 ? floor - 1 : floor;
  return rounded / scale;
}

/** The exact decimal digits of a finite non-zero double, truncated to `count` significant digits, and the leading digit's power of ten. */
function truncatedDigits(x: number, count: number): { digits: string; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let power = biased - 1075;
  if (biased === 0) power = -1074;
  else mantissa |= 1n << 52n;
  // value = mantissa · 2^power exactly; write it as a fraction num/den.
  const num = power >= 0 ? mantissa << BigInt(power) : mantissa;
  const den = power >= 0 ? 1n : 1n << BigInt(-power);
  let exponent = Math.floor(Math.log10(Math.abs(x)));
  for (;;) {
    const shift = count - 1 - exponent;
    const scaled = shift >= 0 ? (num * 10n ** BigInt(shift)) / den : num / (den * 10n ** BigInt(-shift));
    const text = scaled.toString();
    if (text.length === count) return { digits: text, exponent };
    exponent += text.length > count ? 1 : -1;
  }
}

/** mpmath's to_str(x, dps): dps significant digits, fixed-point near unit magnitude, trailing zeros stripped. */
export function mpmathToStr(x: number, dps: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Number.POSITIVE_INFINITY) return '+inf';
  if (x === Number.NEGATIVE_INFINITY) return '-inf';
  if (x === 0) return '0.0';
  const sign = x < 0 ? '-' : '';
  let { digits, exponent } = truncatedDigits(x, dps + 3);
  if ('56789'.includes(digits[dps]!)) {
    let i = dps - 1;
    while (i >= 0 && digits[i] === '9') i--;
    if (i >= 0) digits = digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(dps - i - 1);
    else {
      digits = `1${'0'.repeat(dps - 1)}`;
      exponent += 1;
    }
  } else digits = digits.slice(0, dps);
  const minFixed = Math.min(-Math.floor(dps / 3), -5);
  let split = 1;
  if (minFixed < exponent && exponent < dps) {
    if (exponent < 0) digits = '0'.repeat(-exponent) + digits;
    else {
      split = exponent + 1;
      if (split > dps) digits += '0'.repeat(split - dps);
    }
    exponent = 0;
  }
  let text = `${digits.slice(0, split)}.${digits.slice(split)}`.replace(/0+$/, '');
  if (text.endsWith('.')) text += '0';
  if (exponent === 0) return sign + text;
  return `${sign}${text}e${exponent > 0 ? '+' : ''}${exponent}`;
}

/**
 * mpmath.log(value) / mpmath.log(base) at mp.dps = precision, as the digits of its repr, or the
 * error text BFCL answers ("" for a division by zero, which mpmath raises without a message).
 */
export function mpmathLogRatio(value: number, base: number, precision: number): { digits: string } | { error: string } | { complex: true } {
  const prec = dpsToPrec(precision);
  // mpmath takes a float argument exactly; the logarithms and their quotient are rounded to prec.
  const v = value;
  const b = base;
  if (v < 0 || b < 0) return { complex: true };
  const top = v === 0 ? Number.NEGATIVE_INFINITY : roundToBits(ln(v), prec);
  const bottom = b === 0 ? Number.NEGATIVE_INFINITY : roundToBits(ln(b), prec);
  if (bottom === 0) return { error: '' };
  const quotient = Number.isFinite(top) && Number.isFinite(bottom) ? roundToBits(div([top, 0], [bottom, 0]), prec) : top / bottom;
  // Beyond 53 bits mpmath keeps digits a double does not have: show only the double's 17.
  return { digits: mpmathToStr(quotient, prec > 53 ? 17 : reprDigits(prec)) };
}
