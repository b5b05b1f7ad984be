import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';

export const valorantListAgentCompositionsForMap = defineValorantTool({
  name: 'valorant_list_agent_compositions_for_map',
  description: 'Team compositions played on a map, with win and play rates and a note on strategy: {compositions: [...]}.',
  input: z.object({
    map_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.map_name) throw new ToolError('Map name must be a non-empty string');
    return { compositions: ownEntry(state.agent_compositions, args.map_name) ?? [] };
  },
});
