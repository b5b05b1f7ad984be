import { defineTool, type Draft, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { HugeiconsState } from '../scenario.js';

export const listIcons = defineTool({
  name: 'list_icons',
  description:
    'List the icons of the library (name, category, tags, available styles) in library order. offset skips that ' +
    'many icons (default 0) and limit caps how many are returned (default: all). As with Python slices, a ' +
    'negative offset counts from the end and a negative limit shortens the page from its end.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
    offset: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<HugeiconsState>, args) => {
    const offset = args.offset ?? 0;
    const limit = args.limit ?? state.icons.length;
    // Array.prototype.slice reads negative bounds exactly as the reference's Python slice does.
    return { icons: state.icons.slice(offset, offset + limit) };
  },
});
