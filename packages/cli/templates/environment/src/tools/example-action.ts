import { notImplemented } from '@envfleet/kit';
import { z } from 'zod';
import { defineExampleEnvTool } from '../scenario.js';

export const exampleAction = defineExampleEnvTool({
  name: 'example_action',
  description: 'TODO(ExampleEnv.example_action): what it does, what it returns, and when it fails — in your own words.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({}),
  handler: () => notImplemented('ExampleEnv', 'example_action'),
});
