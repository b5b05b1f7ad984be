import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineWikipediaServerTool } from '../scenario.js';
import { edition, requirePage, thumbnailOf } from '../wiki/encyclopedia.js';
import { languageOf, requireTitle } from './resolve.js';

export const getSummary = defineWikipediaServerTool({
  name: 'get_summary',
  description:
    "A page's summary card: {title, extract, description, thumbnail, lang, timestamp (last edit)}. Fails (404) for a " +
    'page the edition does not have.',
  input: z.object({
    title: z.string(),
    language: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTitle(args.title);
    const language = languageOf(state, args.language);
    const page = requirePage(edition(state, language), args.title, language);
    return {
      title: page.title,
      extract: page.extract,
      description: page.description,
      thumbnail: thumbnailOf(page),
      lang: language,
      timestamp: page.timestamp,
    };
  },
});
