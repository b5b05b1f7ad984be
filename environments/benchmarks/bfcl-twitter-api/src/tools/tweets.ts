import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTwitterTool, field, lowerText, notAuthenticated } from '../scenario.js';

const notFound = (id: number) => ({ error: `Tweet with ID ${id} not found.` });

export const post_tweet = defineTwitterTool({
  name: 'post_tweet',
  description: 'Post a tweet as the logged-in account, with optional tags and mentions; answers the new tweet with its id.',
  input: z.object({ content: z.string(), tags: z.array(z.string()).default([]), mentions: z.array(z.string()).default([]) }),
  handler: (state, args) => {
    if (!state.authenticated) return notAuthenticated('posting');
    const tweet = { id: state.tweet_counter, username: state.username, content: args.content, tags: args.tags, mentions: args.mentions };
    state.tweets[String(state.tweet_counter)] = tweet;
    state.tweet_counter += 1;
    return tweet;
  },
});

export const retweet = defineTwitterTool({
  name: 'retweet',
  description: 'Retweet a tweet by id as the logged-in account (once per tweet).',
  input: z.object({ tweet_id: anyInteger() }),
  handler: (state, args) => {
    if (!state.authenticated) return notAuthenticated('retweeting');
    if (!Object.hasOwn(state.tweets, String(args.tweet_id))) return notFound(args.tweet_id);
    if (!Object.hasOwn(state.retweets, state.username)) state.retweets[state.username] = [];
    const mine = state.retweets[state.username]!;
    if (mine.includes(args.tweet_id)) return { retweet_status: 'Already retweeted' };
    mine.push(args.tweet_id);
    return { retweet_status: 'Successfully retweeted' };
  },
});

export const comment = defineTwitterTool({
  name: 'comment',
  description: 'Comment on a tweet by id as the logged-in account.',
  input: z.object({ tweet_id: anyInteger(), comment_content: z.string() }),
  handler: (state, args) => {
    if (!state.authenticated) return notAuthenticated('commenting');
    const key = String(args.tweet_id);
    if (!Object.hasOwn(state.tweets, key)) return notFound(args.tweet_id);
    if (!Object.hasOwn(state.comments, key)) state.comments[key] = [];
    state.comments[key]!.push({ username: state.username, content: args.comment_content });
    return { comment_status: 'Comment added successfully' };
  },
});

export const mention = defineTwitterTool({
  name: 'mention',
  description: "Add usernames to a tweet's mentions (BFCL does not ask for a login here).",
  input: z.object({ tweet_id: anyInteger(), mentioned_usernames: z.array(z.string()) }),
  handler: (state, args) => {
    const tweet = Object.hasOwn(state.tweets, String(args.tweet_id)) ? state.tweets[String(args.tweet_id)] : undefined;
    if (!tweet) return notFound(args.tweet_id);
    const mentions = field(tweet, 'mentions');
    if (!Array.isArray(mentions))
      throw new ToolError(`'${typeof mentions === 'string' ? 'str' : 'object'}' object has no attribute 'extend'`);
    mentions.push(...args.mentioned_usernames);
    return { mention_status: 'Users mentioned successfully' };
  },
});

export const get_tweet = defineTwitterTool({
  name: 'get_tweet',
  description: 'Show one tweet by id.',
  input: z.object({ tweet_id: anyInteger() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) =>
    Object.hasOwn(state.tweets, String(args.tweet_id)) ? state.tweets[String(args.tweet_id)] : notFound(args.tweet_id),
});

export const get_user_tweets = defineTwitterTool({
  name: 'get_user_tweets',
  description: 'List every tweet posted by a username.',
  input: z.object({ username: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => Object.values(state.tweets).filter((tweet) => field(tweet, 'username') === args.username),
});

export const search_tweets = defineTwitterTool({
  name: 'search_tweets',
  description: 'List tweets whose content contains keyword, or with a tag equal to it, ignoring case.',
  input: z.object({ keyword: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const keyword = args.keyword.toLowerCase();
    return Object.values(state.tweets).filter((tweet) => {
      if (lowerText(field(tweet, 'content')).includes(keyword)) return true;
      const tags = field(tweet, 'tags');
      return Array.isArray(tags) && tags.some((tag) => lowerText(tag) === keyword);
    });
  },
});

export const get_tweet_comments = defineTwitterTool({
  name: 'get_tweet_comments',
  description: 'List the comments on a tweet by id.',
  input: z.object({ tweet_id: anyInteger() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const key = String(args.tweet_id);
    if (!Object.hasOwn(state.tweets, key)) return notFound(args.tweet_id);
    return Object.hasOwn(state.comments, key) ? state.comments[key] : [];
  },
});
