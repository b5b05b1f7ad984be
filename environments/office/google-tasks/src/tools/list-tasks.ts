import { anyInteger, compareCodePoints } from '@envfleet/kit';
import { z } from 'zod';
import { requireText, resolveTaskList } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';
import { taskView } from '../task-view.js';

export const listTasks = defineGoogleTasksTool({
  name: 'list_tasks',
  description:
    'List the tasks of one list ("@default" for the default list) in creation order. show_completed: false hides ' +
    'completed tasks; due_min / due_max (RFC 3339, e.g. 2025-03-01T00:00:00Z) keep tasks due in that range, and ' +
    'tasks without a due date always pass; max_results, when positive, caps the count.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    max_results: anyInteger().nullable().default(null),
    show_completed: z.boolean().default(true),
    due_min: z.string().nullable().default(null),
    due_max: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    const tasklistId = resolveTaskList(state, args.tasklist_id);
    const { due_min: dueMin, due_max: dueMax } = args;
    // Due dates are compared as text, code point by code point, as the reference compares them.
    let tasks = Object.values(state.tasks).filter(
      (task) =>
        task.tasklist_id === tasklistId &&
        (args.show_completed || task.status !== 'completed') &&
        !(dueMin && task.due && compareCodePoints(task.due, dueMin) < 0) &&
        !(dueMax && task.due && compareCodePoints(task.due, dueMax) > 0),
    );
    if (args.max_results && args.max_results > 0) tasks = tasks.slice(0, args.max_results);
    return { tasks: tasks.map(taskView) };
  },
});
