import type { EpisodeEngine } from '@envfleet/episodes';
import { canonicalJson, sameJson } from './same-json.js';
import type { SampledTask } from './task.js';

/**
 * Replays a task on a fresh episode from its initial_config: every call must answer as recorded and
 * the state must end as final_config; then evaluating the episode against the task's own ground
 * truth and final_config must score exactly 1. Answers why not, or undefined when it holds.
 */
export async function verifyTask(engine: EpisodeEngine, task: SampledTask): Promise<string | undefined> {
  return (await replayTask(engine, task))?.reason;
}

/** Why a task does not verify, and the call that answered differently when it is one call. */
export interface VerifyFailure {
  reason: string;
  call?: number;
}

export async function replayTask(engine: EpisodeEngine, task: SampledTask): Promise<VerifyFailure | undefined> {
  const { episodeId } = await engine.reset({ servers: task.servers, scenario: task.initial_config });
  try {
    for (const [index, call] of task.calls.entries()) {
      const { results } = await engine.step(episodeId, { calls: [{ name: call.name, arguments: call.arguments }] });
      const result = results[0];
      if (!result || result.isError !== call.isError || !sameJson(result.content, call.content)) {
        return {
          reason: `call ${index + 1} (${call.name}) answered differently on replay: ${clip(canonicalJson(result?.content))} instead of ${clip(canonicalJson(call.content))}`,
          call: index,
        };
      }
    }
    const { state } = await engine.state(episodeId);
    for (const server of task.servers) {
      if (!sameJson(state[server], task.final_config[server]))
        return { reason: `${server}'s state after the replay differs from final_config` };
    }
    const evaluation = await engine.evaluate(episodeId, { groundTruth: task.reward_model.ground_truth, finalConfig: task.final_config });
    if (evaluation.reward !== 1) {
      return {
        reason: `evaluating its own calls scored ${evaluation.reward} (trace ${evaluation.trace}, state ${evaluation.state}), not 1`,
      };
    }
    return undefined;
  } finally {
    await engine.close(episodeId);
  }
}

function clip(text: string | undefined): string {
  if (text === undefined) return 'nothing';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
