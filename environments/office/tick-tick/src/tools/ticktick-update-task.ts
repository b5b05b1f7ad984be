import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { requireTask, requireText } from '../lookups.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickUpdateTask = defineTickTickTool({
  name: 'ticktick_update_task',
  description:
    'Change the given fields of a task (title, notes, description, due_date, priority) and file it under ' +
    'project_id, which is required and not checked to exist. Returns the id, title, project, due date and priority.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    task_id: z.string(),
    project_id: z.string(),
    title: z.string().nullable().default(null),
    notes: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    due_date: z.string().nullable().default(null),
    priority: anyInteger().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.task_id, 'task_id');
    requireText(args.project_id, 'project_id');
    const task = requireTask(state.tasks, args.task_id);
    // Like the reference, an update is not held to the 0–5 priority range that creation enforces.
    if (args.title !== null) task.title = args.title;
    if (args.notes !== null) task.notes = args.notes;
    if (args.description !== null) task.description = args.description;
    if (args.due_date !== null) task.dueDate = args.due_date;
    if (args.priority !== null) task.priority = args.priority;
    task.project_id = args.project_id;
    state.task_project_mapping[args.task_id] = args.project_id;
    return { taskId: args.task_id, title: task.title, project_id: args.project_id, dueDate: task.dueDate, priority: task.priority };
  },
});
