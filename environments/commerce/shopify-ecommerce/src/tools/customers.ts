import { defineTool, type Draft, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { ShopifyState } from '../scenario.js';
import { firstPage } from './limits.js';

export const getCustomers = defineTool({
  name: 'get_customers',
  description:
    'List customers (id, email, first and last name, orders_count, total_spent). email filters by exact, ' +
    'case-sensitive address; limit defaults to 50 and is capped at 250.',
  input: z.object({
    limit: anyInteger().default(50),
    email: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ShopifyState>, args) => {
    let customers = Object.values(state.customers);
    if (args.email) customers = customers.filter((c) => c.email === args.email);
    return { customers: firstPage(customers, args.limit) };
  },
});
