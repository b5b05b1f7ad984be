import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineWikipediaServerTool } from '../scenario.js';
import { edition, pageUrl, requirePage } from '../wiki/encyclopedia.js';
import { languageOf, requireTitle } from './resolve.js';

export const getArticle = defineWikipediaServerTool({
  name: 'get_article',
  description:
    'A whole article by its exact title: {title, pageid, summary (the lead), text (the wikitext), url, sections: ' +
    "[{title, level, text}]} where a section's text is its anchor, as the reference reports it. Fails (404) for a " +
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
      pageid: page.pageid,
      summary: page.extract,
      text: page.wikitext,
      url: pageUrl(language, page.title),
      sections: page.sections.map((section) => ({ title: section.title, level: section.level, text: section.anchor })),
    };
  },
});
