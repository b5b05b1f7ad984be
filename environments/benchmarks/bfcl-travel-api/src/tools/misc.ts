import { pythonRound, pythonStrptime, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelTool } from '../scenario.js';

export const getBudgetFiscalYear = defineTravelTool({
  name: 'get_budget_fiscal_year',
  description: 'The budget fiscal year (always "2018"); both filters are accepted and ignored.',
  input: z.object({ lastModifiedAfter: z.string().nullable().default(null), includeRemoved: z.string().nullable().default(null) }),
  annotations: { readOnlyHint: true },
  handler: () => ({ budget_fiscal_year: '2018' }),
});

// Units of the second currency per US dollar.
const RATES: [string, string, number][] = [
  ['USD', 'RMB', 7],
  ['USD', 'EUR', 0.8],
  ['USD', 'JPY', 110],
  ['USD', 'GBP', 0.7],
  ['USD', 'CAD', 1.3],
  ['USD', 'AUD', 1.4],
  ['USD', 'INR', 70],
  ['USD', 'RUB', 60],
  ['USD', 'BRL', 3.8],
  ['USD', 'MXN', 20],
];

export const computeExchangeRate = defineTravelTool({
  name: 'compute_exchange_rate',
  description:
    'Convert `value` between US dollars and RMB, EUR, JPY, GBP, CAD, AUD, INR, RUB, BRL or MXN (from USD exact, to ' +
    'USD rounded to cents). Other pairs fail the call.',
  input: z.object({ base_currency: z.string(), target_currency: z.string(), value: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    for (const [from, to, rate] of RATES) {
      if (args.base_currency === from && args.target_currency === to) return { exchanged_value: args.value * rate };
      if (args.base_currency === to && args.target_currency === from) return { exchanged_value: pythonRound(args.value / rate, 2) };
    }
    throw new ToolError('ValueError: No available exchange rate for the given currencies.');
  },
});

export const verifyTravelerInformation = defineTravelTool({
  name: 'verify_traveler_information',
  description:
    "Check a traveller before booking: the name must be the signed-in user's, the birth date (YYYY-MM-DD) at " +
    'least 18 years back from today (the episode clock), and the passport number must start with "US".',
  input: z.object({ first_name: z.string(), last_name: z.string(), date_of_birth: z.string(), passport_number: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args, ctx) => {
    if (state.user_first_name !== args.first_name || state.user_last_name !== args.last_name) {
      const expected = `${state.user_first_name ?? 'None'} ${state.user_last_name ?? 'None'}`;
      return {
        verification_status: false,
        verification_failure: `Cannot book flight information for another user.Expected ${expected}, got ${args.first_name} ${args.last_name}`,
      };
    }
    const born = pythonStrptime(args.date_of_birth, '%Y-%m-%d');
    if (!born.ok) return { verification_status: false, verification_failure: 'Invalid date of birth format. Please use YYYY-MM-DD.' };
    const today = ctx.now();
    const month = today.getUTCMonth() + 1;
    const day = today.getUTCDate();
    const beforeBirthday = month < born.value.month || (month === born.value.month && day < born.value.day);
    const age = today.getUTCFullYear() - born.value.year - (beforeBirthday ? 1 : 0);
    if (age < 18) return { verification_status: false, verification_failure: 'Traveler must be at least 18 years old.' };
    if (!args.passport_number.startsWith('US')) {
      return { verification_status: false, verification_failure: 'Passport must be issued by the United States.' };
    }
    return { verification_status: true };
  },
});
