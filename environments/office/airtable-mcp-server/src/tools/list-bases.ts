import { z } from 'zod';
import { defineAirtableMcpServerTool } from '../scenario.js';

export const listBases = defineAirtableMcpServerTool({
  name: 'list_bases',
  description: 'Every base of the workspace: {bases: [{id, name, permissionLevel}]}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ bases: state.bases }),
});
