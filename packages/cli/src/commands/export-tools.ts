import { writeFileSync } from 'node:fs';
import { environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { type Environment, qualifiedToolName } from '@envfleet/kit';
import { renderTools, type Tool, type ToolFormat, toolFormats } from '@envfleet/server';
import { UsageError } from './new-env.js';

export const EXPORT_TOOLS_USAGE =
  'usage: envfleet export tools --format openai|verl|mcp [--servers A,B] [--class-name PKG.Class] [--out FILE]';

interface Options {
  format?: string;
  servers?: string;
  'class-name'?: string;
  out?: string;
}

/**
 * `envfleet export tools --format openai|verl`: the tools of every environment of the workspace
 * (or of `--servers`), named `Server-tool`, as `GET /v1/environments/{A,B}/tools?format=…` answers
 * them — OpenAI function-calling tools, or a verl tool config file (`--class-name`: the BaseTool
 * subclass each entry names). Written to `--out`, or returned.
 */
export async function exportTools(
  root: string,
  args: string[],
  load: { source?: boolean } = {},
): Promise<{ json: string; out?: string; tools: number }> {
  const options = readOptions(args);
  const format = formatOf(options.format);
  if (options['class-name'] !== undefined && format !== 'verl') {
    throw new UsageError(`--class-name is for --format verl only (the class each verl tool entry names)\n${EXPORT_TOOLS_USAGE}`);
  }
  const packages = environmentPackages(findWorkspaceRoot(root));
  const present = packages.map((pkg) => pkg.server);
  const servers = options.servers === undefined ? present : serversOf(options.servers, present);
  const chosen = servers.map((server) => packages.find((pkg) => pkg.server === server) as (typeof packages)[number]);
  const environments = await loadEnvironments(chosen, load);
  const tools = environments.flatMap(toolsOf);
  const className = options['class-name'];
  const json = `${JSON.stringify(renderTools(tools, format, className !== undefined ? { className } : {}), null, 2)}\n`;
  if (options.out !== undefined) writeFileSync(options.out, json);
  return { json, tools: tools.length, ...(options.out !== undefined ? { out: options.out } : {}) };
}

/** An environment's tools as an episode lists them (`GET …/tools?format=mcp`). */
function toolsOf(environment: Environment): Tool[] {
  return [...environment.tools.values()].map((tool) => ({
    name: qualifiedToolName(environment.name, tool.name),
    description: tool.description,
    inputSchema: tool.inputSchema,
    annotations: { ...tool.annotations },
  }));
}

function formatOf(format: string | undefined): ToolFormat {
  if (format === undefined) throw new UsageError(`--format is required: openai or verl (or mcp)\n${EXPORT_TOOLS_USAGE}`);
  if (!(toolFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is none of ${toolFormats.join(', ')}\n${EXPORT_TOOLS_USAGE}`);
  }
  return format as ToolFormat;
}

function serversOf(list: string, present: string[]): string[] {
  const servers = [...new Set(list.split(',').map((name) => name.trim()))].filter((name) => name !== '');
  if (servers.length === 0) throw new UsageError(`--servers names no server\n${EXPORT_TOOLS_USAGE}`);
  const unknown = servers.filter((name) => !present.includes(name));
  if (unknown.length > 0) throw new UsageError(`--servers names servers this workspace does not have: ${unknown.join(', ')}`);
  return servers;
}

function readOptions(args: string[]): Options {
  const options: Options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.slice(2) as keyof Options;
    if (!['--format', '--servers', '--class-name', '--out'].includes(arg)) {
      throw new UsageError(`Unknown argument ${arg}\n${EXPORT_TOOLS_USAGE}`);
    }
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value\n${EXPORT_TOOLS_USAGE}`);
    options[name] = value;
  }
  return options;
}
