import { buildToolGraph, graphToDot } from '@envfleet/sampler';
import { UsageError } from './new-env.js';
import { serversByName } from './servers-by-name.js';

export const GRAPH_USAGE = 'usage: envfleet graph <Server…> [--format json|dot] [--preset NAME]   (which tool feeds which argument)';

/** `envfleet graph Retail Calendar --format dot`: the tool graph of these servers, as JSON or Graphviz. */
export async function graph(root: string, args: string[], options: { source?: boolean } = {}): Promise<string> {
  const servers: string[] = [];
  let format = 'json';
  let preset: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format' || arg === '--preset') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value\n${GRAPH_USAGE}`);
      if (arg === '--format') format = value;
      else preset = value;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}\n${GRAPH_USAGE}`);
    else servers.push(...arg.split(',').filter((name) => name.length > 0));
  }
  if (format !== 'json' && format !== 'dot') throw new UsageError(`--format is json or dot, not "${format}"\n${GRAPH_USAGE}`);
  if (servers.length === 0) throw new UsageError(`Name at least one server\n${GRAPH_USAGE}`);
  const environments = await serversByName(root, servers, options);
  const built = buildToolGraph(environments, preset === undefined ? {} : { preset });
  return format === 'dot' ? graphToDot(built) : `${JSON.stringify(built, null, 2)}\n`;
}
