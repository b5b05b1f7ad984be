import { EpisodeError } from '@envfleet/episodes';

/** NeMo Gym's keys for where a verify response sits in a rollout collection (`global_config.py`). */
const TASK_INDEX = '_ng_task_index';
const ROLLOUT_INDEX = '_ng_rollout_index';

type Stats = Record<string, number>;

/**
 * `POST /aggregate_metrics`: what NeMo Gym's rollout collection asks every resources server (through
 * its agent) once the rollouts are in, answered as its default `compute_aggregate_metrics` answers:
 * for each numeric top-level field of the verify responses (booleans as 0/1, plus
 * `response.usage`), `mean/`, `max/`, `min/`, `median/` and `std/` over all of them
 * (`agent_metrics`) and per task index (`group_level_metrics`), and the means as `key_metrics`.
 * Its histograms, samples and rollout listings are left out: they are for its own report files.
 */
export function aggregateMetrics(body: unknown): { group_level_metrics: Stats[]; agent_metrics: Stats; key_metrics: Stats } {
  const responses = (body as { verify_responses?: unknown } | null)?.verify_responses;
  if (!Array.isArray(responses) || responses.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
    throw new EpisodeError(
      'bad_request',
      'The body of aggregate_metrics is {"verify_responses": [...]}, a list of the JSON objects verify answered',
    );
  }
  if (responses.length === 0) return { group_level_metrics: [], agent_metrics: {}, key_metrics: {} };
  const rows = responses.map((response) => numericFields(response as Record<string, unknown>));
  const byTask = new Map<number, Record<string, number>[]>();
  for (const [index, response] of responses.entries()) {
    const task = Number((response as Record<string, unknown>)[TASK_INDEX] ?? 0);
    byTask.set(task, [...(byTask.get(task) ?? []), rows[index] as Record<string, number>]);
  }
  const agent = describe(rows);
  return {
    group_level_metrics: [...byTask.entries()]
      .sort(([a], [b]) => a - b)
      .map(([task, group]) => ({ ...describe(group), [TASK_INDEX]: task })),
    agent_metrics: agent,
    key_metrics: Object.fromEntries(Object.entries(agent).filter(([key]) => key.startsWith('mean/'))),
  };
}

function numericFields(response: Record<string, unknown>): Record<string, number> {
  const usage = (response.response as { usage?: unknown } | undefined)?.usage;
  const fields: Record<string, number> = {};
  for (const [key, value] of Object.entries({ ...response, ...(typeof usage === 'object' && usage !== null ? usage : {}) })) {
    if (key === TASK_INDEX || key === ROLLOUT_INDEX) continue;
    if (typeof value === 'boolean') fields[key] = value ? 1 : 0;
    else if (typeof value === 'number' && Number.isFinite(value)) fields[key] = value;
  }
  return fields;
}

/** pandas' `describe` of each column, as NeMo Gym names them: `stat/field`; std is the sample one, 0 for one value. */
function describe(rows: Record<string, number>[]): Stats {
  const columns = new Map<string, number[]>();
  for (const row of rows) for (const [key, value] of Object.entries(row)) columns.set(key, [...(columns.get(key) ?? []), value]);
  const stats: Stats = {};
  for (const [key, values] of columns) {
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const middle = sorted.length / 2;
    stats[`mean/${key}`] = mean;
    stats[`max/${key}`] = sorted[sorted.length - 1] as number;
    stats[`min/${key}`] = sorted[0] as number;
    stats[`median/${key}`] =
      sorted.length % 2 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    stats[`std/${key}`] =
      values.length < 2 ? 0 : Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
  }
  return stats;
}
