import { containsText, defineTool, type Draft, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { HugeiconsState } from '../scenario.js';

export const searchIcons = defineTool({
  name: 'search_icons',
  description:
    'Find icons whose name contains query (case-insensitive; query is required and matched against names only). ' +
    'tags, when given, keeps only icons carrying every one of those tags (case-insensitive). limit caps the ' +
    'number of results, in library order.',
  input: z.object({
    query: z.string(),
    tags: z.array(z.string()).nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<HugeiconsState>, args) => {
    if (!args.query) throw new ToolError('Query must be a non-empty string');
    const query = args.query.toLowerCase();
    const wanted = (args.tags ?? []).map((tag) => tag.toLowerCase());
    const found = state.icons.filter((icon) => {
      if (!containsText(icon.icon_name.toLowerCase(), query)) return false;
      const own = icon.tags.map((tag) => tag.toLowerCase());
      return wanted.every((tag) => own.includes(tag));
    });
    return { icons: args.limit === null ? found : found.slice(0, args.limit) };
  },
});
