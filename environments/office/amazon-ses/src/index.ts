import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getIdentityVerificationAttributes } from './tools/get-identity-verification-attributes.js';
import { getSendStatistics } from './tools/get-send-statistics.js';
import { sendEmail } from './tools/send-email.js';
import { sendRawEmail } from './tools/send-raw-email.js';
import { sendTemplatedEmail } from './tools/send-templated-email.js';
import { verifyEmailIdentity } from './tools/verify-email-identity.js';

export const amazonSes = defineEnvironment({
  name: 'AmazonSES',
  domain: 'office',
  version: '0.1.0',
  description:
    'Amazon SES email sending: verify sender identities, check their status, send formatted, raw and templated email, and read sending statistics.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [sendEmail, sendRawEmail, sendTemplatedEmail, getSendStatistics, verifyEmailIdentity, getIdentityVerificationAttributes],
});

export default amazonSes;
export { scenarioSchema };
export type { AmazonSESState } from './scenario.js';
