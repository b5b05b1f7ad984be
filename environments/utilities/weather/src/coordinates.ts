import { formatFixed, parsePythonFloat } from '@envfleet/kit';

// Every coordinate-indexed map is keyed by "<lat>,<lon>" with four decimals, exactly as Python's
// `f"{x:.4f}"` prints them, so that scenarios written for the reference find the same entries.

export function coordinateKey(latitude: number, longitude: number): string {
  return `${formatFixed(latitude, 4)},${formatFixed(longitude, 4)}`;
}

/**
 * Rewrites "lat,lon" keys into the canonical four-decimal form ("0.0,0.0" becomes
 * "0.0000,0.0000"), reading each part as Python's float() does; other keys are kept. When two keys meet, the later value wins at the earlier
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
