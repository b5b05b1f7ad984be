import { ownEntry, ToolError } from '@envfleet/kit';

/** Refuses an empty identifier, name or title, as the reference does before anything else. */
export function requireText(value: string, argument: string): void {
  if (!value) throw new ToolError(`${argument} must be a non-empty string`);
}

export function requireProject<P>(projects: Readonly<Record<string, P>>, projectId: string): P {
  const project = ownEntry(projects, projectId);
  if (!project) throw new ToolError(`Project ${projectId} not found: ticktick_get_user_project lists the projects`);
  return project;
}

export function requireTask<T>(tasks: Readonly<Record<string, T>>, taskId: string): T {
  const task = ownEntry(tasks, taskId);
  if (!task) throw new ToolError(`Task ${taskId} not found`);
  return task;
}
