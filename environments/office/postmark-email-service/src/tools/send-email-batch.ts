import { readLaxModel, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostmarkEmailServiceTool } from '../scenario.js';
import { storeMessage } from './outbox.js';

// One batch item as the reference reads it: absent fields take these defaults, but an explicit null
// is refused where the stored message needs a string or a boolean. Unlike send_email, empty
// addresses and subjects are accepted, as in the reference.
const batchItemSchema = z.object({
  To: z.string().default(''),
  Subject: z.string().default(''),
  TextBody: z.string().nullable().default(null),
  HtmlBody: z.string().nullable().default(null),
  From: z.string().default(''),
  Tag: z.string().nullable().default(null),
  TrackOpens: z.boolean().default(true),
  TrackLinks: z.string().default('HtmlAndText'),
});

export const sendEmailBatch = definePostmarkEmailServiceTool({
  name: 'send_email_batch',
  description:
    'Send several emails in one request: each item is {To, Subject, TextBody?, HtmlBody?, From, Tag?, ' +
    'TrackOpens?, TrackLinks?}. Each gets its own msg-<n> id; all are sent or, when one item is malformed, ' +
    'none is. Returns {results: [receipt, ...]} in the order given.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    messages: z.array(z.any()),
  }),
  handler: (state, args) => {
    if (args.messages.length === 0) throw new ToolError('messages must be a non-empty list of email objects');
    const results = args.messages.map((item, index) => {
      const reading = readLaxModel(batchItemSchema, item);
      if (!reading.ok) throw new ToolError(`messages[${index}]: ${reading.message}`);
      return storeMessage(state, reading.value);
    });
    return { results };
  },
});
