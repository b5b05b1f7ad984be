import { z } from 'zod';
import { defineTickTickTool } from '../scenario.js';

export const ticktickGetUserProject = defineTickTickTool({
  name: 'ticktick_get_user_project',
  description: 'List every project of the user with all its settings (id, name, color, kind, viewMode, sortOrder).',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ projects: Object.values(state.projects) }),
});
