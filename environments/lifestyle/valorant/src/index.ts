import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { valorantListAgentCompositionsForMap } from './tools/valorant-list-agent-compositions-for-map.js';
import { valorantListAgentStatistics } from './tools/valorant-list-agent-statistics.js';
import { valorantListAgents } from './tools/valorant-list-agents.js';
import { valorantListLeaderboard } from './tools/valorant-list-leaderboard.js';
import { valorantListMaps } from './tools/valorant-list-maps.js';
import { valorantListPlayerMatches } from './tools/valorant-list-player-matches.js';

export const valorant = defineEnvironment({
  name: 'Valorant',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "Valorant game data: agents and maps, a player's match history, regional leaderboards, team compositions per map and agent statistics.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    valorantListAgentCompositionsForMap,
    valorantListAgentStatistics,
    valorantListAgents,
    valorantListLeaderboard,
    valorantListMaps,
    valorantListPlayerMatches,
  ],
});

export default valorant;
export { scenarioSchema };
export type { ValorantState } from './scenario.js';
