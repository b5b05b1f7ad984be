import { describe, expect, it } from 'vitest';
import { posting as env } from '../src/index.js';

type State = ReturnType<typeof env.loadPreset>;
const demo = () => env.loadPreset('demo');
const as = (username: string): State => ({ ...demo(), current_session: { username, session_token: 'token-1' } });
const asNora = () => as('nora_bakes');

function call(state: State, name: string, args: Record<string, unknown> = {}) {
  const outcome = env.call(state, name, args);
  expect(outcome.isError).toBe(false);
  return outcome;
}

function expectFailure(state: State, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = env.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

const tweetIds = (content: unknown) => (content as { tweets: { tweet_id: number }[] }).tweets.map((tweet) => tweet.tweet_id);

describe('scenario', () => {
  it('loads an empty network from {}, with the reference clock', () => {
    const world = env.load({});
    expect(world).toMatchObject({ users: {}, tweets: {}, current_session: null, next_tweet_id: 1, current_time: '2024-01-01T00:00:00' });
    expect(Object.keys(demo().tweets)).toEqual(['1', '2', '3', '5', '6', '7', '8', '10', '11', '12']);
  });
});

describe('session', () => {
  it('logs in with the right password, with a seeded uuid token', () => {
    const login = call(demo(), 'login', { username: 'nora_bakes', password: 'sourdough42' });
    const content = login.content as { success: boolean; session_token: string; username: string };
    expect(content).toMatchObject({ success: true, username: 'nora_bakes' });
    expect(content.session_token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(login.state.current_session).toEqual({ username: 'nora_bakes', session_token: content.session_token });
    expect(env.call(demo(), 'login', { username: 'nora_bakes', password: 'sourdough42' }).content).toEqual(content);
    expect(call(login.state, 'check_login_status').content).toEqual({ is_authenticated: true, username: 'nora_bakes' });
    const logout = call(login.state, 'logout');
    expect(logout.content).toEqual({ success: true });
    expect(call(logout.state, 'check_login_status').content).toEqual({ is_authenticated: false });
    expect(call(logout.state, 'logout').content).toEqual({ success: false });
  });

  it('answers success: false for a wrong password or an unknown user, keeping the session', () => {
    const state = asNora();
    const wrong = call(state, 'login', { username: 'tideline', password: 'nope' });
    expect(wrong.content).toEqual({ success: false });
    expect(wrong.state.current_session).toEqual(state.current_session);
    expect(call(state, 'login', { username: 'ghost', password: 'p' }).content).toEqual({ success: false });
    expectFailure(state, 'login', { username: '', password: 'p' }, 'username must be a non-empty string');
    expectFailure(state, 'login', { username: 'ghost', password: '' }, 'password must be a non-empty string');
  });

  it('refuses a stored session without a username', () => {
    expectFailure({ ...demo(), current_session: { token: 'x' } }, 'check_login_status', {}, /no username/);
    expectFailure({ ...demo(), current_session: {} }, 'create_tweet', { content: 'x' }, /no username/);
  });
});

describe('tweets', () => {
  it('creates a tweet with signs added to tags and mentions, counting it for the author', () => {
    const created = call(asNora(), 'create_tweet', {
      content: 'Focaccia Friday',
      hashtags: ['baking', '#bread'],
      mentions: ['marco_eats'],
    });
    expect(created.content).toEqual({
      tweet_id: 13,
      username: 'nora_bakes',
      content: 'Focaccia Friday',
      hashtags: ['#baking', '#bread'],
      mentions: ['@marco_eats'],
      created_at: '2025-03-18T12:00:00',
    });
    expect(created.state.tweets['13']).toMatchObject({ updated_at: null, retweet_count: 0, comment_count: 0 });
    expect(created.state.next_tweet_id).toBe(14);
    expect(created.state.user_stats.nora_bakes).toEqual({ tweets: 4, following_count: 1, followers_count: 2, retweets: 1 });
  });

  it('reads hashtags given as a JSON string, completes partial counters, and skips taken ids', () => {
    const created = call({ ...asNora(), next_tweet_id: 11, user_stats: { nora_bakes: { retweets: 5 } } }, 'create_tweet', {
      content: 'x',
      hashtags: '["a","#b"]',
    });
    expect(created.content).toMatchObject({ tweet_id: 13, hashtags: ['#a', '#b'], mentions: [] });
    expect(created.state.tweets['11']?.username).toBe('nora_bakes');
    expect(created.state.user_stats.nora_bakes).toEqual({ retweets: 5, tweets: 1, following_count: 0, followers_count: 0 });
  });

  it('refuses an empty tweet or a missing login', () => {
    expectFailure(asNora(), 'create_tweet', { content: '' }, 'content must be a non-empty string');
    expectFailure(demo(), 'create_tweet', { content: 'x' }, /User not authenticated/);
  });

  it('shows one tweet to anybody', () => {
    expect(call(demo(), 'get_tweet', { tweet_id: '7' }).content).toEqual({
      tweet_id: 7,
      username: 'marco_eats',
      content: 'Fresh tagliatelle tonight, recipe in the comments (edited: fixed the flour weight)',
      hashtags: ['#pasta', '#homemade'],
      mentions: [],
      created_at: '2025-03-08T20:00:00',
      retweet_count: 0,
      comment_count: 2,
    });
    expectFailure(demo(), 'get_tweet', { tweet_id: 4 }, 'Tweet 4 not found');
    expectFailure(demo(), 'get_tweet', { tweet_id: -1 }, 'tweet_id must be a non-negative integer');
  });

  it('lists a timeline when logged in, everything when not, one author when asked', () => {
    // Same time for 11 and 12: stored order decides.
    expect(tweetIds(call(asNora(), 'list_tweets', { limit: 4 }).content)).toEqual([11, 12, 7, 6]);
    expect(tweetIds(call(demo(), 'list_tweets').content)).toEqual([11, 12, 10, 8, 7]);
    expect(tweetIds(call(asNora(), 'list_tweets', { username: 'marco_eats', limit: 2, offset: 1 }).content)).toEqual([7, 2]);
    expect(tweetIds(call(as('newbie2025'), 'list_tweets').content)).toEqual([]);
    // An empty session object is no login for the timeline.
    expect(tweetIds(call({ ...demo(), current_session: {} }, 'list_tweets', { limit: 2 }).content)).toEqual([11, 12]);
    expectFailure(demo(), 'list_tweets', { limit: -1 }, 'Limit must be non-negative');
    expectFailure(demo(), 'list_tweets', { offset: -1 }, 'Offset must be non-negative');
  });

  it('searches content and hashtags case-insensitively', () => {
    expect(call(demo(), 'search_tweets', { query: 'BAK', limit: 3 }).content).toEqual({
      tweets: [
        {
          tweet_id: 11,
          username: 'nora_bakes',
          content: 'Croissant lamination workshop this Saturday, 6 spots left.',
          hashtags: ['#baking', '#workshop'],
          created_at: '2025-03-15T09:00:00',
          retweet_count: 0,
          comment_count: 0,
        },
        {
          tweet_id: 10,
          username: 'hana_cycles',
          content: 'Bike-packing route to the coast: 140 km, two bakeries.',
          hashtags: ['#cycling', '#baking'],
          created_at: '2025-03-12T08:00:00',
          retweet_count: 4,
          comment_count: 0,
        },
        {
          tweet_id: 6,
          username: 'nora_bakes',
          content: 'Rye starter is finally bubbly. Baking tomorrow with @marco_eats',
          hashtags: ['#Sourdough'],
          created_at: '2025-03-06T18:30:00',
          retweet_count: 0,
          comment_count: 1,
        },
      ],
    });
    expect(tweetIds(call(demo(), 'search_tweets', { query: 'sourdough', limit: 10 }).content)).toEqual([6, 1]);
    expectFailure(demo(), 'search_tweets', { query: '' }, 'query must be a non-empty string');
    expectFailure(demo(), 'search_tweets', { query: 'x', limit: -1 }, 'Limit must be non-negative');
  });

  it('updates the given fields of your own tweet', () => {
    const updated = call(asNora(), 'update_tweet', { tweet_id: 1, content: '', hashtags: [], mentions: ['@a', 'b'] });
    expect(updated.content).toEqual({
      tweet_id: 1,
      success: true,
      updated_at: '2025-03-18T12:00:00',
      updated_fields: ['content', 'hashtags', 'mentions'],
    });
    expect(updated.state.tweets['1']).toMatchObject({ content: '', hashtags: [], mentions: ['@a', '@b'] });
    expect(call(asNora(), 'update_tweet', { tweet_id: 1 }).content).toEqual({
      tweet_id: 1,
      success: true,
      updated_at: null,
      updated_fields: [],
    });
    expectFailure(asNora(), 'update_tweet', { tweet_id: 2, content: 'x' }, /belongs to marco_eats/);
    expectFailure(asNora(), 'update_tweet', { tweet_id: 99, content: 'x' }, 'Tweet 99 not found');
    expectFailure(demo(), 'update_tweet', { tweet_id: 1, content: 'x' }, /User not authenticated/);
  });

  it('deletes your own tweet, lowering the count but keeping its comments', () => {
    const deleted = call(asNora(), 'delete_tweet', { tweet_id: 1 });
    expect(deleted.content).toEqual({ tweet_id: 1, success: true, message: 'Tweet 1 successfully deleted' });
    expect(deleted.state.tweets).not.toHaveProperty('1');
    expect(deleted.state.comments['1']?.tweet_id).toBe(1);
    expect(deleted.state.user_stats.nora_bakes?.tweets).toBe(2);
    // Without counters, the count starts at 0 and stays there.
    const fresh = call({ ...asNora(), user_stats: {} }, 'delete_tweet', { tweet_id: 1 });
    expect(fresh.state.user_stats).toEqual({ nora_bakes: { tweets: 0, following_count: 0, followers_count: 0, retweets: 0 } });
    expectFailure(asNora(), 'delete_tweet', { tweet_id: 2 }, /belongs to marco_eats/);
  });

  it('retweets any tweet, counting for the tweet and the retweeter', () => {
    const retweeted = call(as('hana_cycles'), 'retweet', { tweet_id: 10 });
    expect(retweeted.content).toEqual({ success: true, message: 'Successfully retweeted', retweeted_at: '2025-03-18T12:00:00' });
    expect(retweeted.state.tweets['10']?.retweet_count).toBe(5);
    // hana_cycles' stored counters had no retweets key: it is added.
    expect(retweeted.state.user_stats.hana_cycles).toEqual({ tweets: 2, following_count: 1, followers_count: 1, retweets: 1 });
    expectFailure(asNora(), 'retweet', { tweet_id: 4 }, 'Tweet 4 not found');
  });
});

describe('comments', () => {
  it('adds a comment and counts it on the tweet', () => {
    const added = call(asNora(), 'add_comment', { tweet_id: 2, comment_content: 'Yum' });
    expect(added.content).toEqual({
      comment_id: 8,
      tweet_id: 2,
      username: 'nora_bakes',
      comment_content: 'Yum',
      created_at: '2025-03-18T12:00:00',
    });
    expect(added.state.tweets['2']?.comment_count).toBe(1);
    expect(added.state.next_comment_id).toBe(9);
    expectFailure(asNora(), 'add_comment', { tweet_id: 4, comment_content: 'x' }, 'Tweet 4 not found');
    expectFailure(asNora(), 'add_comment', { tweet_id: 1, comment_content: '' }, 'comment_content must be a non-empty string');
    expectFailure(demo(), 'add_comment', { tweet_id: 1, comment_content: 'x' }, /User not authenticated/);
  });

  it("pages a tweet's comments, newest first", () => {
    expect(call(demo(), 'get_tweet_comments', { tweet_id: 7 }).content).toEqual({
      comments: [
        { comment_id: 6, tweet_id: 7, username: 'nora_bakes', comment_content: 'Making this Friday.', created_at: '2025-03-09T11:00:00' },
        {
          comment_id: 5,
          tweet_id: 7,
          username: 'marco_eats',
          comment_content: '400 g 00 flour, 4 eggs, rest 30 min.',
          created_at: '2025-03-08T20:05:00',
        },
      ],
    });
    expect(call(demo(), 'get_tweet_comments', { tweet_id: 7, limit: 1, offset: 1 }).content).toMatchObject({
      comments: [{ comment_id: 5 }],
    });
    expectFailure(demo(), 'get_tweet_comments', { tweet_id: 4 }, 'Tweet 4 not found');
    expectFailure(demo(), 'get_tweet_comments', { tweet_id: 7, limit: -1 }, 'Limit must be non-negative');
  });
});

describe('follows', () => {
  it('follows a user, updating both counters', () => {
    const followed = call(asNora(), 'follow_user', { username: 'tideline' });
    expect(followed.content).toEqual({ success: true, message: 'Successfully followed', followed_at: '2025-03-18T12:00:00' });
    expect(followed.state.follow_relationships.at(-1)).toEqual({
      follower: 'nora_bakes',
      following: 'tideline',
      followed_at: '2025-03-18T12:00:00',
    });
    expect(followed.state.user_stats.nora_bakes?.following_count).toBe(2);
    expect(followed.state.user_stats.tideline?.followers_count).toBe(3);
    expect(call(asNora(), 'follow_user', { username: 'marco_eats' }).content).toEqual({ success: false, message: 'Already following' });
    expectFailure(asNora(), 'follow_user', { username: 'nora_bakes' }, 'Cannot follow yourself');
    expectFailure(asNora(), 'follow_user', { username: 'nobody' }, 'User nobody not found');
    expectFailure(demo(), 'follow_user', { username: 'tideline' }, /User not authenticated/);
  });

  it('unfollows, never taking a counter below 0', () => {
    const unfollowed = call({ ...asNora(), user_stats: {} }, 'unfollow_user', { username: 'marco_eats' });
    expect(unfollowed.content).toEqual({ success: true, message: 'Successfully unfollowed' });
    expect(unfollowed.state.follow_relationships).toHaveLength(6);
    expect(unfollowed.state.user_stats).toEqual({
      nora_bakes: { tweets: 0, following_count: 0, followers_count: 0, retweets: 0 },
      marco_eats: { tweets: 0, following_count: 0, followers_count: 0, retweets: 0 },
    });
    expect(call(asNora(), 'unfollow_user', { username: 'tideline' }).content).toEqual({ success: false, message: 'Not following' });
  });

  it("lists who a user follows and who follows them, the logged-in user's by default", () => {
    expect(call(demo(), 'list_following', { username: 'quietreader', offset: 1 }).content).toEqual({
      following: [
        { username: 'tideline', followed_at: '2024-02-15T08:01:00' },
        { username: 'marco_eats', followed_at: '2024-04-01T22:10:00' },
      ],
    });
    expect(call(asNora(), 'list_followers').content).toEqual({
      followers: [
        { username: 'marco_eats', followed_at: '2024-01-06T10:05:00' },
        { username: 'quietreader', followed_at: '2024-02-15T08:00:00' },
      ],
    });
    expectFailure(demo(), 'list_following', {}, /Give a username or log in/);
    expectFailure(asNora(), 'list_followers', { username: '' }, 'User  not found');
    expectFailure(demo(), 'list_followers', { limit: -1 }, 'Limit must be non-negative');
  });
});

describe('get_user_stats', () => {
  it("reports a user's counters and stores zeros for a user who had none", () => {
    expect(call(asNora(), 'get_user_stats').content).toEqual({
      username: 'nora_bakes',
      tweet_count: 3,
      following_count: 1,
      followers_count: 2,
      retweet_count: 1,
    });
    const fresh = call(demo(), 'get_user_stats', { username: 'newbie2025' });
    expect(fresh.content).toEqual({ username: 'newbie2025', tweet_count: 0, following_count: 0, followers_count: 0, retweet_count: 0 });
    expect(fresh.state.user_stats.newbie2025).toEqual({ tweets: 0, following_count: 0, followers_count: 0, retweets: 0 });
    expectFailure(demo(), 'get_user_stats', {}, /Give a username or log in/);
    expectFailure(demo(), 'get_user_stats', { username: 'ghost' }, 'User ghost not found');
  });
});
