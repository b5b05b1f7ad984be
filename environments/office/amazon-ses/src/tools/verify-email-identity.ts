import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAmazonSESTool, emailAddressSchema } from '../scenario.js';

export const verifyEmailIdentity = defineAmazonSESTool({
  name: 'verify_email_identity',
  description:
    'Start verifying an email address as a sender. A new address is registered as Pending and {status: "pending"} ' +
    'is returned; for an address already registered, its current status is returned in lower case (success, ' +
    'pending, failed, …). Refuses text that is not an email address.',
  input: z.object({
    email_address: z.string(),
  }),
  handler: (state, args) => {
    const email = args.email_address;
    if (!email) throw new ToolError('email_address must be a non-empty string');
    if (hasEntry(state.verified_identities, email)) {
      return { status: (ownEntry(state.verified_identities, email)?.verification_status ?? '').toLowerCase() };
    }
    if (!emailAddressSchema.shape.address.safeParse(email).success) {
      throw new ToolError(`"${email}" is not an email address: expected name@domain.tld`);
    }
    state.verified_identities[email] = { address: email, verification_status: 'Pending', verification_token: null };
    return { status: 'pending' };
  },
});
