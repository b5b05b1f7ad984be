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
  return [{ type: 'text', text: pydanticJson(value, lens) }];
}

/** `pydantic_core.to_json(value, indent=2)` of a JSON value, numbers read through `lens`. */
export function pydanticJson(value: JsonValue, lens: NumberLens = PLAIN): string {
  const parts: string[] = [];
  write(value, lens, '\n', parts);
  return parts.join('');
}

// One buffer for the whole text: states run to megabytes, and joining per level would copy each
// part once per level above it. `newline` carries the current indentation.
function write(value: JsonValue, lens: NumberLens, newline: string, parts: string[]): void {
  if (typeof value === 'number') {
    // From 1e21 up a JSON number can only have been a float.
    parts.push(Number.isInteger(value) && !lens.float && Math.abs(value) < 1e21 ? String(value) : pydanticFloatText(value));
    return;
  }
  if (value === null || typeof value !== 'object') {
    parts.push(JSON.stringify(value));
    return;
  }
  const inner = `${newline}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      parts.push('[]');
      return;
    }
    for (let index = 0; index < value.length; index++) {
      parts.push(index === 0 ? `[${inner}` : `,${inner}`);
      write(value[index] as JsonValue, lens.child(index), inner, parts);
    }
    parts.push(`${newline}]`);
    return;
  }
  let first = true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    parts.push(first ? `{${inner}` : `,${inner}`, JSON.stringify(key), ': ');
    first = false;
    write(value[key] as JsonValue, lens.child(key), inner, parts);
  }
  parts.push(first ? '{}' : `${newline}}`);
}

/**
 * FastMCP's text for a tool that raised: it wraps the exception as
 * `ToolError(f"Error executing tool {name}: {e}")`, and the result carries that text alone.
 */
export function fastmcpToolError(tool: string, message: string): { content: TextBlock[]; isError: true } {
  return { content: [{ type: 'text', text: `Error executing tool ${tool}: ${message}` }], isError: true };
}
