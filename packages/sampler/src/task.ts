import type { GroundTruthCall } from '@envfleet/contract';
import { md5Hex } from '@envfleet/kit';
import { canonicalJson } from './same-json.js';

/** One call of a sampled task, as `envfleet export` writes calls. */
export interface SampledCall {
  name: string;
  arguments: Record<string, unknown>;
  isError: boolean;
  content: unknown;
  step: number;
}

/**
 * A sampled task, one JSONL line: the fields `envfleet export` writes (servers, initial_config,
 * calls, final_config) and, beside them, the EnvFactory-RL fields `POST /v1/tasks` and `envfleet
 * tasks import` read (id, reward_model.ground_truth, extra_info.mcp_factory_kwargs), so one file
 * serves as training data and as tasks the fleet resets from and scores against.
 */
export interface SampledTask {
  id: string;
  data_source: 'envfleet-sampler';
  servers: string[];
  initial_config: Record<string, unknown>;
  calls: SampledCall[];
  final_config: Record<string, unknown>;
  reward_model: { style: 'rule'; ground_truth: GroundTruthCall[] };
  extra_info: {
    index: string;
    mcp_factory_kwargs: { mcp_servers: string[]; initial_config: Record<string, unknown>; final_config: Record<string, unknown> };
  };
}

/** What makes two tasks the same: their servers, where they start and the calls they make. */
export function taskKey(servers: readonly string[], initial: Record<string, unknown>, calls: readonly SampledCall[]): string {
  return md5Hex(
    canonicalJson({ servers, initial: md5Hex(canonicalJson(initial)), calls: calls.map((call) => [call.name, call.arguments]) }),
  );
}

export function sampledTask(
  servers: string[],
  initial: Record<string, unknown>,
  calls: SampledCall[],
  final: Record<string, unknown>,
): SampledTask {
  const id = `sample-${taskKey(servers, initial, calls).slice(0, 16)}`;
  return {
    id,
    data_source: 'envfleet-sampler',
    servers,
    initial_config: initial,
    calls,
    final_config: final,
    reward_model: { style: 'rule', ground_truth: calls.map((call) => ({ name: call.name, arguments: call.arguments })) },
    extra_info: { index: id, mcp_factory_kwargs: { mcp_servers: servers, initial_config: initial, final_config: final } },
  };
}
