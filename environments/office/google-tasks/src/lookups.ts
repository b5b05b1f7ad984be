import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { GoogleTasksState } from './scenario.js';

/** Refuses an empty identifier or title, as the reference does before anything else. */
export function requireText(value: string, argument: string): void {
  if (!value) throw new ToolError(`${argument} must be a non-empty string`);
}

/**
 * The list a call means: "@default" stands for default_tasklist_id (which need not exist as a
 * list), any other id must be an existing list.
 */
export function resolveTaskList(state: GoogleTasksState, tasklistId: string): string {
  if (tasklistId === '@default') return state.default_tasklist_id;
  if (!hasEntry(state.tasklists, tasklistId)) throw new ToolError(`Task list ${tasklistId} not found`);
  return tasklistId;
}

/**
 * A task that must sit in the named list. The list id is compared as given: the tools that address
 * one task do not translate "@default".
 */
export function requireTaskInList<T extends { tasklist_id: string }>(
  tasks: Readonly<Record<string, T>>,
  taskId: string,
  tasklistId: string,
): T {
  const task = ownEntry(tasks, taskId);
  if (!task) throw new ToolError(`Task ${taskId} not found`);
  if (task.tasklist_id !== tasklistId) {
    throw new ToolError(`Task ${taskId} not found in task list ${tasklistId} (it belongs to ${task.tasklist_id})`);
  }
  return task;
}
