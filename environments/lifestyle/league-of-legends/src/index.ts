import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { lolEsportsListSchedules } from './tools/lol-esports-list-schedules.js';
import { lolEsportsListTeamStandings } from './tools/lol-esports-list-team-standings.js';
import { lolGetChampionAnalysis } from './tools/lol-get-champion-analysis.js';
import { lolGetChampionSynergies } from './tools/lol-get-champion-synergies.js';
import { lolGetLaneMatchupGuide } from './tools/lol-get-lane-matchup-guide.js';
import { lolGetProPlayerRiotId } from './tools/lol-get-pro-player-riot-id.js';
import { lolGetSummonerGameDetail } from './tools/lol-get-summoner-game-detail.js';
import { lolGetSummonerProfile } from './tools/lol-get-summoner-profile.js';
import { lolListChampionDetails } from './tools/lol-list-champion-details.js';
import { lolListChampionLeaderboard } from './tools/lol-list-champion-leaderboard.js';
import { lolListChampions } from './tools/lol-list-champions.js';
import { lolListDiscountedSkins } from './tools/lol-list-discounted-skins.js';
import { lolListItems } from './tools/lol-list-items.js';
import { lolListLaneMetaChampions } from './tools/lol-list-lane-meta-champions.js';
import { lolListSummonerMatches } from './tools/lol-list-summoner-matches.js';

export const leagueOfLegends = defineEnvironment({
  name: 'LeagueOfLegends',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'League of Legends data: champions and their statistics, items, summoner profiles and match history, skins on sale, pro players and esports schedules and standings.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    lolGetChampionAnalysis,
    lolGetChampionSynergies,
    lolGetLaneMatchupGuide,
    lolListChampionDetails,
    lolListChampionLeaderboard,
    lolListChampions,
    lolListLaneMetaChampions,
    lolGetSummonerGameDetail,
    lolGetSummonerProfile,
    lolListSummonerMatches,
    lolListDiscountedSkins,
    lolListItems,
    lolGetProPlayerRiotId,
    lolEsportsListSchedules,
    lolEsportsListTeamStandings,
  ],
});

export default leagueOfLegends;
export { scenarioSchema };
export type { LeagueOfLegendsState } from './scenario.js';
