import { describe, expect, it } from 'vitest';
import { hackerNews as hn } from '../src/index.js';

const demo = () => hn.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => hn.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = hn.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('search and front-page lists', () => {
  it('answers a query on file, and nothing for another', () => {
    const hits = (call('search', { query: 'sqlite', hits_per_page: 1 }) as { hits: { story_id: number }[] }).hits;
    expect(hits.map((h) => h.story_id)).toEqual([41000177, 41000230]);
    expect(call('search', { query: 'SQLite' })).toEqual({ hits: [] });
    expectFailure('search', { query: '' }, 'Query must be a non-empty string');
  });

  it('lists a category, cut to a positive limit', () => {
    const ids = (args: Record<string, unknown>) =>
      (call('getStories', args) as { stories: { story_id: number }[] }).stories.map((s) => s.story_id);
    expect(ids({ story_type: 'top' })).toEqual([41000101, 41000177, 41000230, 41000311]);
    expect(ids({ story_type: 'top', limit: 2 })).toEqual([41000101, 41000177]);
    expect(ids({ story_type: 'top', limit: -3 })).toHaveLength(4);
    expectFailure('getStories', { story_type: 'Top' }, 'Invalid story type. Must be one of: top, new, best, ask, show, job');
  });
});

describe('getStoryWithComments', () => {
  it('gives the story with the comments on file, the first max_comments when positive', () => {
    const story = call('getStoryWithComments', { story_id: '41000101', max_comments: 2 }) as {
      title: string;
      url: string | null;
      comments: { comment_id: number }[];
    };
    expect(story.title).toBe('Rewriting our build system in Rust cut CI time by 70%');
    expect(story.comments.map((c) => c.comment_id)).toEqual([41000120, 41000131]);
    const ask = call('getStoryWithComments', { story_id: 41000230, max_comments: 0 }) as { url: string | null; comments: unknown[] };
    expect(ask.url).toBeNull();
    expect(ask.comments).toHaveLength(4);
  });

  it('fails for an unknown story id', () => {
    expectFailure('getStoryWithComments', { story_id: 5 }, 'Story 5 not found');
  });
});

describe('users', () => {
  it('gives a profile and the submissions on file', () => {
    expect(call('getUser', { user_id: 'lurker' })).toEqual({ user_id: 'lurker', karma: 1, created: '2025-01-30T08:00:00Z', about: null });
    const { submissions } = call('getUserSubmissions', { user_id: 'cmuratori_fan' }) as {
      submissions: { submission_type: string; title: string | null }[];
    };
    expect(submissions.map((s) => [s.submission_type, s.title === null])).toEqual([
      ['story', false],
      ['comment', true],
    ]);
  });

  it('fails for an unknown user and for a user without submissions', () => {
    expectFailure('getUser', { user_id: 'ghost' }, 'User ghost not found');
    expectFailure('getUserSubmissions', { user_id: 'lurker' }, 'User lurker has no submissions');
    expectFailure('getUser', { user_id: '' }, 'User ID must be a non-empty string');
  });
});

describe('scenario', () => {
  it('reads story and comment ids as integers, as the reference does', () => {
    const state = hn.load({ stories: { '007': { story_id: 7, title: 't', author: 'a', points: 1, created_at: 'x' } } });
    expect(Object.keys(state.stories)).toEqual(['7']);
    expect(hn.call(state, 'getStoryWithComments', { story_id: 7 }).isError).toBe(false);
    expect(() => hn.load({ stories: { abc: { story_id: 7, title: 't', author: 'a', points: 1, created_at: 'x' } } })).toThrow(
      /stories\.abc/,
    );
    expect(() => hn.load({ submissions: { u: [{ story_id: 1, submission_type: 'poll', points: 0, created_at: 'x' }] } })).toThrow(
      /submission_type/,
    );
  });
});
