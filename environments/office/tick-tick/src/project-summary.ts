import type { Project } from './scenario.js';

/** What creating or updating a project answers: its id, name, colour and kind. */
export function projectSummary(projectId: string, project: Project) {
  return { project_id: projectId, name: project.name, color: project.color, kind: project.kind };
}
