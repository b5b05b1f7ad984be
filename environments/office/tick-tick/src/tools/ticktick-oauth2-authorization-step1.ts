import { z } from 'zod';
import { requireText } from '../lookups.js';
import { defineTickTickTool } from '../scenario.js';

export const ticktickOauth2AuthorizationStep1 = defineTickTickTool({
  name: 'ticktick_oauth2_authorization_step1',
  description:
    'Build the TickTick OAuth2 authorization URL for client_id, redirect_uri and scope (values are put in as ' +
    'given, not URL-encoded). A non-empty state is appended and remembered as pending.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    scope: z.string(),
    client_id: z.string(),
    redirect_uri: z.string(),
    state: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.scope, 'scope');
    requireText(args.client_id, 'client_id');
    requireText(args.redirect_uri, 'redirect_uri');
    let url = `https://ticktick.com/oauth/authorize?client_id=${args.client_id}&redirect_uri=${args.redirect_uri}&scope=${args.scope}`;
    if (args.state) {
      url += `&state=${args.state}`;
      state.oauth_state[args.state] = 'pending';
    }
    return { authorization_url: url };
  },
});
