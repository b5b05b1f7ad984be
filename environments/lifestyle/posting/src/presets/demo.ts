import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type TweetInput = NonNullable<Input['tweets']>[string];

const tweet = (tweet_id: number, username: string, content: string, created_at: string, extra: Partial<TweetInput> = {}): TweetInput => ({
  tweet_id,
  username,
  content,
  hashtags: [],
  mentions: [],
  created_at,
  ...extra,
});

const users = {
  nora_bakes: ['sourdough42', '2023-11-02T08:15:00'],
  tideline: ['surf&turf', '2023-12-20T19:40:00'],
  marco_eats: ['pasta4ever', '2024-01-05T12:00:00'],
  quietreader: ['pages&tea', '2024-02-14T21:05:00'],
  hana_cycles: ['climb1ng', '2024-03-01T06:30:00'],
  newbie2025: ['welcome!', '2025-03-17T09:00:00'],
} as const;

// A food-and-outdoors corner of the network. Nora and Marco post the most and follow each other;
// tweets 4 and 9 were deleted (gaps); tweet 7 was edited; tweets 11 and 12 share a timestamp;
// quietreader follows people but never posts; newbie2025 has no counters yet (created on first
// use) and follows nobody; hana_cycles' counters miss the retweets key. Nobody is logged in:
// every password is in users (e.g. nora_bakes / sourdough42).
export const demo: Input = {
  users: Object.fromEntries(
    Object.entries(users).map(([username, [password, created_at]]) => [username, { username, password, created_at }]),
  ),
  tweets: Object.fromEntries(
    [
      tweet(1, 'nora_bakes', 'First loaf of the year: 78% hydration, open crumb!', '2025-03-01T07:45:00', {
        hashtags: ['#sourdough', '#baking'],
        retweet_count: 3,
        comment_count: 2,
      }),
      tweet(2, 'marco_eats', 'Cacio e pepe is three ingredients and one hundred ways to fail.', '2025-03-02T19:20:00', {
        hashtags: ['#pasta'],
        retweet_count: 1,
      }),
      tweet(3, 'tideline', 'Dawn patrol at Ocean Beach, glassy waist-high sets.', '2025-03-03T06:10:00', {
        hashtags: ['#surf'],
        mentions: ['@hana_cycles'],
        comment_count: 1,
      }),
      tweet(5, 'hana_cycles', 'Hill repeats done. Legs: gone. Coffee: earned.', '2025-03-05T10:00:00', {
        hashtags: ['#cycling', '#coffee'],
        retweet_count: 2,
      }),
      tweet(6, 'nora_bakes', 'Rye starter is finally bubbly. Baking tomorrow with @marco_eats', '2025-03-06T18:30:00', {
        hashtags: ['#Sourdough'],
        mentions: ['@marco_eats'],
        comment_count: 1,
      }),
      tweet(7, 'marco_eats', 'Fresh tagliatelle tonight, recipe in the comments (edited: fixed the flour weight)', '2025-03-08T20:00:00', {
        hashtags: ['#pasta', '#homemade'],
        updated_at: '2025-03-08T21:15:00',
        comment_count: 2,
      }),
      tweet(8, 'tideline', 'Flat as a lake today. Reading on the beach instead.', '2025-03-10T14:00:00', { mentions: ['@quietreader'] }),
      tweet(10, 'hana_cycles', 'Bike-packing route to the coast: 140 km, two bakeries.', '2025-03-12T08:00:00', {
        hashtags: ['#cycling', '#baking'],
        mentions: ['@nora_bakes', '@tideline'],
        retweet_count: 4,
      }),
      tweet(11, 'nora_bakes', 'Croissant lamination workshop this Saturday, 6 spots left.', '2025-03-15T09:00:00', {
        hashtags: ['#baking', '#workshop'],
      }),
      tweet(12, 'marco_eats', 'Signed up for Nora’s croissant workshop!', '2025-03-15T09:00:00', { mentions: ['@nora_bakes'] }),
    ].map((entry) => [String(entry.tweet_id), entry]),
  ),
  comments: Object.fromEntries(
    [
      { comment_id: 1, tweet_id: 1, username: 'marco_eats', comment_content: 'That crumb!', created_at: '2025-03-01T08:02:00' },
      { comment_id: 2, tweet_id: 1, username: 'quietreader', comment_content: 'Recipe please?', created_at: '2025-03-01T09:30:00' },
      {
        comment_id: 3,
        tweet_id: 3,
        username: 'hana_cycles',
        comment_content: 'Jealous. See you Sunday?',
        created_at: '2025-03-03T07:00:00',
      },
      {
        comment_id: 4,
        tweet_id: 6,
        username: 'marco_eats',
        comment_content: 'Bringing the good butter.',
        created_at: '2025-03-06T18:45:00',
      },
      {
        comment_id: 5,
        tweet_id: 7,
        username: 'marco_eats',
        comment_content: '400 g 00 flour, 4 eggs, rest 30 min.',
        created_at: '2025-03-08T20:05:00',
      },
      { comment_id: 6, tweet_id: 7, username: 'nora_bakes', comment_content: 'Making this Friday.', created_at: '2025-03-09T11:00:00' },
      // A comment left on tweet 4, which was deleted since.
      { comment_id: 7, tweet_id: 4, username: 'tideline', comment_content: 'Where was this?', created_at: '2025-03-04T12:00:00' },
    ].map((entry) => [String(entry.comment_id), entry]),
  ),
  follow_relationships: [
    { follower: 'nora_bakes', following: 'marco_eats', followed_at: '2024-01-06T10:00:00' },
    { follower: 'marco_eats', following: 'nora_bakes', followed_at: '2024-01-06T10:05:00' },
    { follower: 'quietreader', following: 'nora_bakes', followed_at: '2024-02-15T08:00:00' },
    { follower: 'quietreader', following: 'tideline', followed_at: '2024-02-15T08:01:00' },
    { follower: 'hana_cycles', following: 'tideline', followed_at: '2024-03-02T17:45:00' },
    { follower: 'tideline', following: 'hana_cycles', followed_at: '2024-03-03T06:00:00' },
    { follower: 'quietreader', following: 'marco_eats', followed_at: '2024-04-01T22:10:00' },
  ],
  current_session: null,
  next_tweet_id: 13,
  next_comment_id: 8,
  user_stats: {
    nora_bakes: { tweets: 3, following_count: 1, followers_count: 2, retweets: 1 },
    marco_eats: { tweets: 3, following_count: 1, followers_count: 2, retweets: 0 },
    tideline: { tweets: 2, following_count: 1, followers_count: 2, retweets: 2 },
    quietreader: { tweets: 0, following_count: 3, followers_count: 0, retweets: 0 },
    hana_cycles: { tweets: 2, following_count: 1, followers_count: 1 },
  },
  current_time: '2025-03-18T12:00:00',
};
