import { hasEntry, ToolError } from '@envfleet/kit';
import type { PostingState } from '../scenario.js';
import { sessionUsername } from './session.js';

/** The user a lookup is about: the named one (who must exist), or else the logged-in user. */
export function targetUser(state: PostingState, username: string | null): string {
  if (username === null) {
    const me = sessionUsername(state);
    if (me === null) throw new ToolError('Give a username or log in first: with neither there is no user to look up');
    return me;
  }
  if (!hasEntry(state.users, username)) throw new ToolError(`User ${username} not found`);
  return username;
}
