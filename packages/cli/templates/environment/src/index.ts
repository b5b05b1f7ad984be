import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { exampleAction } from './tools/example-action.js';

export const exampleEnv = defineEnvironment({
  name: 'ExampleEnv',
  domain: 'utilities',
  version: '0.1.0',
  description: 'TODO(ExampleEnv): one sentence on what an agent can do here.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [exampleAction],
});

export default exampleEnv;
export { scenarioSchema };
export type { ExampleEnvState } from './scenario.js';
