import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { addComment } from './tools/add-comment.js';
import { closeTicket } from './tools/close-ticket.js';
import { createTicket } from './tools/create-ticket.js';
import { getTicket } from './tools/get-ticket.js';
import { getTicketComments } from './tools/get-ticket-comments.js';
import { getTicketStatistics } from './tools/get-ticket-statistics.js';
import { getUserTickets } from './tools/get-user-tickets.js';
import { listTickets } from './tools/list-tickets.js';
import { resolveTicket } from './tools/resolve-ticket.js';
import { searchTickets } from './tools/search-tickets.js';
import { checkLoginStatus, login, logout } from './tools/session.js';
import { updateTicket } from './tools/update-ticket.js';

export const ticketManagementSystem = defineEnvironment({
  name: 'TicketManagementSystem',
  domain: 'office',
  version: '0.1.0',
  description:
    'A support desk: sign in, open, find, update, assign, resolve and close tickets, comment on them (publicly or as staff-only notes) and read desk statistics.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    login,
    logout,
    checkLoginStatus,
    createTicket,
    getTicket,
    listTickets,
    searchTickets,
    updateTicket,
    closeTicket,
    resolveTicket,
    getUserTickets,
    addComment,
    getTicketComments,
    getTicketStatistics,
  ],
});

export default ticketManagementSystem;
export { scenarioSchema };
export type { TicketManagementSystemState } from './scenario.js';
