import { type Draft, hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { AmazonSESState } from '../scenario.js';

type State = Draft<AmazonSESState> | AmazonSESState;

/** A source, when given, must be a known identity (verify_email_identity registers one). */
export function requireKnownSender(state: State, source: string | null): void {
  if (source && !hasEntry(state.verified_identities, source)) {
    throw new ToolError(`Source email ${source} is not verified: register it with verify_email_identity, or leave source empty`);
  }
}

/** send_email also needs the identity's verification to have succeeded. */
export function requireVerifiedSender(state: State, source: string): void {
  requireKnownSender(state, source);
  const identity = source ? ownEntry(state.verified_identities, source) : undefined;
  if (identity && identity.verification_status !== 'Success') {
    throw new ToolError(
      `Source email ${source} verification status is ${identity.verification_status}, not Success: send from a verified identity`,
    );
  }
}
