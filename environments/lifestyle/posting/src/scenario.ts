import { integerKeyed, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's Posting scenario — a small Twitter-like network: accounts by username,
// tweets and comments by numeric id, who follows whom, the active session, id counters, per-user
// counters and a clock that does not move. {} is an empty network, as in the reference.

const timestamp = (field: string) =>
  z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, `${field} must look like 2025-01-01T09:30:00`);

export const userSchema = z.object({
  username: z.string(),
  password: z.string(),
  created_at: timestamp('created_at'),
});

export const tweetSchema = z.object({
  tweet_id: z.int().min(0),
  username: z.string(),
  content: z.string(),
  hashtags: z.array(z.string()).default(() => []),
  mentions: z.array(z.string()).default(() => []),
  created_at: timestamp('created_at'),
  updated_at: timestamp('updated_at').nullable().default(null),
  retweet_count: z.int().min(0).default(0),
  comment_count: z.int().min(0).default(0),
});

export const commentSchema = z.object({
  comment_id: z.int().min(0),
  tweet_id: z.int().min(0),
  username: z.string(),
  comment_content: z.string(),
  created_at: timestamp('created_at'),
});

export const followRelationshipSchema = z.object({
  follower: z.string(),
  following: z.string(),
  followed_at: timestamp('followed_at'),
});

// The reference's PostingScenario.
export const scenarioSchema = z.object({
  users: keyedRecord(userSchema).default(() => ({})),
  tweets: integerKeyed(tweetSchema).default(() => ({})),
  comments: integerKeyed(commentSchema).default(() => ({})),
  follow_relationships: z.array(followRelationshipSchema).default(() => []),
  // {username, session_token} after a login; null when nobody is logged in.
  current_session: keyedRecord(z.string()).nullable().default(null),
  next_tweet_id: z.int().min(0).default(1),
  next_comment_id: z.int().min(0).default(1),
  // Per username: tweets, following_count, followers_count, retweets (filled in on first use).
  user_stats: keyedRecord(keyedRecord(z.int())).default(() => ({})),
  // Every new tweet, comment, edit and follow is stamped with this time.
  current_time: timestamp('current_time').default('2024-01-01T00:00:00'),
});

export type PostingState = z.output<typeof scenarioSchema>;
export type Tweet = z.output<typeof tweetSchema>;

/** defineTool for this environment: handlers receive a typed draft of PostingState. */
export const definePostingTool = toolsFor<PostingState>();
