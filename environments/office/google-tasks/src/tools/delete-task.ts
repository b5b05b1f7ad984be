import { z } from 'zod';
import { requireTaskInList, requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const deleteTask = defineGoogleTasksTool({
  name: 'delete_task',
  description: 'Delete one task; it must belong to tasklist_id, given as the real list id. Returns an empty object.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    task_id: z.string(),
    tasklist_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.task_id, 'task_id');
    requireText(args.tasklist_id, 'tasklist_id');
    requireTaskInList(state.tasks, args.task_id, args.tasklist_id);
    delete state.tasks[args.task_id];
    return {};
  },
});
