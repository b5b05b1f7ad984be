// Every coordinate-indexed map is keyed by "<lat>,<lon>" with four decimals, exactly as Python's
// `f"{x:.4f}"` prints them, so that scenarios written for the reference find the same entries.

/**
 * `x` with four decimals, as Python prints it: round-half-even on the exact binary value, a sign
 * kept on negative zero, no exponent for huge values, and "inf"/"nan" for non-finite numbers.
 */
export function fixed4(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const magnitude = Math.abs(x);
  const sign = negative ? '-' : '';
  if (magnitude >= 1e21) return `${sign}${BigInt(magnitude)}.0000`;
  // A value sits exactly halfway between two 4-decimal neighbours only when it is an odd multiple
  // of 1/32; toFixed rounds those up, Python rounds them to the even neighbour.
  const thirtySeconds = magnitude * 32;
  if (Number.isInteger(thirtySeconds) && thirtySeconds % 2 === 1) {
    const twiceScaled = BigInt(thirtySeconds) * 625n; // 2 * magnitude * 10^4, an odd integer
    const below = (twiceScaled - 1n) / 2n;
    const scaled = below % 2n === 0n ? below : below + 1n;
    const digits = scaled.toString().padStart(5, '0');
    return `${sign}${digits.slice(0, -4)}.${digits.slice(-4)}`;
  }
  return `${sign}${magnitude.toFixed(4)}`;
}

export function coordinateKey(latitude: number, longitude: number): string {
  return `${fixed4(latitude)},${fixed4(longitude)}`;
}

const PYTHON_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PYTHON_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/** Reads text the way Python's float() does, or returns undefined where float() would raise. */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim();
  const special = PYTHON_SPECIAL.exec(trimmed);
  if (special) {
    if ((special[2] ?? '').toLowerCase() === 'nan') return Number.NaN;
    return special[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!PYTHON_FLOAT.test(trimmed)) return undefined;
  return Number(trimmed.replaceAll('_', ''));
}

/**
 * Rewrites "lat,lon" keys into the canonical four-decimal form ("0.0,0.0" becomes
 * "0.0000,0.0000"); other keys are kept. When two keys meet, the later value wins at the earlier
 * position, as a Python dict rebuilt in order would have it.
 */
export function normalizeCoordinateKeys<V>(entries: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of Object.entries(entries)) {
    const parts = key.split(',');
    let canonical = key;
    if (parts.length === 2) {
      const latitude = parsePythonFloat(parts[0] ?? '');
      const longitude = parsePythonFloat(parts[1] ?? '');
      if (latitude !== undefined && longitude !== undefined) canonical = coordinateKey(latitude, longitude);
    }
    out[canonical] = value;
  }
  return out;
}
