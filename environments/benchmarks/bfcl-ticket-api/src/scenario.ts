import { anyInteger, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state is TicketAPI's public attributes under their own names, read from a BFCL
// `initial_config` entry the way `_load_scenario` reads it: a missing key takes the class default.
// BFCL never checks the queue's shape (some benchmark entries hold a dict, or tickets without
// `created_by`), so the queue is any JSON and the tools fail where Python would raise.
const fields = z.object({
  ticket_queue: z.json().default(() => []),
  ticket_counter: anyInteger().default(1),
  current_user: z.string().nullable().default(null),
  // BFCL passes the long-context flag to every class; TicketAPI ignores it and keeps no attribute
  // for it, so it is read here and kept privately.
  long_context: z.boolean().optional(),
  _long_context: z.boolean().default(false),
});

export const scenarioSchema = fields.overwrite(({ long_context, ...state }) =>
  long_context === undefined ? state : { ...state, _long_context: long_context },
);

export type TicketState = z.output<typeof scenarioSchema>;
export type Json = z.output<ReturnType<typeof z.json>>;
export type Ticket = Record<string, Json>;

export const defineTicketTool = toolsFor<TicketState>();
