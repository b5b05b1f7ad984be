import { pythonNumberRepr, pythonStr } from '@envfleet/kit';

/**
 * The text BFCL's executor keeps for a call's result, which its response check compares: a string
 * as is, a dict as Python's `json.dumps` writes it, anything else as Python's `str`, and a failed
 * call as "Error during execution: <message>". Numbers come out as JavaScript holds them, so a
 * Python float such as 10.0 reads "10" here; both sides of a comparison made here agree on that.
 */
export function bfclResultText(result: { isError: boolean; content: unknown }): string {
  if (result.isError) {
    const message = (result.content as { message?: unknown } | null)?.message;
    return `Error during execution: ${typeof message === 'string' ? message : pythonStr(result.content)}`;
  }
  const content = result.content;
  if (content !== null && typeof content === 'object' && !Array.isArray(content)) return pythonJsonDumps(content);
  return pythonStr(content);
}

/** `json.dumps(value)` with Python's defaults: ", " and ": " separators, non-ASCII as \uXXXX. */
export function pythonJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return pythonNumberRepr(value);
  }
  if (typeof value === 'string') return asciiJsonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${asciiJsonString(key)}: ${pythonJsonDumps(item)}`).join(', ')}}`;
  }
  return asciiJsonString(String(value));
}

function asciiJsonString(text: string): string {
  return JSON.stringify(text).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
