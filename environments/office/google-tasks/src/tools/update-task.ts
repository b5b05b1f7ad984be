import { z } from 'zod';
import { requireTaskInList, requireText } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';
import { taskView } from '../task-view.js';

export const updateTask = defineGoogleTasksTool({
  name: 'update_task',
  description:
    'Change the given fields of a task (title, notes, due, status, completed); omitted fields stay. The task ' +
    'must belong to tasklist_id, given as the real list id. Returns the task.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    task_id: z.string(),
    title: z.string().nullable().default(null),
    notes: z.string().nullable().default(null),
    due: z.string().nullable().default(null),
    status: z.string().nullable().default(null),
    completed: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    requireText(args.task_id, 'task_id');
    const task = requireTaskInList(state.tasks, args.task_id, args.tasklist_id);
    // The reference assigns without re-checking the task's formats; so do we, to answer alike.
    if (args.title !== null) task.title = args.title;
    if (args.notes !== null) task.notes = args.notes;
    if (args.due !== null) task.due = args.due;
    if (args.status !== null) task.status = args.status;
    if (args.completed !== null) task.completed = args.completed;
    return taskView(task);
  },
});
