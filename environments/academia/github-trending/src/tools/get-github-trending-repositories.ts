import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGithubTrendingTool } from '../scenario.js';
import { cacheKey, checkFilters, firstOf, generatedLanguage, languageName } from './filters.js';

const LIST_LENGTH = 50;

export const getGithubTrendingRepositories = defineGithubTrendingTool({
  name: 'get_github_trending_repositories',
  description:
    "GitHub's trending repositories, optionally for a language code (python, rust, …), a period (daily, weekly, " +
    'monthly) and a spoken-language code (en, zh, …), up to `limit`: rank, name, owner/repo, URL, description, ' +
    'language, stars, forks and stars gained in the period. A filter set asked for the first time is generated ' +
    'and kept, so asking again gives the same list.',
  input: z.object({
    language: z.string().nullable().default(null),
    period: z.string().nullable().default(null),
    spoken_language: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  handler: (state, args) => {
    checkFilters(state, args);
    const key = cacheKey('repos', { language: args.language, period: args.period, spoken_language: args.spoken_language });
    let repositories = ownEntry(state.repositories, key);
    if (!repositories) {
      repositories = Array.from({ length: LIST_LENGTH }, (_, index) => {
        const rank = index + 1;
        const language = languageName(state, generatedLanguage(state, args.language, rank));
        const stars = 1000 + (LIST_LENGTH - rank) * 10;
        return {
          rank,
          name: `trending-repo-${rank}`,
          fullname: `user${rank}/trending-repo-${rank}`,
          url: `https://github.com/user${rank}/trending-repo-${rank}`,
          description: `A trending repository number ${rank} written in ${language}`,
          language,
          stars,
          forks: Math.floor(stars / 3),
          current_period_stars: (LIST_LENGTH - rank) * 2 + 10,
        };
      });
      state.repositories[key] = repositories;
    }
    return { repositories: firstOf(repositories, args.limit) };
  },
});
