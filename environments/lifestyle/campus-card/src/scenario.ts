import { integerKeyed, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's CampusCard scenario — card accounts and their transaction histories by
// userId, the texts of the six status codes, and the clock recharges are stamped with. {} holds no
// account, the reference's status texts and 2024-01-01 00:00:00.
export const transactionSchema = z.object({
  tradeId: z.string(),
  merchantName: z.string(),
  date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
  amount: z.number(),
  balanceAfter: z.number(),
});

export const userAccountSchema = z.object({
  userId: z.string(),
  name: z.string(),
  password: z.string(),
  balance: z.number().min(0),
  currency: z.string().default('CNY'),
  status: z.int().min(1).max(6).default(1),
  phone: z.string().nullable().default(null),
  email: z.string().nullable().default(null),
  address: z.string().nullable().default(null),
});

// The reference's CampusCardScenario.
export const scenarioSchema = z.object({
  accounts: keyedRecord(userAccountSchema).default(() => ({})),
  transactions: keyedRecord(z.array(transactionSchema)).default(() => ({})),
  statusTextMap: integerKeyed(z.string()).default(() => ({
    '1': 'normal',
    '2': 'lost',
    '3': 'system frozen',
    '4': 'closed',
    '5': 'pre-closed',
    '6': 'manually frozen',
  })),
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u)
    .default('2024-01-01 00:00:00'),
});

export type CampusCardState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of CampusCardState. */
export const defineCampusCardTool = toolsFor<CampusCardState>();
