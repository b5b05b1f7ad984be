import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { FakeStoreState } from '../scenario.js';

// The fixed JWT header the store puts in front of every token.
const TOKEN_PREFIX = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

export const userLogin = defineTool({
  name: 'user_login',
  description: 'Sign a user in with username and password. Returns {token} on success; wrong credentials are an error.',
  input: z.object({
    username: z.string(),
    password: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FakeStoreState>, args) => {
    if (!args.username) throw new ToolError('Username must be a non-empty string');
    if (!args.password) throw new ToolError('Password must be a non-empty string');
    const known = Object.hasOwn(state.user_credentials, args.username) && state.user_credentials[args.username] === args.password;
    if (!known) throw new ToolError('Invalid credentials');
    return { token: `${TOKEN_PREFIX}.${args.username}` };
  },
});
