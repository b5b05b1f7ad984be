import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAmazonSESTool } from '../scenario.js';

export const getIdentityVerificationAttributes = defineAmazonSESTool({
  name: 'get_identity_verification_attributes',
  description:
    'Look up the verification status of identities: {VerificationAttributes: {identity: {VerificationStatus, ' +
    'VerificationToken}}} for each listed identity that is registered; unknown ones are left out.',
  annotations: { readOnlyHint: true },
  input: z.object({
    identities: z.array(z.any()),
  }),
  handler: (state, args) => {
    const found: [string, { VerificationStatus: string; VerificationToken: string | null }][] = [];
    for (const [index, identity] of args.identities.entries()) {
      // The reference looks each one up in a dict: a list or an object cannot be a key there.
      if (identity !== null && typeof identity === 'object') {
        throw new ToolError(
          `identities[${index}] must be an identity name (text), not ${Array.isArray(identity) ? 'a list' : 'an object'}`,
        );
      }
      if (typeof identity !== 'string') continue;
      const record = ownEntry(state.verified_identities, identity);
      if (record) found.push([identity, { VerificationStatus: record.verification_status, VerificationToken: record.verification_token }]);
    }
    // fromEntries defines own properties, so an identity such as "__proto__" is an ordinary key.
    return { VerificationAttributes: Object.fromEntries(found) };
  },
});
