import { ToolError } from '@envfleet/kit';
import type { GitHubServerState } from '../scenario.js';

/**
 * The username of the account the scenario is signed in as. Creating, forking into and listing "my"
 * repositories need it; the reference crashes without one, here the call fails and says what to set.
 */
export function signedInUsername(state: Pick<GitHubServerState, 'current_user'>): string {
  const user = state.current_user;
  if (user === null) throw new ToolError('No user is signed in: set current_user (with a username) in the scenario');
  if (!Object.hasOwn(user, 'username')) {
    throw new ToolError('The signed-in user has no username: add a "username" to current_user in the scenario');
  }
  return user.username as string;
}
