import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAppId } from './tools/get-app-id.js';
import { getEpicFreeGames } from './tools/get-epic-free-games.js';
import { getEpicTrendingGames } from './tools/get-epic-trending-games.js';
import { getGameDetails } from './tools/get-game-details.js';
import { getSteamMostPlayed } from './tools/get-steam-most-played.js';
import { getSteamTrendingGames } from './tools/get-steam-trending-games.js';

export const gameTrending = defineEnvironment({
  name: 'GameTrending',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'Game store charts: trending and most-played Steam games, Epic Games Store trends and giveaways, app id search by title and game details.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getSteamTrendingGames, getSteamMostPlayed, getEpicFreeGames, getEpicTrendingGames, getAppId, getGameDetails],
});

export default gameTrending;
export { scenarioSchema };
export type { GameTrendingState } from './scenario.js';
