import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getEmail } from './tools/get-email.js';
import { listEmails } from './tools/list-emails.js';
import { sendBatchEmails } from './tools/send-batch-emails.js';
import { sendEmail } from './tools/send-email.js';
import { updateEmail } from './tools/update-email.js';

export const resendEmailService = defineEnvironment({
  name: 'ResendEmailService',
  domain: 'office',
  version: '0.1.0',
  description: 'Resend email API: send one email or a batch, read a sent email, list sent emails, and reschedule an email.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [sendEmail, sendBatchEmails, getEmail, listEmails, updateEmail],
});

export default resendEmailService;
export { scenarioSchema };
export type { ResendEmailServiceState } from './scenario.js';
