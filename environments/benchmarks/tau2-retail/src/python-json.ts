import { compareCodePoints } from '@envfleet/kit';

/** Python's json.dumps(value, sort_keys=True) of a string-to-string map: ", " and ": " separators,
 *  non-ASCII escaped as \uXXXX (astral characters as surrogate pairs), keys in code point order. */
export function pythonDumpsSortedStringMap(map: Record<string, string>): string {
  const keys = Object.keys(map).sort(compareCodePoints);
  return `{${keys.map((key) => `${asciiJsonString(key)}: ${asciiJsonString(map[key] as string)}`).join(', ')}}`;
}

function asciiJsonString(text: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters as Python does; Python also
  // escapes DEL and every non-ASCII code unit, as lowercase \uXXXX.
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
