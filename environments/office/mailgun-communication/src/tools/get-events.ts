import { anyInteger, defaultNull, pythonSlice, pythonStrptime, ToolError, wallClockSeconds } from '@envfleet/kit';
import { z } from 'zod';
import { defineMailgunCommunicationTool } from '../scenario.js';
import { requireDomain } from './mail-queue.js';

// The bounds are RFC 2822 dates, read as the reference reads them.
const RFC_2822 = '%a, %d %b %Y %H:%M:%S %Z';

function boundSeconds(text: string, name: string): number {
  const read = pythonStrptime(text, RFC_2822);
  if (!read.ok) throw new ToolError(`${name} must be an RFC 2822 date such as "Tue, 05 Mar 2024 14:30:00 GMT" (${read.reason})`);
  return wallClockSeconds(read.value);
}

export const getEvents = defineMailgunCommunicationTool({
  name: 'get_events',
  description:
    'The event log of a sending domain, oldest first, optionally only some event types (accepted, delivered, ' +
    'opened, …) and a time window given as RFC 2822 dates ("Tue, 05 Mar 2024 14:30:00 GMT"), at most `limit` ' +
    '(default 100): {items: [{event, id, timestamp, recipient, domain, message}], paging}.',
  input: z.object({
    domain: z.string(),
    event_types: defaultNull(z.array(z.string())),
    begin_time: defaultNull(z.string()),
    end_time: defaultNull(z.string()),
    limit: anyInteger().default(100),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireDomain(state, args.domain);
    let events = state.events.filter((event) => event.domain === args.domain);
    const types = args.event_types;
    if (types && types.length > 0) events = events.filter((event) => types.includes(event.event));
    if (args.begin_time) {
      const begin = boundSeconds(args.begin_time, 'begin_time');
      events = events.filter((event) => event.timestamp >= begin);
    }
    if (args.end_time) {
      const end = boundSeconds(args.end_time, 'end_time');
      events = events.filter((event) => event.timestamp <= end);
    }
    return { items: pythonSlice(events, null, args.limit), paging: { next: '', previous: '' } };
  },
});
