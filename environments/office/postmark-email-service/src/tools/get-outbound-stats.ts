import { compareCodePoints, defaultNull, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { definePostmarkEmailServiceTool } from '../scenario.js';

export const getOutboundStats = definePostmarkEmailServiceTool({
  name: 'get_outbound_stats',
  description:
    'Totals for sent email, optionally for one tag and a submission window (from_date/to_date compared as text ' +
    'with the SubmittedAt timestamps, so "2025-03-01" starts that day): Sent, hard/soft/total bounces (by tag ' +
    'only), Opens and UniqueOpens of tracked messages, Tracked, and click, spam and unsubscribe counts (always 0).',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    tag: defaultNull(z.string()),
    from_date: defaultNull(z.string()),
    to_date: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, { tag, from_date: from, to_date: to }) => {
    const sent = Object.values(state.messages).filter(
      (message) =>
        (!tag || message.Tag === tag) &&
        (!from || (!!message.SubmittedAt && compareCodePoints(message.SubmittedAt, from) >= 0)) &&
        (!to || (!!message.SubmittedAt && compareCodePoints(message.SubmittedAt, to) <= 0)),
    );
    // The window narrows messages only; bounces are counted by tag alone, as in the reference.
    const bounces = Object.values(state.bounces).filter((bounce) => !tag || bounce.Tag === tag);
    const hard = bounces.filter((bounce) => bounce.Type === 'HardBounce').length;
    const soft = bounces.filter((bounce) => bounce.Type === 'SoftBounce').length;
    let opens = 0;
    let uniqueOpens = 0;
    let tracked = 0;
    for (const message of sent) {
      if (!message.TrackOpens) continue;
      tracked += 1;
      const events = (message.MessageID !== null && ownEntry(state.opens, message.MessageID)) || [];
      opens += events.length;
      if (events.length > 0) uniqueOpens += 1;
    }
    return {
      Sent: sent.length,
      HardBounces: hard,
      SoftBounces: soft,
      TotalBounces: hard + soft,
      SpamComplaints: 0,
      Opens: opens,
      UniqueOpens: uniqueOpens,
      TotalClicks: 0,
      UniqueClicks: 0,
      Unsubscribes: 0,
      Tracked: tracked,
    };
  },
});
