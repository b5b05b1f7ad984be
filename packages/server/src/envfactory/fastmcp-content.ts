import type { JsonValue } from '@envfleet/kit';
import { type NumberLens, PLAIN } from './number-kinds.js';
import { pydanticFloatText } from './pydantic-float.js';

export interface TextBlock {
  type: 'text';
  text: string;
}

/**
 * The content a FastMCP server (Python `mcp` SDK, `mcp.server.fastmcp`, `_convert_to_content`)
 * sends for a tool's return value, so that a client joining the texts (EnvFactory's VeRL manager
 * does `",".join(item.text …)`) reads what it reads against the reference servers:
 *
 * - `None` is no content at all (the join gives "");
 * - a string is sent as it is, unquoted;
 * - a list is flattened, one block per item (nested lists too), so an empty list is no content;
 * - anything else is `pydantic_core.to_json(value, indent=2)`: two-space indentation, `": "`,
 *   non-ASCII characters as they are, floats in pydantic's layout (`10.0`, `1e+16`, `0.00001`).
 *
 * JSON numbers do not remember whether they were floats, so `lens` says which whole numbers the
 * reference held as floats (from the scenario's schema, see number-kinds.ts); without one, a whole
 * number prints as an int.
 */
export function fastmcpContent(value: JsonValue, lens: NumberLens = PLAIN): TextBlock[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fastmcpContent(item, lens.child(index)));
  if (typeof value === 'string') return [{ type: 'text', text: value }];
  return [{ type: 'text', text: pydanticJson(value, lens, '') }];
}

/** `pydantic_core.to_json(value, indent=2)` of a JSON value, numbers read through `lens`. */
export function pydanticJson(value: JsonValue, lens: NumberLens = PLAIN, indent = ''): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // From 1e21 up a JSON number can only have been a float.
    return Number.isInteger(value) && !lens.float && Math.abs(value) < 1e21 ? String(value) : pydanticFloatText(value);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, index) => `${inner}${pydanticJson(item, lens.child(index), inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const members = entries.map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${pydanticJson(item as JsonValue, lens.child(key), inner)}`,
  );
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/**
 * FastMCP's text for a tool that raised: it wraps the exception as
 * `ToolError(f"Error executing tool {name}: {e}")`, and the result carries that text alone.
 */
export function fastmcpToolError(tool: string, message: string): { content: TextBlock[]; isError: true } {
  return { content: [{ type: 'text', text: `Error executing tool ${tool}: ${message}` }], isError: true };
}
