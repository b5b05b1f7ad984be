import { z } from 'zod';
import { defineMailgunCommunicationTool } from '../scenario.js';
import { requireText } from './mail-queue.js';

export const validateEmail = defineMailgunCommunicationTool({
  name: 'validate_email',
  description:
    'Check the syntax of an address: valid when it has exactly one "@". Answers {address, is_valid, ' +
    'mailbox_verification ("unknown", or "false" when invalid), parts: {local_part, domain, display_name}, ' +
    'did_you_mean}. The mailbox itself is not contacted.',
  input: z.object({
    email: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireText(args.email, 'email');
    const parts = args.email.split('@');
    if (parts.length !== 2) return { address: args.email, is_valid: false, mailbox_verification: 'false', parts: {}, did_you_mean: '' };
    return {
      address: args.email,
      is_valid: true,
      mailbox_verification: 'unknown',
      parts: { local_part: parts[0], domain: parts[1], display_name: '' },
      did_you_mean: '',
    };
  },
});
