/**
 * Python's `f"{x:.Nf}"`: `x` with `decimals` digits after the point, rounded on the exact binary
 * value with ties to even. The references print money, sizes and coordinate keys this way, and
 * `toFixed` differs on exact ties (it rounds them up: 0.125 → "0.13", Python "0.12"), prints huge
 * values with an exponent and drops the sign of negative zero. Non-finite values print as Python
 * prints them: "inf", "-inf", "nan".
 */
export function formatFixed(x: number, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const { mantissa, exponent } = exactBinary(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(decimals);
  let units: bigint;
  if (exponent >= 0) {
    units = scaled << BigInt(exponent);
  } else {
    const denominator = 1n << BigInt(-exponent);
    units = scaled / denominator;
    const twiceRemainder = (scaled % denominator) * 2n;
    if (twiceRemainder > denominator || (twiceRemainder === denominator && units % 2n === 1n)) units += 1n;
  }
  if (decimals === 0) return `${sign}${units}`;
  const digits = units.toString().padStart(decimals + 1, '0');
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A finite, non-negative double as mantissa × 2^exponent, both exact. */
function exactBinary(magnitude: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, magnitude);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  return biased === 0 ? { mantissa: fraction, exponent: 1 - 1075 } : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
