import { fileURLToPath } from 'node:url';
import { environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import type { Environment } from '@envfleet/kit';
import type { EnvironmentFacts } from './generate/cases.js';
import { statePools } from './generate/state-pools.js';

/** The checkout this harness runs in (found from its own file, in sources and in its bundle alike). */
export const workspaceRoot = findWorkspaceRoot(fileURLToPath(new URL('.', import.meta.url)));

/**
 * The environments of the workspace, found and loaded from their builds exactly as the gateway
 * finds them (a folder under environments/ is all it takes), optionally only those named.
 */
export async function loadFleet(only?: readonly string[]): Promise<Environment[]> {
  const packages = environmentPackages(workspaceRoot);
  const wanted = only?.map((name) => name.toLowerCase());
  const unknown = wanted?.filter((name) => !packages.some((pkg) => pkg.server.toLowerCase() === name)) ?? [];
  if (unknown.length) {
    throw new Error(`--env: no environment named ${unknown.join(', ')} (found: ${packages.map((pkg) => pkg.server).join(', ')})`);
  }
  const chosen = wanted ? packages.filter((pkg) => wanted.includes(pkg.server.toLowerCase())) : packages;
  const loaded = await Promise.allSettled(chosen.map((pkg) => loadEnvironments([pkg])));
  const failures = loaded.flatMap((outcome, i) =>
    outcome.status === 'rejected'
      ? [`${chosen[i]?.server}: ${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}`]
      : [],
  );
  if (failures.length) throw new Error(`Some environments do not load (run \`pnpm build\`, or fix them):\n  ${failures.join('\n  ')}`);
  return loaded.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
}

/** What case generation needs from an environment; the same in every process that generates. */
export function environmentFacts(env: Environment): EnvironmentFacts {
  const hasDemoPreset = Object.hasOwn(env.presets, 'demo');
  const demoScenario = env.save(hasDemoPreset ? env.loadPreset('demo') : env.defaultScenario);
  return {
    server: env.name,
    tools: [...env.tools.values()].map((tool) => ({
      name: tool.name,
      inputSchema: tool.inputSchema,
      readOnly: tool.annotations.readOnlyHint === true,
    })),
    pools: statePools(demoScenario),
    demoScenario,
    hasDemoPreset,
  };
}

/** The reset body that starts every step case: the demo world (or the default one), a fixed seed. */
export function startingReset(facts: EnvironmentFacts): { servers: string[]; presets?: Record<string, string>; seed: number } {
  return { servers: [facts.server], ...(facts.hasDemoPreset ? { presets: { [facts.server]: 'demo' } } : {}), seed: 7 };
}
