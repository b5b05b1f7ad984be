import { z } from 'zod';
import { randint } from '../random-draws.js';
import { defineTravelTool, type TravelState } from '../scenario.js';

/** The checks most secured calls make first, as BFCL orders them; undefined when they pass. */
export function tokenProblem(state: TravelState, accessToken: string): string | undefined {
  if (state.token_expires_in === 0) return 'Token expired';
  if (accessToken !== state.access_token) return 'Invalid access token';
  return undefined;
}

export const authenticateTravel = defineTravelTool({
  name: 'authenticate_travel',
  description:
    'Sign in to the travel system: any client credentials are accepted and a new six-digit access token (drawn ' +
    "from the scenario's seeded generator) is issued with the grant type as its scope; the traveller's name is " +
    'remembered for traveller checks.',
  input: z.object({
    client_id: z.string(),
    client_secret: z.string(),
    refresh_token: z.string(),
    grant_type: z.string(),
    user_first_name: z.string(),
    user_last_name: z.string(),
  }),
  handler: (state, args) => {
    state.token_expires_in = 2;
    state.access_token = String(randint(state, 100000, 999999));
    state.token_type = 'Bearer';
    state.token_scope = args.grant_type;
    state.user_first_name = args.user_first_name;
    state.user_last_name = args.user_last_name;
    return { expires_in: 2, access_token: state.access_token, token_type: 'Bearer', scope: args.grant_type };
  },
});

export const travelGetLoginStatus = defineTravelTool({
  name: 'travel_get_login_status',
  description: 'Whether a usable token exists: {status: true|false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ status: !(state.token_expires_in === null || state.token_expires_in === 0) }),
});
