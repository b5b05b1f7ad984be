import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const getTaskList = defineGoogleTasksTool({
  name: 'get_task_list',
  description: 'Show one task list (id and title). Fails when no list has that id; "@default" is not translated here.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    const list = ownEntry(state.tasklists, args.tasklist_id);
    if (!list) throw new ToolError(`Task list ${args.tasklist_id} not found`);
    return { tasklist_id: list.tasklist_id, title: list.title };
  },
});
