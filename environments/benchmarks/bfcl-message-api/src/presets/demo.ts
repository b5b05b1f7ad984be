import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

/**
 * A small team workspace: five people, a few sent messages (two to the same person, so deleting
 * the latest one shows), nobody logged in yet. Try: message_login, then search_messages("budget").
 */
export const demo: z.input<typeof scenarioSchema> = {
  user_count: 5,
  user_map: { Maya: 'USR001', Omar: 'USR002', Priya: 'USR003', Tomas: 'USR004', Lena: 'USR005' },
  inbox: [
    { USR002: 'Can you review the budget draft?' },
    { USR003: 'Standup moved to 10:30.' },
    { USR002: 'Budget numbers are final.' },
    { USR005: 'Welcome to the team, Lena!' },
  ],
  message_count: 4,
  current_user: null,
};
