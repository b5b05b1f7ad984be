import { defaultNull, type Draft, defineTool } from '@envfleet/kit';
import { z } from 'zod';
import { nextId } from '../next-id.js';
import type { StripeState } from '../scenario.js';
import { creationTime } from '../unix-time.js';
import { requireText } from './require-text.js';

export const createCustomer = defineTool({
  name: 'create_customer',
  description:
    'Register a customer by email (required), with an optional name, phone and metadata, so payments can be ' +
    'attached to them. Emails are not checked for format or uniqueness. Returns id, email, name and created ' +
    '(Unix seconds of the current time).',
  input: z.object({
    email: z.string(),
    name: defaultNull(z.string()),
    phone: defaultNull(z.string()),
    metadata: defaultNull(z.record(z.string(), z.any())),
  }),
  handler: (state: Draft<StripeState>, args) => {
    requireText(args.email, 'Email', 'email');
    const created = creationTime(state.current_time);
    const id = nextId('cus_', state.customers);
    state.customers[id] = {
      id,
      email: args.email,
      name: args.name,
      phone: args.phone,
      metadata: args.metadata ?? {},
      created,
    };
    return { id, email: args.email, name: args.name, created };
  },
});
