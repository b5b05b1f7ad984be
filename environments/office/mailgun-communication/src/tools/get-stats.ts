import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMailgunCommunicationTool } from '../scenario.js';
import { requireDomain } from './mail-queue.js';

export const getStats = defineMailgunCommunicationTool({
  name: 'get_stats',
  description:
    "A sending domain's event counts, optionally only some event types: {stats: [{time, accepted, delivered, failed, " +
    'opened, clicked, complained, unsubscribed}] for the current time, total_stats: {event type: count}}.',
  input: z.object({
    domain: z.string(),
    event_types: defaultNull(z.array(z.string())),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireDomain(state, args.domain);
    const types = args.event_types;
    const counts = new Map<string, number>();
    for (const event of state.events) {
      if (event.domain !== args.domain || (types && types.length > 0 && !types.includes(event.event))) continue;
      counts.set(event.event, (counts.get(event.event) ?? 0) + 1);
    }
    const count = (type: string) => counts.get(type) ?? 0;
    return {
      stats: [
        {
          time: state.current_time,
          accepted: { incoming: 0, outgoing: count('accepted') },
          delivered: { smtp: count('delivered'), http: 0 },
          failed: { temporary: 0, permanent: count('failed') },
          opened: count('opened'),
          clicked: count('clicked'),
          complained: count('complained'),
          unsubscribed: count('unsubscribed'),
        },
      ],
      total_stats: Object.fromEntries(counts),
    };
  },
});
