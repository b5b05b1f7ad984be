import { containsText, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGameTrendingTool } from '../scenario.js';

const PLATFORMS = ['steam', 'epic'] as const;

export const getAppId = defineGameTrendingTool({
  name: 'get_app_id',
  description:
    "Find games whose title contains game_name (case-insensitive) on Steam and Epic, or on one store with platform 'steam' " +
    "or 'epic'. Returns {matches: [...]} with app id, title, platform and store URL; Steam matches come first.",
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    game_name: z.string(),
    platform: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.game_name) throw new ToolError('game_name must be a non-empty string: give part of a game title');
    const { platform } = args;
    if (platform !== null && !(PLATFORMS as readonly string[]).includes(platform)) {
      throw new ToolError(`platform must be 'steam' or 'epic' (or left out to search both), not '${platform}'`);
    }
    const term = args.game_name.toLowerCase();
    const matches = [];
    for (const store of PLATFORMS) {
      if (platform !== null && platform !== store) continue;
      const games = store === 'steam' ? state.steam_games : state.epic_games;
      for (const game of Object.values(games)) {
        if (!containsText(game.name.toLowerCase(), term)) continue;
        matches.push({ app_id: game.app_id, name: game.name, platform: store, store_url: game.store_url ?? '' });
      }
    }
    return { matches };
  },
});
