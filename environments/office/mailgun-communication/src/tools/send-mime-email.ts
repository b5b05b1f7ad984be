import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMailgunCommunicationTool } from '../scenario.js';
import { queueMessage, requireText } from './mail-queue.js';

export const sendMimeEmail = defineMailgunCommunicationTool({
  name: 'send_mime_email',
  description:
    'Queue a ready-made MIME message for a recipient, from from_email or the default sender; it is stored with the ' +
    'subject "MIME Message" and logs an "accepted" event. Returns {id, message}.',
  input: z.object({
    to_email: z.string(),
    mime_message: z.string(),
    from_email: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    requireText(args.to_email, 'to_email');
    requireText(args.mime_message, 'mime_message');
    const id = queueMessage(state, args.to_email, 'MIME Message', args.from_email, {});
    return { id, message: 'Queued. Thank you.' };
  },
});
