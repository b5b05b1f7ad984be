import { ToolError } from '@envfleet/kit';
import type { Ticket, TicketManagementSystemState } from '../scenario.js';

/**
 * The username whose stored session token is the current one, first in session order. With nobody
 * signed in the reference looks for an empty token, so a session stored as "" counts as signed in.
 */
export function sessionUser(state: TicketManagementSystemState): string | null {
  const token = state.current_session_token ?? '';
  for (const [username, stored] of Object.entries(state.sessions)) {
    if (stored === token) return username;
  }
  return null;
}

export function requireSignedIn(state: TicketManagementSystemState): string {
  const username = sessionUser(state);
  // The reference treats an empty username as nobody signed in.
  if (!username) throw new ToolError('Authentication required: call login first');
  return username;
}

export function requirePositiveId(ticketId: number): void {
  if (ticketId < 1) throw new ToolError(`Ticket ID must be a positive integer (got ${ticketId})`);
}

export function findTicket(state: TicketManagementSystemState, ticketId: number): Ticket | undefined {
  return Object.hasOwn(state.tickets, String(ticketId)) ? state.tickets[String(ticketId)] : undefined;
}

export function requireTicket(state: TicketManagementSystemState, ticketId: number): Ticket {
  const ticket = findTicket(state, ticketId);
  if (!ticket) throw new ToolError(`Ticket ${ticketId} not found`);
  return ticket;
}

/** The reference's limit checks for tools that return at least one ticket. */
export function requirePositiveLimit(limit: number): void {
  if (limit < 1) throw new ToolError(`Limit must be positive (got ${limit})`);
}
