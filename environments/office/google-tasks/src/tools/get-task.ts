import { z } from 'zod';
import { requireTaskInList, requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';
import { taskView } from '../task-view.js';

export const getTask = defineGoogleTasksTool({
  name: 'get_task',
  description:
    'Show one task: title, status, due, completed, notes and its list. The task must belong to tasklist_id, ' +
    'given as the real list id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    task_id: z.string(),
    tasklist_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.task_id, 'task_id');
    requireText(args.tasklist_id, 'tasklist_id');
    return taskView(requireTaskInList(state.tasks, args.task_id, args.tasklist_id));
  },
});
