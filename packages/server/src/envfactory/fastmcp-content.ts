import type { JsonValue } from '@envfleet/kit';

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
 * - anything else is `pydantic_core.to_json(value, indent=2)`: two-space indentation, `": "` and
 *   non-ASCII characters as they are — the same text as `JSON.stringify(value, null, 2)`.
 *
 * One difference is out of reach: a Python float with a whole value prints as `10.0`, and the
 * fleet's JSON numbers do not remember that they were floats, so it prints as `10`. Parsed as
 * JSON, both are the same number.
 */
export function fastmcpContent(value: JsonValue): TextBlock[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => fastmcpContent(item));
  if (typeof value === 'string') return [{ type: 'text', text: value }];
  return [{ type: 'text', text: JSON.stringify(value, null, 2) }];
}

/**
 * FastMCP's text for a tool that raised: it wraps the exception as
 * `ToolError(f"Error executing tool {name}: {e}")`, and the result carries that text alone.
 */
export function fastmcpToolError(tool: string, message: string): { content: TextBlock[]; isError: true } {
  return { content: [{ type: 'text', text: `Error executing tool ${tool}: ${message}` }], isError: true };
}
