import { runCalls, type ScriptedCall } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclTwitterApi as api } from '../src/index.js';

function run(calls: ScriptedCall[], scenario: unknown = {}) {
  const { outcomes, state } = runCalls(api, scenario, calls);
  return { state, results: outcomes.map((o) => o.content) };
}

const login: ScriptedCall = ['authenticate_twitter', { username: 'john', password: 'john123' }];

describe('BfclTwitterAPI', () => {
  it('refuses posting before a login with BFCL’s error result, and a wrong password stays logged out', () => {
    const { results, state } = run([
      ['post_tweet', { content: 'hi' }],
      ['authenticate_twitter', { username: 'john', password: 'x' }],
    ]);
    expect(results).toEqual([{ error: 'User not authenticated. Please authenticate before posting.' }, { authentication_status: false }]);
    expect(state.tweets).toEqual({});
  });

  it('posts with the counter as id, then mentions, comments and retweets it', () => {
    const { results, state } = run([
      login,
      ['post_tweet', { content: 'Hello', tags: ['#hi'] }],
      ['mention', { tweet_id: 0, mentioned_usernames: ['@a'] }],
      ['comment', { tweet_id: 0, comment_content: 'nice' }],
      ['retweet', { tweet_id: 0 }],
      ['retweet', { tweet_id: 0 }],
      ['retweet', { tweet_id: 7 }],
      ['get_user_stats', { username: 'john' }],
    ]);
    expect(results.slice(1)).toEqual([
      { id: 0, username: 'john', content: 'Hello', tags: ['#hi'], mentions: [] },
      { mention_status: 'Users mentioned successfully' },
      { comment_status: 'Comment added successfully' },
      { retweet_status: 'Successfully retweeted' },
      { retweet_status: 'Already retweeted' },
      { error: 'Tweet with ID 7 not found.' },
      { tweet_count: 1, following_count: 2, retweet_count: 1 },
    ]);
    expect(state.tweets['0']).toEqual({ id: 0, username: 'john', content: 'Hello', tags: ['#hi'], mentions: ['@a'] });
    expect(state.tweet_counter).toBe(1);
  });

  it('search matches content by substring and tags by equality, ignoring case', () => {
    const tweets = {
      '0': { id: 0, username: 'a', content: 'Road TRIP today', tags: [], mentions: [] },
      '1': { id: 1, username: 'b', content: 'other', tags: ['#Trip'], mentions: [] },
      '2': { id: 2, username: 'b', content: 'other', tags: ['#Tripping'], mentions: [] },
    };
    const { results } = run(
      [
        ['search_tweets', { keyword: 'trip' }],
        ['search_tweets', { keyword: '#trip' }],
      ],
      { tweets },
    );
    expect((results[0] as { id: number }[]).map((t) => t.id)).toEqual([0]);
    expect((results[1] as { id: number }[]).map((t) => t.id)).toEqual([1]);
  });

  it('mention on a tweet without a mentions field fails as BFCL does (KeyError), changing nothing', () => {
    const start = api.load({ tweets: { '3': { id: 3, username: 'a', content: 'x', tags: [] } } });
    const outcome = api.call(start, 'mention', { tweet_id: 3, mentioned_usernames: ['@b'] });
    expect(outcome).toMatchObject({ isError: true, content: { message: "'mentions'" } });
    expect(outcome.state).toBe(start);
  });

  it('follows and unfollows, answering false when nothing changes', () => {
    const { results, state } = run([
      login,
      ['follow_user', { username_to_follow: 'alice' }],
      ['follow_user', { username_to_follow: 'carol' }],
      ['unfollow_user', { username_to_unfollow: 'bob' }],
      ['unfollow_user', { username_to_unfollow: 'bob' }],
    ]);
    expect(results.slice(1)).toEqual([
      { follow_status: false },
      { follow_status: true },
      { unfollow_status: true },
      { unfollow_status: false },
    ]);
    expect(state.following_list).toEqual(['alice', 'carol']);
  });

  it('refuses a tweet id that is not an integer, naming the argument', () => {
    const start = api.load({});
    const outcome = api.call(start, 'get_tweet', { tweet_id: 'abc' });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toContain('tweet_id');
    expect(outcome.state).toBe(start);
  });
});
