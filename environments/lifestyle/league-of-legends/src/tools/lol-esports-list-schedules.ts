import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';

export const lolEsportsListSchedules = defineLeagueOfLegendsTool({
  name: 'lol_esports_list_schedules',
  description:
    'Esports matches on the schedule (league, teams, time, status), of one league when `league` is given, the first `limit` ' +
    'when given: {schedules: [...]}. Matches carry no region, so a `region` filter is refused whenever a match would be checked against it.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    league: z.string().nullable().default(null),
    region: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkLimit(args.limit);
    const schedules = state.esports_schedule.filter((match) => !args.league || match.league === args.league);
    // The reference reads a region the matches do not have and fails; say why instead.
    if (args.region && schedules.length > 0) {
      throw new ToolError('esports matches have no region to filter by: leave `region` out (filter by `league` instead)');
    }
    return {
      schedules: firstUpTo(
        schedules.map(({ match_id, league, team1, team2, scheduled_time, status }) => ({
          match_id,
          league,
          team1,
          team2,
          scheduled_time,
          status,
        })),
        args.limit,
      ),
    };
  },
});
