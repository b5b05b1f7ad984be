import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineResendEmailServiceTool } from '../scenario.js';
import { requireEmail } from './outbox.js';

export const updateEmail = defineResendEmailServiceTool({
  name: 'update_email',
  description:
    'Reschedule an email: set its scheduled_at (ISO 8601) when one is given; with none it is left as it was. ' +
    'Returns {id, scheduled_at}. Fails for an unknown id.',
  input: z.object({
    email_id: z.string(),
    scheduled_at: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    const email = requireEmail(state, args.email_id);
    // Stored as given, as the reference does (its model does not check assignments).
    if (args.scheduled_at) email.scheduled_at = args.scheduled_at;
    return { id: email.id, scheduled_at: email.scheduled_at };
  },
});
