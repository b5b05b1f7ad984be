import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { newId } from '../new-id.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickCreateTask = defineTickTickTool({
  name: 'ticktick_create_task',
  description:
    'Create a pending task with a new uuid id, optionally in a project (not checked to exist; none means an ' +
    'empty project id). priority is 0 none, 1 low, 3 medium or 5 high (0–5 accepted). Returns the id, title, ' +
    'project, due date and priority.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    title: z.string(),
    project_id: z.string().nullable().default(null),
    notes: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    due_date: z.string().nullable().default(null),
    priority: anyInteger().nullable().default(0),
  }),
  handler: (state, args, ctx) => {
    requireText(args.title, 'title');
    const priority = args.priority || 0;
    if (priority < 0 || priority > 5) {
      throw new ToolError(`priority must be between 0 and 5 (0 none, 1 low, 3 medium, 5 high), got ${priority}`);
    }
    const taskId = newId(ctx, state.tasks);
    const projectId = args.project_id || '';
    state.tasks[taskId] = {
      taskId,
      title: args.title,
      project_id: projectId,
      dueDate: args.due_date,
      priority,
      notes: args.notes,
      description: args.description,
      status: 'pending',
    };
    if (args.project_id) state.task_project_mapping[taskId] = args.project_id;
    return { taskId, title: args.title, project_id: projectId, dueDate: args.due_date, priority };
  },
});
