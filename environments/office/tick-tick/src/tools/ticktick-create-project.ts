import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { requireText } from '../lookups.js';
import { newId } from '../new-id.js';
import { projectSummary } from '../project-summary.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickCreateProject = defineTickTickTool({
  name: 'ticktick_create_project',
  description:
    'Create a project with a new uuid id. kind defaults to TASK and color to #F18181 (also when given empty). ' +
    'Returns the id, name, color and kind.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    name: z.string(),
    kind: z.string().nullable().default('TASK'),
    color: z.string().nullable().default('#F18181'),
    viewMode: z.string().nullable().default(null),
    sortOrder: anyInteger().nullable().default(null),
  }),
  handler: (state, args, ctx) => {
    requireText(args.name, 'name');
    const projectId = newId(ctx, state.projects);
    const project = {
      project_id: projectId,
      name: args.name,
      color: args.color || '#F18181',
      kind: args.kind || 'TASK',
      viewMode: args.viewMode,
      sortOrder: args.sortOrder,
    };
    state.projects[projectId] = project;
    state.project_columns[projectId] = [];
    return projectSummary(projectId, project);
  },
});
