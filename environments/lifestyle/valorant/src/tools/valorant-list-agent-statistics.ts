import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';

export const valorantListAgentStatistics = defineValorantTool({
  name: 'valorant_list_agent_statistics',
  description:
    "Agents' pick rate, win rate and average combat score — one agent's when agent_name is given (none when unknown). " +
    'map_name is accepted and, as in the reference, does not filter.',
  input: z.object({
    agent_name: z.string().nullable().default(null),
    map_name: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.agent_name) return { statistics: Object.values(state.agent_statistics) };
    const one = ownEntry(state.agent_statistics, args.agent_name);
    return { statistics: one ? [one] : [] };
  },
});
