import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { requireText } from './checks.js';

export const getUserDetails = defineAirlineTool({
  name: 'get_user_details',
  description: "A customer's profile: user_id, name, the ids of their active reservations and their saved payment methods.",
  input: z.object({ user_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'user_id is required');
    const user = ownEntry(state.users, args.user_id);
    if (!user) throw new ToolError(`User ${args.user_id} not found (check the user_id)`);
    return { user_id: user.user_id, name: user.name, reservations: user.reservations, payment_methods: user.payment_methods };
  },
});
