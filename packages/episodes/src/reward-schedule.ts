import type { RewardScheduler } from '@envfleet/contract';

export interface ScheduleInput {
  tau?: number;
  epoch?: number;
  totalEpochs?: number;
  rewardScheduler?: RewardScheduler;
}

/**
 * The weight of the trace score, as EnvFactory's `RewardScheduler.get_ratio` gives it: an explicit
 * `tau` wins; otherwise the fork's defaults (mode "linear" from 0.9 to 0.1, epoch 1 of 2, which is
 * 0.5). The arithmetic is the fork's, in its order, so the float is the same to the last bit.
 */
export function scheduledTau(input: ScheduleInput): number {
  if (input.tau !== undefined) return input.tau;
  const scheduler = input.rewardScheduler ?? {};
  const mode = scheduler.mode ?? 'linear';
  if (mode === 'fix') return scheduler.default_ratio ?? 0.5;
  const start = scheduler.start_ratio ?? 0.9;
  const end = scheduler.end_ratio ?? 0.1;
  const totalEpochs = Math.max(input.totalEpochs ?? 2, 1);
  const ratio = Math.min((input.epoch ?? 1) / totalEpochs, 1.0);
  return start + (end - start) * ratio;
}
