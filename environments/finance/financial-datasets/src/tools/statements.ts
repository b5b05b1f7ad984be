import { type Draft, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineFinancialDatasetsTool, type FinancialDatasetsState } from '../scenario.js';
import { requireText } from './require-text.js';

type StatementBook = 'income_statements' | 'balance_sheets' | 'cash_flow_statements';

const input = z.object({
  symbol: z.string(),
  period: z.string().default('annual'),
});

// An unknown symbol or period is not an error: the answer is an empty list.
function statements(state: Draft<FinancialDatasetsState>, book: StatementBook, args: z.output<typeof input>) {
  requireText(args.symbol, 'Symbol', 'symbol');
  const periods = ownEntry<Record<string, unknown[]>>(state[book], args.symbol);
  const found = periods ? ownEntry(periods, args.period) : undefined;
  return { symbol: args.symbol, period: args.period, statements: found ?? [] };
}

const periodHelp =
  'period names the series as stored, usually "annual" (the default) or "quarterly"; an unknown symbol or period ' + 'gives an empty list.';

export const getIncomeStatements = defineFinancialDatasetsTool({
  name: 'get_income_statements',
  description: `A company's income statements (date, revenue, net_income, eps) in stored order. ${periodHelp}`,
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => statements(state, 'income_statements', args),
});

export const getBalanceSheets = defineFinancialDatasetsTool({
  name: 'get_balance_sheets',
  description: `A company's balance sheets (date, total_assets, total_liabilities, shareholders_equity) in stored order. ${periodHelp}`,
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => statements(state, 'balance_sheets', args),
});

export const getCashFlowStatements = defineFinancialDatasetsTool({
  name: 'get_cash_flow_statements',
  description:
    "A company's cash flow statements (date, operating_cash_flow, investing_cash_flow, financing_cash_flow, " +
    `net_change_in_cash) in stored order. ${periodHelp}`,
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => statements(state, 'cash_flow_statements', args),
});
