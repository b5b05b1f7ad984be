import { z } from 'zod';
import { requireText, resolveTaskList } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const clearTasks = defineGoogleTasksTool({
  name: 'clear_tasks',
  description: 'Delete every completed task of a list ("@default" for the default list). Returns an empty object.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    const tasklistId = resolveTaskList(state, args.tasklist_id);
    for (const [taskId, task] of Object.entries(state.tasks)) {
      if (task.tasklist_id === tasklistId && task.status === 'completed') delete state.tasks[taskId];
    }
    return {};
  },
});
