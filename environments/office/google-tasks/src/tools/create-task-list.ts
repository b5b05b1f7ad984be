import { codePointLength, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const createTaskList = defineGoogleTasksTool({
  name: 'create_task_list',
  description:
    'Create a task list with the given title (1 to 1024 characters). Its id is "TL" followed by the next list ' +
    'number (TL1, TL2, …). Returns the new id and title.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_title: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_title, 'tasklist_title');
    if (codePointLength(args.tasklist_title) > 1024) {
      throw new ToolError('tasklist_title must be at most 1024 characters: shorten the title');
    }
    const tasklistId = `TL${state.next_tasklist_id}`;
    state.next_tasklist_id += 1;
    state.tasklists[tasklistId] = { tasklist_id: tasklistId, title: args.tasklist_title };
    return { tasklist_id: tasklistId, title: args.tasklist_title };
  },
});
