import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';

export const getFlightStatus = defineAirlineTool({
  name: 'get_flight_status',
  description:
    'Operational status (on time, delayed, cancelled, …) of a flight on a date (YYYY-MM-DD). A flight and date with ' +
    'no status on record report "unknown" rather than failing.',
  input: z.object({ flight_number: z.string(), date: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.flight_number || !args.date) throw new ToolError('flight_number and date are both required');
    const status = ownEntry(state.flight_statuses, `${args.flight_number}_${args.date}`);
    if (!status) return { flight_number: args.flight_number, status: 'unknown', date: args.date };
    return { flight_number: status.flight_number, status: status.status, date: status.date };
  },
});
