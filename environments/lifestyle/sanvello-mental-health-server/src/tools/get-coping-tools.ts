import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineSanvelloMentalHealthServerTool } from '../scenario.js';

export const getCopingTools = defineSanvelloMentalHealthServerTool({
  name: 'get_coping_tools',
  description:
    'Lists coping tools, optionally of one type (empty for all): {tools: [{tool_id, name, type, duration_minutes, ' +
    'description, instructions, for_crisis}]}. `situation` is accepted but does not narrow the list.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tool_type: defaultNull(z.string()),
    situation: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const tools = Object.values(state.coping_tools).filter((t) => !args.tool_type || t.type === args.tool_type);
    return { tools: tools.map((t) => ({ ...t, instructions: [...t.instructions] })) };
  },
});
