/**
 * How servers and tools are named on the wire. A server (an environment's MCP server name, as the
 * catalog spells it) and a tool are both letters, digits and "_"; an episode names a tool of one of
 * its servers `Server-tool`, which is why neither part may hold a "-".
 */
export const NAME_PATTERN = /^[A-Za-z0-9_]+$/;

/** Whether `name` can be a server's or a tool's name. */
export function isPlainName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

/** `Server-tool`: a tool as an episode with several servers names it. */
export function qualifiedToolName(server: string, tool: string): string {
  return `${server}-${tool}`;
}

/**
 * The server and tool of a `Server-tool` name (split at the first "-"), or undefined for a name
 * with no "-" after its first character (a bare tool name).
 */
export function splitToolName(name: string): { server: string; tool: string } | undefined {
  const dash = name.indexOf('-');
  return dash > 0 ? { server: name.slice(0, dash), tool: name.slice(dash + 1) } : undefined;
}
