import { parsePythonInt, pythonIsDigit, ToolError } from '@envfleet/kit';
import { field, items } from './loose-data.js';
import { cursorStart, page } from './pages.js';

const ACTIVITY = new Set(['channel_join', 'channel_leave']);

/**
 * A page of a channel's history or a thread's replies. Join/leave notices are left out unless asked
 * for. `limit` is a message count when it is all digits (default 50); other values such as "1d" are
 * accepted and ignored, as in the reference.
 */
export function readConversation(
  stored: unknown,
  where: string,
  options: { limit: string | null; cursor: string | null; includeActivity: boolean },
) {
  let messages = items(stored, where);
  if (!options.includeActivity) {
    messages = messages.filter((message, index) => {
      const subtype = field(message, 'subtype', `${where}[${index}]`);
      return !(typeof subtype === 'string' && ACTIVITY.has(subtype));
    });
  }
  let size = 50n;
  if (options.limit && pythonIsDigit(options.limit)) {
    const count = parsePythonInt(options.limit);
    // Digits such as "²" pass the digit test but are no number, which the reference fails on.
    if (count === undefined) throw new ToolError(`limit "${options.limit}" is not a number: give a count such as "50"`);
    size = count;
  }
  const { page: messagesPage, next_cursor } = page(messages, cursorStart(options.cursor), size);
  return { messages: messagesPage, next_cursor };
}
