import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Kuaidi100State } from '../scenario.js';

export const queryTrace = defineTool({
  name: 'query_trace',
  description:
    'Track a parcel by its tracking number: the courier code and every scan event so far (time and description, ' +
    'oldest first). An unknown number is not an error: it answers kuaidi_company "unknown" with no events. phone ' +
    "(the recipient's number, which SF Express asks for) is accepted but not needed here.",
  input: z.object({
    kuaidi_num: z.string(),
    phone: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<Kuaidi100State>, args) => {
    if (!args.kuaidi_num) throw new ToolError('Tracking number must be a non-empty string');
    const record = ownEntry(state.tracking_records, args.kuaidi_num);
    if (!record) return { kuaidi_num: args.kuaidi_num, kuaidi_company: 'unknown', data: [] };
    return {
      kuaidi_num: record.kuaidi_num,
      kuaidi_company: record.kuaidi_company,
      data: record.data.map((event) => ({ time: event.time, context: event.context })),
    };
  },
});
