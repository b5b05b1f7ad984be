import { z } from 'zod';
import { defineAmazonSESTool } from '../scenario.js';

export const getSendStatistics = defineAmazonSESTool({
  name: 'get_send_statistics',
  description:
    'List the sending statistics on record: {SendDataPoints: [{Timestamp, DeliveryAttempts, Bounces, Complaints, ' +
    'Rejects}]}, in stored order. Sending email does not add to them.',
  annotations: { readOnlyHint: true },
  input: z.object({}),
  handler: (state) => ({ SendDataPoints: state.send_statistics.map((point) => ({ ...point })) }),
});
