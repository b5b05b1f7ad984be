/**
 * Python's `Decimal(x).sqrt()` under a context of `precision` digits, as BFCL's square_root computes
 * it: the square root of the float's exact binary value, rounded once to that many significant
 * digits with ties to even. Done on integers (BigInt), so no double rounding creeps in.
 */

/** The float as an exact fraction num / 2^shift (shift ≥ 0) or num · 2^-shift. */
function exactParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return biased === 0 ? { mantissa: fraction, exponent: -1074 } : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from a power of two above the root decreases straight to the floor.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** √x to `precision` significant digits (x ≥ 0 finite, precision ≥ 1), as the nearest double. */
export function decimalSqrt(x: number, precision: number): number {
  if (x === 0) return 0;
  const { mantissa, exponent } = exactParts(x);
  // x = m · 2^e; make the power of two even so its root is exact: x = m' · 4^f.
  const f = Math.floor(exponent / 2);
  const m = mantissa << BigInt(exponent - 2 * f);
  // Aim for `precision` digits: √x · 10^s with s = precision − 1 − floor(log10 √x).
  const s = precision - 1 - Math.floor(Math.log10(Math.sqrt(x)));
  // √x · 10^s = √(A / B), with A and B integers.
  let a = m;
  let b = 1n;
  if (f >= 0) a <<= BigInt(2 * f);
  else b <<= BigInt(-2 * f);
  if (s >= 0) a *= 10n ** BigInt(2 * s);
  else b *= 10n ** BigInt(-2 * s);
  // floor(√(A/B)) = floor(√(A·B) / B); then round half to even by comparing squares exactly.
  const t = a * b;
  let k = isqrt(t) / b;
  while ((k + 1n) * (k + 1n) * b * b <= t) k += 1n;
  while (k * k * b * b > t) k -= 1n;
  const twice = (2n * k + 1n) * (2n * k + 1n) * b * b; // (k + ½)² · 4B²
  const four = 4n * t;
  if (four > twice || (four === twice && k % 2n === 1n)) k += 1n;
  return Number(`${k}e${-s}`);
}
