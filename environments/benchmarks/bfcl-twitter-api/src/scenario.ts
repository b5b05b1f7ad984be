import { anyInteger, ToolError, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

/**
 * A tweet as BFCL stores it: `{id, username, content, tags, mentions}`. BFCL's own configs are not
 * uniform (one lacks `mentions`), so tweets load as they are and each tool reads the fields it needs,
 * failing as BFCL does (a KeyError) when one is missing.
 */
const tweetSchema = z.record(z.string(), z.unknown());
export type Tweet = z.output<typeof tweetSchema>;

export const scenarioSchema = z.object({
  username: z.string().default('john'),
  password: z.string().default('john123'),
  authenticated: z.boolean().default(false),
  /** Tweets by id (integer keys in BFCL, written as strings in JSON). */
  tweets: z.record(z.string().regex(/^-?\d+$/, 'tweet ids are integers'), tweetSchema).default({}),
  /** Comments by tweet id: `[{username, content}]` each. */
  comments: z.record(z.string(), z.array(z.unknown())).default({}),
  /** Retweeted tweet ids by username. */
  retweets: z.record(z.string(), z.array(z.unknown())).default({}),
  following_list: z.array(z.string()).default(() => ['alice', 'bob']),
  /** The id the next tweet gets (BFCL does not derive it from the tweets). */
  tweet_counter: anyInteger().default(0),
});

export type BfclTwitterApiState = z.output<typeof scenarioSchema>;

export const defineTwitterTool = toolsFor<BfclTwitterApiState>();

export function notAuthenticated(action: string) {
  return { error: `User not authenticated. Please authenticate before ${action}.` };
}

/** `tweet[field]`, raising BFCL's KeyError text when the field is missing. */
export function field(tweet: Tweet, name: string): unknown {
  if (!Object.hasOwn(tweet, name)) throw new ToolError(`'${name}'`);
  return tweet[name];
}

/** A text field, lowercased for search, or BFCL's AttributeError when it is not text. */
export function lowerText(value: unknown): string {
  if (typeof value !== 'string')
    throw new ToolError(
      `'${Array.isArray(value) ? 'list' : value === null ? 'NoneType' : typeof value === 'object' ? 'dict' : typeof value === 'number' ? 'int' : 'bool'}' object has no attribute 'lower'`,
    );
  return value.toLowerCase();
}
