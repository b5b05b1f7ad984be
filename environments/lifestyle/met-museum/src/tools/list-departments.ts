import { z } from 'zod';
import { defineMetMuseumTool } from '../scenario.js';

export const listDepartments = defineMetMuseumTool({
  name: 'list_departments',
  description: "The Met's curatorial departments: {departments: [{departmentId, displayName}]}; use the id to filter searches.",
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ departments: state.departments.map(({ departmentId, displayName }) => ({ departmentId, displayName })) }),
});
