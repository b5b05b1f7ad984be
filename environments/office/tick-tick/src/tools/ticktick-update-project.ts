import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { requireProject, requireText } from '../lookups.js';
import { projectSummary } from '../project-summary.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickUpdateProject = defineTickTickTool({
  name: 'ticktick_update_project',
  description: 'Change the given settings of a project (name, kind, color, viewMode, sortOrder). Returns its id, name, color and kind.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    project_id: z.string(),
    name: z.string().nullable().default(null),
    kind: z.string().nullable().default(null),
    color: z.string().nullable().default(null),
    viewMode: z.string().nullable().default(null),
    sortOrder: anyInteger().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.project_id, 'project_id');
    const project = requireProject(state.projects, args.project_id);
    if (args.name !== null) project.name = args.name;
    if (args.kind !== null) project.kind = args.kind;
    if (args.color !== null) project.color = args.color;
    if (args.viewMode !== null) project.viewMode = args.viewMode;
    if (args.sortOrder !== null) project.sortOrder = args.sortOrder;
    return projectSummary(args.project_id, project);
  },
});
