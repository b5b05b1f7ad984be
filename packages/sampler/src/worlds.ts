import type { Environment } from '@envfleet/kit';

/**
 * The state each server starts a sampled task from: the named preset where the environment has
 * one, else its default world. Saved, so it is a scenario any episode (and any task) loads as is.
 */
export function startingStates(environments: readonly Environment[], preset: string | undefined): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const env of environments) {
    const state = preset !== undefined && Object.hasOwn(env.presets, preset) ? env.loadPreset(preset) : env.defaultScenario;
    states[env.name] = env.save(state);
  }
  return states;
}
