import { z } from 'zod';
import { requireProject, requireText } from '../lookups.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickDeleteProject = defineTickTickTool({
  name: 'ticktick_delete_project',
  description: 'Delete a project for good, with its tasks and its columns.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    project_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.project_id, 'project_id');
    requireProject(state.projects, args.project_id);
    for (const [taskId, task] of Object.entries(state.tasks)) {
      if (task.project_id !== args.project_id) continue;
      delete state.tasks[taskId];
      delete state.task_project_mapping[taskId];
    }
    for (const [columnId, column] of Object.entries(state.columns)) {
      if (column.project_id === args.project_id) delete state.columns[columnId];
    }
    delete state.projects[args.project_id];
    delete state.project_columns[args.project_id];
    return { project_id: args.project_id, deleted: true };
  },
});
