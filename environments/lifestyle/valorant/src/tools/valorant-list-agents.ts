import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const valorantListAgents = defineValorantTool({
  name: 'valorant_list_agents',
  description: 'Valorant agents with role, description and abilities, the first `limit` when given: {agents: [...]}.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({ agents: firstUpTo(Object.values(state.agents), args.limit) }),
});
