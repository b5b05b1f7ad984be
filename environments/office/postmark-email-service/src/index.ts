import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getBounces } from './tools/get-bounces.js';
import { getMessageOpens } from './tools/get-message-opens.js';
import { getOutboundStats } from './tools/get-outbound-stats.js';
import { sendEmail } from './tools/send-email.js';
import { sendEmailBatch } from './tools/send-email-batch.js';

export const postmarkEmailService = defineEnvironment({
  name: 'PostmarkEmailService',
  domain: 'office',
  version: '0.1.0',
  description:
    'Postmark transactional email: send one email or a batch, and read bounces, outbound statistics and the open events of a message.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [sendEmail, sendEmailBatch, getBounces, getOutboundStats, getMessageOpens],
});

export default postmarkEmailService;
export { scenarioSchema };
export type { PostmarkEmailServiceState } from './scenario.js';
