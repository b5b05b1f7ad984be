import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const deleteTaskList = defineGoogleTasksTool({
  name: 'delete_task_list',
  description: 'Delete a task list together with every task in it. Returns an empty object.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    if (!hasEntry(state.tasklists, args.tasklist_id)) throw new ToolError(`Task list ${args.tasklist_id} not found`);
    for (const [taskId, task] of Object.entries(state.tasks)) {
      if (task.tasklist_id === args.tasklist_id) delete state.tasks[taskId];
    }
    delete state.tasklists[args.tasklist_id];
    return {};
  },
});
