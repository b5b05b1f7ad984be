import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAgentTool } from '../define.js';
import { billById, customerById, customerByPhone, deviceById, lineById, planById, sentCustomer, sentDevice } from '../records.js';
import type { TelecomDb } from '../scenario.js';

export const getCustomerByPhone = defineAgentTool({
  name: 'get_customer_by_phone',
  description: 'The customer whose contact number is this phone number, or who owns a line with it: their full record.',
  input: z.object({ phone_number: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db, args) => sentCustomer(customerByPhone(db as TelecomDb, args.phone_number)),
});

export const getCustomerById = defineAgentTool({
  name: 'get_customer_by_id',
  description: 'A customer by id (such as C1001): name, date of birth, contact, address, status, payment methods, line and bill ids.',
  input: z.object({ customer_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db, args) => sentCustomer(customerById(db as TelecomDb, args.customer_id)),
});

export const getCustomerByName = defineAgentTool({
  name: 'get_customer_by_name',
  description: 'Customers with this full name (any letter case) and date of birth (YYYY-MM-DD); a list, empty when none match.',
  input: z.object({ full_name: z.string(), dob: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db, args) =>
    db.customers
      .filter((customer) => customer.full_name.toLowerCase() === args.full_name.toLowerCase() && customer.date_of_birth === args.dob)
      .map((customer) => sentCustomer(customer)),
});

export const getDetailsById = defineAgentTool({
  name: 'get_details_by_id',
  description: 'Any record by its id, told apart by its first letter: L a line, D a device, B a bill, C a customer, P a plan.',
  input: z.object({ id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const { id } = args;
    if (id.startsWith('L')) return lineById(db, id);
    if (id.startsWith('D')) return sentDevice(deviceById(db, id));
    if (id.startsWith('B')) return billById(db, id);
    if (id.startsWith('C')) return sentCustomer(customerById(db, id));
    if (id.startsWith('P')) return planById(db, id);
    throw new ToolError(`Unknown ID format or type: ${id}`);
  },
});
