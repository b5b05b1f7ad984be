import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineWikipediaServerTool } from '../scenario.js';
import { edition, pageByTitle } from '../wiki/encyclopedia.js';
import { languageOf, requireTitle } from './resolve.js';

export const getPageSections = defineWikipediaServerTool({
  name: 'get_page_sections',
  description:
    "A page's section outline: {title, sections: [{title, level, text}]} (text: the section's anchor). A page the " +
    'edition does not have gives no sections rather than an error, as the parse service answers.',
  input: z.object({
    title: z.string(),
    language: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTitle(args.title);
    const page = pageByTitle(edition(state, languageOf(state, args.language)), args.title);
    if (!page) return { title: args.title, sections: [] };
    return {
      title: page.title,
      sections: page.sections.map((section) => ({ title: section.title, level: section.level, text: section.anchor })),
    };
  },
});
