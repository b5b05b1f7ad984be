import { describe, expect, it } from 'vitest';
import { githubTrending as trending } from '../src/index.js';

type Repo = {
  rank: number;
  name: string;
  language: string;
  stars: number;
  forks: number;
  current_period_stars: number;
  description: string;
};

const demo = () => trending.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = trending.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('get_github_trending_repositories', () => {
  it('answers a cached filter set from the state, limited when asked', () => {
    const outcome = trending.call(demo(), 'get_github_trending_repositories', { language: 'rust', period: 'weekly', limit: 2 });
    expect((outcome.content as { repositories: Repo[] }).repositories.map((r) => r.name)).toEqual(['uv', 'tauri']);
    expect(outcome.state).toEqual(demo());
    const unfiltered = trending.call(demo(), 'get_github_trending_repositories', {}).content as { repositories: Repo[] };
    expect(unfiltered.repositories.map((r) => r.language)).toEqual(['Go', 'TypeScript', 'C++', 'C']);
  });

  it('generates 50 entries for a new filter set and keeps them under its key', () => {
    const outcome = trending.call(demo(), 'get_github_trending_repositories', {
      language: 'kotlin',
      period: 'monthly',
      spoken_language: 'de',
      limit: 3,
    });
    const repositories = (outcome.content as { repositories: Repo[] }).repositories;
    expect(repositories[0]).toEqual({
      rank: 1,
      name: 'trending-repo-1',
      fullname: 'user1/trending-repo-1',
      url: 'https://github.com/user1/trending-repo-1',
      description: 'A trending repository number 1 written in Kotlin',
      language: 'Kotlin',
      stars: 1490,
      forks: 496,
      current_period_stars: 108,
    });
    expect(repositories).toHaveLength(3);
    expect(outcome.state.repositories['repos|language:kotlin|period:monthly|spoken_language:de']).toHaveLength(50);
  });

  it('rotates javascript, go and python for a language the table does not know', () => {
    const outcome = trending.call(trending.load({}), 'get_github_trending_repositories', { language: 'cobol', limit: 4 });
    expect((outcome.content as { repositories: Repo[] }).repositories.map((r) => r.language)).toEqual([
      'JavaScript',
      'Go',
      'Python',
      'JavaScript',
    ]);
    expect(Object.keys(outcome.state.repositories)).toEqual(['repos|language:cobol']);
  });

  it('refuses an unknown period or spoken language with the valid ones, and a limit below 1', () => {
    expectFailure('get_github_trending_repositories', { period: 'yearly' }, "Period must be one of: ['daily', 'weekly', 'monthly']");
    expectFailure(
      'get_github_trending_repositories',
      { spoken_language: 'xx' },
      "Spoken language must be one of: ['en', 'zh', 'ja', 'es', 'fr', 'de', 'ko', 'ru', 'pt', 'it', 'ar', 'hi', 'nl', 'tr', 'pl', 'vi', 'th', 'id', 'ms', 'uk']",
    );
    expectFailure('get_github_trending_repositories', { limit: 0 }, 'Limit must be a positive integer');
  });
});

describe('get_github_trending_developers', () => {
  it('answers cached developers and generates new filter sets', () => {
    const cached = trending.call(demo(), 'get_github_trending_developers', { language: 'typescript', period: 'monthly' }).content as {
      developers: { username: string; name: string }[];
    };
    expect(cached.developers.map((d) => [d.username, d.name])).toEqual([
      ['sindresorhus', 'Sindre Sorhus'],
      ['colinhacks', 'Colin McDonnell'],
      ['anonymous-dev', ''],
    ]);
    const fresh = trending.call(demo(), 'get_github_trending_developers', { language: 'go', limit: 1 });
    expect(fresh.content).toEqual({
      developers: [
        {
          rank: 1,
          username: 'trendingdev1',
          name: 'Trending Developer 1',
          url: 'https://github.com/trendingdev1',
          avatar: 'https://avatars.githubusercontent.com/u/1001',
          repo: {
            name: 'awesome-go-project',
            description: 'An awesome project written in Go',
            url: 'https://github.com/trendingdev1/awesome-go-project',
          },
        },
      ],
    });
    expect(Object.keys(fresh.state.developers)).toEqual(['devs|language:typescript|period:monthly', 'devs|language:go']);
    expectFailure('get_github_trending_developers', { period: 'hourly' }, "Period must be one of: ['daily', 'weekly', 'monthly']");
  });
});
