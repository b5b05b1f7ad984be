import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ExampleEnv scenario. Every field has a default, so {} loads the
// reference's default world. @scaffold:scenario
export const scenarioSchema = z.object({
  records: z.record(z.string(), z.looseObject({})).default({}),
});

export type ExampleEnvState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of ExampleEnvState. */
export const defineExampleEnvTool = toolsFor<ExampleEnvState>();
