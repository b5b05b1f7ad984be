import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { drawsSoFar, generatedId } from './generated-ids.js';
import { findSession, requireText, requireTokenText } from './session.js';

export const contactSupport = defineTravelBookingTool({
  name: 'contact_support',
  description:
    'Open a support ticket with a message, optionally about a booking (not checked) and with a subject ("General ' +
    'Inquiry" when none). Returns {support_ticket_id, status: "created", estimated_response_time, message}.',
  input: z.object({
    access_token: z.string(),
    message: z.string(),
    booking_id: z.string().nullable().default(null),
    subject: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    requireText(args.message, 'message is required: describe the issue or question');
    findSession(state, args.access_token);
    const ticketId = generatedId(state.random_seed, drawsSoFar(state));
    state.support_tickets.push({
      support_ticket_id: ticketId,
      subject: args.subject || 'General Inquiry',
      message: args.message,
      booking_id: args.booking_id,
      created_at: state.current_time,
    });
    return {
      support_ticket_id: ticketId,
      status: 'created',
      estimated_response_time: '24-48 hours',
      message: 'Support ticket created successfully',
    };
  },
});
