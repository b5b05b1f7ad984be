import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const updateTaskList = defineGoogleTasksTool({
  name: 'update_task_list',
  description: 'Rename a task list. The title must not be empty. Returns the list id and its new title.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    title: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    requireText(args.title, 'title');
    const list = ownEntry(state.tasklists, args.tasklist_id);
    if (!list) throw new ToolError(`Task list ${args.tasklist_id} not found`);
    // Like the reference, a rename is not held to the 1024-character limit of a new list.
    list.title = args.title;
    return { tasklist_id: args.tasklist_id, title: args.title };
  },
});
