import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getEvents } from './tools/get-events.js';
import { getStats } from './tools/get-stats.js';
import { sendEmail } from './tools/send-email.js';
import { sendMimeEmail } from './tools/send-mime-email.js';
import { validateEmail } from './tools/validate-email.js';

export const mailgunCommunication = defineEnvironment({
  name: 'MailgunCommunication',
  domain: 'office',
  version: '0.1.0',
  description:
    "Mailgun email sending: send text/HTML or MIME messages, read a domain's event log and delivery statistics, and check an address's syntax.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [sendEmail, sendMimeEmail, getEvents, validateEmail, getStats],
});

export default mailgunCommunication;
export { scenarioSchema };
export type { MailgunCommunicationState } from './scenario.js';
