import { z } from 'zod';
import { requireProject, requireText } from '../lookups.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickGetProjectWithData = defineTickTickTool({
  name: 'ticktick_get_project_with_data',
  description: "Show one project's name with all its tasks (any status) and its columns. Fails for an unknown project.",
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    project_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.project_id, 'project_id');
    const project = requireProject(state.projects, args.project_id);
    return {
      project_id: args.project_id,
      name: project.name,
      tasks: Object.values(state.tasks).filter((task) => task.project_id === args.project_id),
      columns: Object.values(state.columns).filter((column) => column.project_id === args.project_id),
    };
  },
});
