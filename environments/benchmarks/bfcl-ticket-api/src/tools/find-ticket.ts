import { pythonEquals } from '@envfleet/kit';
import { pythonItem, pythonIterate } from '../python.js';
import type { Json, Ticket } from '../scenario.js';

/** The first ticket in the queue whose `id` equals `ticketId` (Python's ==), as TicketAPI finds it. */
export function findTicket(queue: Json, ticketId: number | string): Ticket | undefined {
  for (const ticket of pythonIterate(queue)) {
    if (pythonEquals(pythonItem(ticket, 'id'), ticketId)) return ticket as Ticket;
  }
  return undefined;
}
