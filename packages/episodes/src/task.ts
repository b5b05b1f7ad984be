import { type GroundTruthCall, groundTruthCall, taskRow } from '@envfleet/contract';
import { clipText } from '@envfleet/kit';
import { z } from 'zod';
import { badRequest } from './errors.js';
import { describeIssues } from './issues.js';

/** A task as the fleet keeps it: what a reset and an evaluation need, read from an EnvFactory-RL row. */
export interface Task {
  id: string;
  servers: string[];
  /** Each server's scenario; a server left out starts from its default world. */
  initialConfig: Record<string, Record<string, unknown>>;
  groundTruth: GroundTruthCall[];
  finalConfig: Record<string, unknown>;
}

const KWARGS = 'extra_info.mcp_factory_kwargs';
const serverList = z.array(z.string().min(1)).min(1, 'name at least one server');
const configMap = z.record(z.string(), z.unknown());
const scenarioMap = z.record(z.string(), z.record(z.string(), z.unknown()));
const groundTruthList = z.array(groundTruthCall);

/**
 * Reads row `index` of a `POST /v1/tasks` (`tasks[index]`) as rl_dataset.py does: each
 * mcp_factory_kwargs value JSON text or the value itself. Refuses, naming the row and the field, a
 * row the fork could not run: no servers, a server this fleet does not serve, configs of servers
 * the task does not have, a ground truth that is not a list of calls.
 */
export function taskFromRow(row: unknown, index: number, knownServers: readonly string[]): Task {
  const where = `tasks[${index}]`;
  const shape = taskRow.safeParse(row);
  if (!shape.success) throw refused(where, describeIssues(shape.error));
  const { reward_model, extra_info } = shape.data;
  const kwargs = extra_info.mcp_factory_kwargs;

  const rawId = shape.data.id ?? extra_info.index;
  if (rawId === undefined) throw refused(where, ['id: give the task an id (id, or extra_info.index as EnvFactory-RL rows have)']);
  const id = String(rawId);

  const servers = read(where, `${KWARGS}.mcp_servers`, kwargs.mcp_servers, serverList);
  for (const server of servers) {
    if (!knownServers.includes(server)) {
      throw refused(where, [`${KWARGS}.mcp_servers: "${clipText(server)}" is not a server here (${knownServers.join(', ')})`]);
    }
  }
  const initialConfig =
    kwargs.initial_config === undefined || kwargs.initial_config === null
      ? {}
      : read(where, `${KWARGS}.initial_config`, kwargs.initial_config, scenarioMap);
  const finalConfig = read(where, `${KWARGS}.final_config`, kwargs.final_config, configMap);
  for (const [field, config] of [
    ['initial_config', initialConfig],
    ['final_config', finalConfig],
  ] as const) {
    for (const server of Object.keys(config)) {
      if (!servers.includes(server)) {
        throw refused(where, [`${KWARGS}.${field}: "${clipText(server)}" is not among mcp_servers (${servers.join(', ')})`]);
      }
    }
  }
  const groundTruth = read(where, 'reward_model.ground_truth', reward_model.ground_truth, groundTruthList);
  return { id, servers: [...new Set(servers)], initialConfig, groundTruth, finalConfig };
}

/** A field as the fork reads it: JSON text is parsed (text that is not JSON stays text), then checked. */
function read<T>(where: string, field: string, value: unknown, schema: z.ZodType<T>): T {
  let decoded = value;
  if (typeof value === 'string') {
    try {
      decoded = JSON.parse(value);
    } catch {
      decoded = value;
    }
  }
  const parsed = schema.safeParse(decoded);
  if (parsed.success) return parsed.data;
  throw refused(
    where,
    describeIssues(parsed.error).map((line) => (line.startsWith('body: ') ? `${field}: ${line.slice(6)}` : `${field}${prefixOf(line)}`)),
  );
}

/** "[0].name: …" or "Retail: …" after the field's name. */
function prefixOf(line: string): string {
  return line.startsWith('[') ? line : `.${line}`;
}

function refused(where: string, issues: string[]) {
  const named = issues.map((issue) => `${where}.${issue}`);
  return badRequest(`Invalid task ${where} — ${named.join('; ')}`, named);
}
