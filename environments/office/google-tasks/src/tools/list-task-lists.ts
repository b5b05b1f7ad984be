import { anyInteger, asciiDigits, pythonIsDecimal, pythonIsDigit, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleTasksTool } from '../scenario.js';

/** Where a page starts: page_token is a plain offset; anything that is not all digits starts at 0. */
function pageStart(pageToken: string | null): number {
  if (!pageToken || !pythonIsDigit(pageToken)) return 0;
  // The reference tests isdigit() and then reads with int(), which refuses superscripts and the like.
  if (!pythonIsDecimal(pageToken)) {
    throw new ToolError(`page_token ${pageToken} is not a number: pass the offset in plain digits, e.g. "2"`);
  }
  return Number(asciiDigits(pageToken));
}

export const listTaskLists = defineGoogleTasksTool({
  name: 'list_task_lists',
  description:
    'List the task lists (id and title) in the order they were created. page_token is the offset to start at ' +
    '(as digits, e.g. "2"); max_results, when positive, caps how many come back.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    max_results: anyInteger().nullable().default(null),
    page_token: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const lists = Object.values(state.tasklists);
    const start = pageStart(args.page_token);
    const end = args.max_results && args.max_results > 0 ? Math.min(start + args.max_results, lists.length) : lists.length;
    return { task_lists: lists.slice(start, end).map((list) => ({ tasklist_id: list.tasklist_id, title: list.title })) };
  },
});
