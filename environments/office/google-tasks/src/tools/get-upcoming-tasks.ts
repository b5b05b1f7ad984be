import { anyInteger, compareCodePoints, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { requireText, resolveTaskList } from '../lookups.js';
import { defineGoogleTasksTool } from '../scenario.js';
import { taskView } from '../task-view.js';
import { upcomingWindow } from '../upcoming-window.js';

export const getUpcomingTasks = defineGoogleTasksTool({
  name: 'get_upcoming_tasks',
  description:
    'Open tasks of a list ("@default" for the default list) due between the scenario clock and days_ahead days ' +
    'later (default 7, must be positive), soonest first; max_results, when positive, caps the count.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tasklist_id: z.string(),
    days_ahead: anyInteger().default(7),
    max_results: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.tasklist_id, 'tasklist_id');
    if (args.days_ahead <= 0) throw new ToolError(`days_ahead must be a positive integer, got ${args.days_ahead}`);
    const tasklistId = resolveTaskList(state, args.tasklist_id);
    const { from, to } = upcomingWindow(state.current_time, args.days_ahead);
    let tasks = Object.values(state.tasks)
      .filter(
        (task) =>
          task.tasklist_id === tasklistId &&
          task.status !== 'completed' &&
          task.due &&
          compareCodePoints(task.due, from) >= 0 &&
          compareCodePoints(task.due, to) <= 0,
      )
      .sort((a, b) => compareCodePoints(a.due ?? '', b.due ?? ''));
    if (args.max_results && args.max_results > 0) tasks = tasks.slice(0, args.max_results);
    return { tasks: tasks.map(taskView) };
  },
});
