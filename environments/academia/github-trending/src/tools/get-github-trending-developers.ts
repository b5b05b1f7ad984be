import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGithubTrendingTool } from '../scenario.js';
import { cacheKey, checkFilters, firstOf, generatedLanguage, languageName } from './filters.js';

const LIST_LENGTH = 50;

export const getGithubTrendingDevelopers = defineGithubTrendingTool({
  name: 'get_github_trending_developers',
  description:
    "GitHub's trending developers, optionally for a language code and a period (daily, weekly, monthly), up to " +
    '`limit`: rank, username, name, profile URL, avatar and a featured repository. A filter set asked for the first ' +
    'time is generated and kept, so asking again gives the same list.',
  input: z.object({
    language: z.string().nullable().default(null),
    period: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  handler: (state, args) => {
    checkFilters(state, args);
    const key = cacheKey('devs', { language: args.language, period: args.period });
    let developers = ownEntry(state.developers, key);
    if (!developers) {
      developers = Array.from({ length: LIST_LENGTH }, (_, index) => {
        const rank = index + 1;
        const code = generatedLanguage(state, args.language, rank);
        return {
          rank,
          username: `trendingdev${rank}`,
          name: `Trending Developer ${rank}`,
          url: `https://github.com/trendingdev${rank}`,
          avatar: `https://avatars.githubusercontent.com/u/${1000 + rank}`,
          repo: {
            name: `awesome-${code}-project`,
            description: `An awesome project written in ${languageName(state, code)}`,
            url: `https://github.com/trendingdev${rank}/awesome-${code}-project`,
          },
        };
      });
      state.developers[key] = developers;
    }
    return { developers: firstOf(developers, args.limit) };
  },
});
