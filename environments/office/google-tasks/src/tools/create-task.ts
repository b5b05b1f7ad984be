import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText, resolveTaskList } from '../lookups.js';
import { defineGoogleTasksTool, taskSchema } from '../scenario.js';
import { taskView } from '../task-view.js';

export const createTask = defineGoogleTasksTool({
  name: 'create_task',
  description:
    'Add a task to a list ("@default" for the default list). Its id is "T" followed by the next task number. ' +
    'status is needsAction (default) or completed; due and completed are RFC 3339 UTC times such as ' +
    '2025-03-01T17:00:00Z; title up to 1024 characters, notes up to 8192. Returns the task.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    title: z.string(),
    notes: z.string().nullable().default(null),
    due: z.string().nullable().default(null),
    status: z.string().default('needsAction'),
    completed: z.string().nullable().default(null),
    task_parent: z.string().nullable().default(null),
    task_previous: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    requireText(args.title, 'title');
    const tasklistId = resolveTaskList(state, args.tasklist_id);
    const taskId = `T${state.next_task_id}`;
    const checked = taskSchema.safeParse({
      task_id: taskId,
      title: args.title,
      status: args.status,
      due: args.due,
      completed: args.completed,
      notes: args.notes,
      tasklist_id: tasklistId,
      task_parent: args.task_parent,
      task_previous: args.task_previous,
    });
    if (!checked.success) throw new ToolError(checked.error.issues.map((issue) => issue.message).join('; '));
    state.next_task_id += 1;
    state.tasks[taskId] = checked.data;
    return taskView(checked.data);
  },
});
