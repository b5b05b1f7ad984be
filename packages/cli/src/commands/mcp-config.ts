import { writeFileSync } from 'node:fs';
import { environmentPackages, findWorkspaceRoot } from '@envfleet/gateway';
import { UsageError } from './new-env.js';

export const MCP_CONFIG_USAGE = 'usage: envfleet export mcp-config --base URL [--env A,B] [--out FILE]';

/**
 * `envfleet export mcp-config --base URL`: the `mcp_server.json` EnvFactory's VeRL fork reads
 * (`MCP_CONFIG_PATH`), with each server's `tool_path` at the fleet's `/envfactory/{Server}/mcp`,
 * so its manager, data and reward run against the fleet with nothing else changed. Every
 * environment of the workspace, or those named by `--env`. Written to `--out`, or returned.
 */
export function mcpConfig(root: string, args: string[]): { json: string; out?: string; servers: string[] } {
  const options = readOptions(args);
  const base = baseUrl(options.base);
  const present = environmentPackages(findWorkspaceRoot(root)).map((pkg) => pkg.server);
  let servers = present;
  if (options.env !== undefined) {
    servers = [...new Set(options.env.split(',').map((name) => name.trim()))].filter((name) => name !== '');
    if (servers.length === 0) throw new UsageError(`--env names no server\n${MCP_CONFIG_USAGE}`);
    const unknown = servers.filter((name) => !present.includes(name));
    if (unknown.length > 0) throw new UsageError(`--env names servers this workspace does not have: ${unknown.join(', ')}`);
  }
  const mcpServers = Object.fromEntries(
    servers.map((name) => [name, { tool_path: `${base}/envfactory/${encodeURIComponent(name)}/mcp`, stateless: false }]),
  );
  const json = `${JSON.stringify({ mcpServers }, null, 4)}\n`;
  if (options.out !== undefined) writeFileSync(options.out, json);
  return { json, servers, ...(options.out !== undefined ? { out: options.out } : {}) };
}

function readOptions(args: string[]): { base?: string; env?: string; out?: string } {
  const options: { base?: string; env?: string; out?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg !== '--base' && arg !== '--env' && arg !== '--out') throw new UsageError(`Unknown argument ${arg}\n${MCP_CONFIG_USAGE}`);
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value\n${MCP_CONFIG_USAGE}`);
    options[arg.slice(2) as 'base' | 'env' | 'out'] = value;
  }
  return options;
}

/** The fleet's base URL without a trailing slash; a path prefix (behind a proxy) is kept. */
function baseUrl(base: string | undefined): string {
  if (base === undefined)
    throw new UsageError(`--base is required: the URL the fleet is reached at, e.g. http://127.0.0.1:8080\n${MCP_CONFIG_USAGE}`);
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`--base "${base}" is not a URL: give one like http://127.0.0.1:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--base "${base}" must be an http:// or https:// URL (fastmcp's Client reaches a server over HTTP at it)`);
  if (url.search || url.hash)
    throw new UsageError(`--base "${base}" must not have a query or fragment: the server paths are appended to it`);
  if (url.username || url.password) throw new UsageError(`--base "${base}" must not carry credentials`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
