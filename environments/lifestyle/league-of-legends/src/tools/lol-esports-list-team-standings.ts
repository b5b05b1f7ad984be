import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const lolEsportsListTeamStandings = defineLeagueOfLegendsTool({
  name: 'lol_esports_list_team_standings',
  description:
    "A league's standings (rank, team, wins, losses, win rate) as stored: {standings: [...]}; empty for an unknown league. " +
    '`region` is accepted but does not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    league: z.string(),
    region: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.league, 'league', 'LCK');
    const standings = ownEntry(state.team_standings, args.league) ?? [];
    return {
      standings: standings.map(({ rank, team_name, wins, losses, win_rate }) => ({ rank, team_name, wins, losses, win_rate })),
    };
  },
});
