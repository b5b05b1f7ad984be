import type { Task } from './scenario.js';

/** What the tools show of a task: everything but its place in the hierarchy (parent, previous). */
export function taskView(task: Task) {
  return {
    task_id: task.task_id,
    title: task.title,
    status: task.status,
    due: task.due,
    completed: task.completed,
    notes: task.notes,
    tasklist_id: task.tasklist_id,
  };
}
