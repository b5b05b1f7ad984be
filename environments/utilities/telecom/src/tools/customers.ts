import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Customer, TelecomState } from '../scenario.js';
import { findCustomer, requireText } from './checks.js';

function summary(customer: Draft<Customer>) {
  return {
    customer_id: customer.customer_id,
    full_name: customer.full_name,
    phone_number: customer.phone_number,
    line_ids: customer.line_ids,
  };
}

export const getCustomerByPhone = defineTool({
  name: 'get_customer_by_phone',
  description:
    "Identify a customer from a phone number: matches the account's primary contact number, or the id of one of " +
    'its mobile lines. Returns customer_id, full_name, phone_number and line_ids.',
  input: z.object({ phone_number: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.phone_number, 'Phone number');
    for (const customer of Object.values(state.customers)) {
      if (customer.phone_number === args.phone_number) return summary(customer);
      // A line is addressed by its id; an id pointing at no line is a broken scenario, reported as such.
      const lineIds = customer.line_ids.map((lineId) => {
        const line = ownEntry(state.lines, lineId);
        if (!line) throw new ToolError(`Customer ${customer.customer_id} lists line ${lineId}, which does not exist`);
        return line.line_id;
      });
      if (lineIds.includes(args.phone_number)) return summary(customer);
    }
    throw new ToolError(`Customer with phone number ${args.phone_number} not found`);
  },
});

export const getCustomerById = defineTool({
  name: 'get_customer_by_id',
  description: 'Look up a customer account by its id. Returns customer_id, full_name, phone_number and line_ids.',
  input: z.object({ customer_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.customer_id, 'Customer ID');
    return summary(findCustomer(state, args.customer_id));
  },
});

export const getCustomerByName = defineTool({
  name: 'get_customer_by_name',
  description:
    'Find customers whose full name and date of birth (YYYY-MM-DD) both match exactly — the usual identity check ' +
    'when the caller does not know their account id. Returns {customers: [...]}, possibly empty.',
  input: z.object({ full_name: z.string(), dob: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.full_name, 'Full name');
    requireText(args.dob, 'Date of birth');
    const customers = Object.values(state.customers)
      .filter((customer) => customer.full_name === args.full_name && customer.dob === args.dob)
      .map(summary);
    return { customers };
  },
});

export const getDetailsById = defineTool({
  name: 'get_details_by_id',
  description:
    'Full account details for a customer id: name, phone number, line_ids, bill_ids, email, city and country ' +
    '(the country sets the price of extra data).',
  input: z.object({ customer_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireText(args.customer_id, 'Customer ID');
    const customer = findCustomer(state, args.customer_id);
    return {
      ...summary(customer),
      bill_ids: customer.bill_ids,
      email: customer.email,
      city: customer.city,
      country: customer.country,
    };
  },
});
