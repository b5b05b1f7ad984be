/**
 * The compact clock reading that generated commit and branch SHAs end with: the scenario time
 * without "-" and ":", "T" turned into "_", cut to 15 characters ("2025-01-01T09:30:00" gives
 * "20250101_093000"). Characters are code points, as the reference counts them.
 */
export function commitStamp(currentTime: string): string {
  const compact = currentTime.replaceAll(':', '').replaceAll('-', '').replaceAll('T', '_');
  return Array.from(compact).slice(0, 15).join('');
}

/** A path as it appears inside a generated SHA: every "/" becomes "_". */
export function pathInSha(path: string): string {
  return path.replaceAll('/', '_');
}
