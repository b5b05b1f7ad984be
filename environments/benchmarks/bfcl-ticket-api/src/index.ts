import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { logout, ticketGetLoginStatus, ticketLogin } from './tools/session.js';
import { closeTicket, createTicket, editTicket, getTicket, getUserTickets, resolveTicket } from './tools/tickets.js';

export const bfclTicketApi = defineEnvironment({
  name: 'BfclTicketAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's TicketAPI: a company's support-ticket queue. Log in, open tickets with a priority, " +
    'look them up, edit, resolve or close them, and list your own by status. Same class, function and ' +
    'argument names as the benchmark; a scenario is the class entry of an initial_config.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [ticketLogin, ticketGetLoginStatus, logout, createTicket, getTicket, closeTicket, resolveTicket, editTicket, getUserTickets],
});

export default bfclTicketApi;
export { scenarioSchema };
export type { Json, Ticket, TicketState } from './scenario.js';
