import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's WikipediaServer scenario (default language and limits) plus, optionally,
// the encyclopedia this offline stand-in answers from. The reference calls the live Wikipedia APIs;
// here pages are data. `wiki` stays out of the state unless a scenario gives one, so an EnvFactory
// scenario saves back exactly as it came, and the built-in pages (src/wiki) answer.

export const sectionSchema = z.object({
  title: z.string(),
  level: z.int().min(1),
  /** The section's anchor, which the reference reports as the section's "text". */
  anchor: z.string().default(''),
});

export const thumbnailSchema = z.object({
  url: z.string(),
  width: z.int().nullable().default(null),
  height: z.int().nullable().default(null),
});

export const pageSchema = z.object({
  title: z.string(),
  pageid: z.int(),
  description: z.string().default(''),
  /** The plain-text lead, as the summary endpoint returns it. */
  extract: z.string().default(''),
  /** The article's wikitext. */
  wikitext: z.string().default(''),
  sections: z.array(sectionSchema).default(() => []),
  /** Titles of related pages, most related first. */
  related: z.array(z.string()).default(() => []),
  thumbnail: thumbnailSchema.nullable().default(null),
  timestamp: z.string().default(''),
});

/** Pages by language code ("en", "fr", …). */
export const wikiSchema = z.record(z.string(), z.array(pageSchema));

export const scenarioSchema = z.object({
  default_language: z.string().default('en'),
  default_search_limit: z.int().min(1).max(50).default(5),
  default_related_limit: z.int().min(1).max(50).default(10),
  wiki: wikiSchema.optional(),
});

export type WikipediaServerState = z.output<typeof scenarioSchema>;
export type Wiki = z.output<typeof wikiSchema>;
export type Page = z.output<typeof pageSchema>;

/** defineTool for this environment: handlers receive a typed draft of WikipediaServerState. */
export const defineWikipediaServerTool = toolsFor<WikipediaServerState>();
