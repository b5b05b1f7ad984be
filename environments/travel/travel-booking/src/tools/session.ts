import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { Session, TravelBookingState } from '../scenario.js';

/** The reference treats an empty string like a missing argument. */
export function requireText(value: string, message: string): void {
  if (!value) throw new ToolError(message);
}

export function requireTokenText(accessToken: string): void {
  requireText(accessToken, 'access_token is required: call authenticate first and pass the token it returns');
}

/** The session of an access token; any token in authenticated_users is valid. */
export function findSession(state: Draft<TravelBookingState>, accessToken: string): Draft<Session> {
  const session = ownEntry(state.authenticated_users, accessToken);
  if (!session) throw new ToolError('Invalid access token: call authenticate to get a valid one');
  return session;
}
