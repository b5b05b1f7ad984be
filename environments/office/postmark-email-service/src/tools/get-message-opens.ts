import { anyInteger, hasEntry, ownEntry, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostmarkEmailServiceTool } from '../scenario.js';

export const getMessageOpens = definePostmarkEmailServiceTool({
  name: 'get_message_opens',
  description:
    'Open events recorded for one sent message (client, OS, platform, read time, location, recipient), paged by ' +
    'offset and count (Python slice rules). Returns {total_count, opens}. Fails when message_id is empty or no ' +
    'message has that id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    message_id: z.string(),
    count: anyInteger().default(100),
    offset: anyInteger().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.message_id) throw new ToolError('message_id must be a non-empty string: give a MessageID such as msg-1');
    if (!hasEntry(state.messages, args.message_id)) {
      throw new ToolError(`Message ${args.message_id} not found: use a MessageID returned by send_email`);
    }
    const events = ownEntry(state.opens, args.message_id) ?? [];
    return { total_count: events.length, opens: pythonSlice(events, args.offset, args.offset + args.count) };
  },
});
