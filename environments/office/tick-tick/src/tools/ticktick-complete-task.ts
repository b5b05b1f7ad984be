import { z } from 'zod';
import { requireTask, requireText } from '../lookups.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickCompleteTask = defineTickTickTool({
  name: 'ticktick_complete_task',
  description:
    'Mark a task completed. project_id is required and echoed back, but the task is found by its id alone. ' +
    'Returns the task id, project id and "completed".',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    task_id: z.string(),
    project_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.task_id, 'task_id');
    requireText(args.project_id, 'project_id');
    requireTask(state.tasks, args.task_id).status = 'completed';
    return { task_id: args.task_id, project_id: args.project_id, status: 'completed' };
  },
});
