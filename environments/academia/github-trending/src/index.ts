import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getGithubTrendingDevelopers } from './tools/get-github-trending-developers.js';
import { getGithubTrendingRepositories } from './tools/get-github-trending-repositories.js';

export const githubTrending = defineEnvironment({
  name: 'GithubTrending',
  domain: 'academia',
  version: '0.1.0',
  description:
    "GitHub trending: the day's, week's or month's trending repositories and developers, filtered by programming language and spoken language.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getGithubTrendingRepositories, getGithubTrendingDevelopers],
});

export default githubTrending;
export { scenarioSchema };
export type { GithubTrendingState } from './scenario.js';
