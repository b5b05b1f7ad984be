import { emptyMap, pythonRound, pythonStrptime, wallClockSeconds } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool, type Ticket } from '../scenario.js';
import { requireSignedIn } from './access.js';

const FORMAT = '%Y-%m-%d %H:%M:%S';

/** Hours from creation to the last update, or null where a timestamp is not a real date (the reference skips those). */
function resolutionHours(ticket: Ticket): number | null {
  const created = pythonStrptime(ticket.created_at, FORMAT);
  const updated = pythonStrptime(ticket.updated_at, FORMAT);
  // datetime.strptime, unlike time.strptime, refuses a leap second.
  if (!created.ok || !updated.ok || created.value.second > 59 || updated.value.second > 59) return null;
  return (wallClockSeconds(updated.value) - wallClockSeconds(created.value)) / 3600;
}

export const getTicketStatistics = defineTicketManagementSystemTool({
  name: 'get_ticket_statistics',
  description:
    'Counts over all tickets: total, open, in_progress, resolved and closed, tickets by category and by priority, and ' +
    'the average hours from creation to the last update of resolved tickets that have a resolution (0 when none), to ' +
    '2 decimals. time_period is accepted and, as in the reference, every ticket counts. Needs a signed-in user.',
  input: z.object({
    time_period: z.string().default('all'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    requireSignedIn(state);
    const tickets = Object.values(state.tickets);
    const withStatus = (status: string) => tickets.filter((ticket) => ticket.status === status).length;
    const hours: number[] = [];
    for (const ticket of tickets) {
      if (ticket.status !== 'resolved' || !ticket.resolution) continue;
      const value = resolutionHours(ticket);
      if (value !== null) hours.push(value);
    }
    const average = hours.length ? hours.reduce((sum, value) => sum + value, 0) / hours.length : 0;
    const byCategory = emptyMap<number>();
    const byPriority = emptyMap<number>();
    for (const ticket of tickets) {
      byCategory[ticket.category] = (byCategory[ticket.category] ?? 0) + 1;
      byPriority[String(ticket.priority)] = (byPriority[String(ticket.priority)] ?? 0) + 1;
    }
    return {
      total_tickets: tickets.length,
      open_tickets: withStatus('open'),
      in_progress_tickets: withStatus('in_progress'),
      resolved_tickets: withStatus('resolved'),
      closed_tickets: withStatus('closed'),
      average_resolution_time: pythonRound(average, 2),
      tickets_by_category: byCategory,
      tickets_by_priority: byPriority,
    };
  },
});
