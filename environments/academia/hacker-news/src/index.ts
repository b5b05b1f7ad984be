import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getStories } from './tools/get-stories.js';
import { getStoryWithComments } from './tools/get-story-with-comments.js';
import { getUser } from './tools/get-user.js';
import { getUserSubmissions } from './tools/get-user-submissions.js';
import { search } from './tools/search.js';

export const hackerNews = defineEnvironment({
  name: 'HackerNews',
  domain: 'academia',
  version: '0.1.0',
  description:
    "Hacker News: search stories, read the front-page lists (top, new, best, ask, show, job), a story with its comments, and a user's profile and submissions.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [search, getStories, getStoryWithComments, getUser, getUserSubmissions],
});

export default hackerNews;
export { scenarioSchema };
export type { HackerNewsState } from './scenario.js';
