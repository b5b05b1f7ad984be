import { LocalRuntime, type ServerRuntime } from '@envfleet/episodes';
import { argumentsJsonSchema } from '@envfleet/kit';
import { type NumberLens, PLAIN, resultLens, schemaLens } from './number-kinds.js';

/** How a server's saved state and its tools' results are read for floats (see number-kinds.ts). */
export interface ScenarioLenses {
  state: NumberLens;
  result: NumberLens;
}

const NONE: ScenarioLenses = { state: PLAIN, result: PLAIN };
const cache = new WeakMap<ServerRuntime, ScenarioLenses>();

/**
 * The lenses of a server, built once per runtime. Only an environment running in this process has
 * its scenario schema at hand; a remote server's numbers print as they arrive.
 */
export function scenarioLenses(runtime: ServerRuntime): ScenarioLenses {
  if (!(runtime instanceof LocalRuntime)) return NONE;
  let lenses = cache.get(runtime);
  if (!lenses) {
    const schema = argumentsJsonSchema(runtime.environment.scenario);
    lenses = { state: schemaLens(schema), result: resultLens(schema) };
    cache.set(runtime, lenses);
  }
  return lenses;
}
