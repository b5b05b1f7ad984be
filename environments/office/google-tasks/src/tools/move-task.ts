import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireTaskInList, requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';

export const moveTask = defineGoogleTasksTool({
  name: 'move_task',
  description:
    'Move a task to another list (destination_tasklist, which must exist) and/or set its parent task and the ' +
    'task it follows (parent, previous; these are recorded as given). Returns the task id and its list.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    task_id: z.string(),
    destination_tasklist: z.string().nullable().default(null),
    parent: z.string().nullable().default(null),
    previous: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    requireText(args.task_id, 'task_id');
    const task = requireTaskInList(state.tasks, args.task_id, args.tasklist_id);
    const destination = args.destination_tasklist;
    if (destination && destination !== args.tasklist_id) {
      if (!hasEntry(state.tasklists, destination)) throw new ToolError(`Destination task list ${destination} not found`);
      task.tasklist_id = destination;
    }
    if (args.parent !== null) task.task_parent = args.parent;
    if (args.previous !== null) task.task_previous = args.previous;
    return { task_id: args.task_id, tasklist_id: task.tasklist_id };
  },
});
