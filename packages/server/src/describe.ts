import type { Environment } from '@envfleet/kit';

/** How `GET /v1/environments` describes an environment (tool names bare, as in the catalog). */
export function describeEnvironment(env: Environment) {
  return {
    name: env.name,
    domain: env.domain,
    version: env.version,
    description: env.description,
    presets: Object.keys(env.presets),
    tools: [...env.tools.values()].map((tool) => ({
      name: tool.name,
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: tool.annotations,
    })),
  };
}
