import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { drawsSoFar, generatedId } from './generated-ids.js';

// Lifetime reported for every token; sessions never actually expire.
const TOKEN_LIFETIME_SECONDS = 3600;

export const authenticate = defineTravelBookingTool({
  name: 'authenticate',
  description:
    'Sign in a registered client: client_id and client_secret must match a registered user, and first_name and ' +
    'last_name must match that account exactly. Opens a session and returns {access_token, token_type: "Bearer", ' +
    'expires_in: 3600, scope: grant_type}. Every other account tool needs the access_token.',
  input: z.object({
    client_id: z.string(),
    client_secret: z.string(),
    grant_type: z.string(),
    first_name: z.string(),
    last_name: z.string(),
  }),
  handler: (state, args) => {
    if (!args.client_id || !args.client_secret || !args.grant_type || !args.first_name || !args.last_name) {
      throw new ToolError('client_id, client_secret, grant_type, first_name and last_name are all required');
    }
    const user = ownEntry(state.registered_users, args.client_id);
    if (!user) throw new ToolError(`User with client_id '${args.client_id}' is not registered`);
    if (user.client_secret !== args.client_secret) throw new ToolError(`Invalid client_secret for client_id '${args.client_id}'`);
    if (user.first_name !== args.first_name || user.last_name !== args.last_name) {
      throw new ToolError(`first_name and last_name do not match the account registered as '${args.client_id}'`);
    }
    const token = generatedId(state.random_seed, drawsSoFar(state));
    state.authenticated_users[token] = {
      access_token: token,
      client_id: args.client_id,
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_SECONDS,
      scope: args.grant_type,
      created_at: state.current_time,
    };
    return { access_token: token, token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, scope: args.grant_type };
  },
});
