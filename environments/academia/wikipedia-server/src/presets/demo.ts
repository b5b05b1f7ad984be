import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';
import { builtinWiki } from '../wiki/builtin.js';

// The built-in pages made explicit (so they can be edited in a copy of this preset), with shorter
// result lists: three search results and three related pages unless a call asks for more.
export const demo: z.input<typeof scenarioSchema> = {
  default_language: 'en',
  default_search_limit: 3,
  default_related_limit: 3,
  wiki: builtinWiki,
};
