import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol } from './require-text.js';
import { symbolData } from './symbol-data.js';

const input = z.object({
  symbol: z.string(),
  freq: z.string().default('yearly'),
});

export const getIncomeStatement = defineYahooFinanceTool({
  name: 'get_income_statement',
  description:
    "A company's income statement as stored, one entry per reporting period: {income_statements: {period: " +
    '{line item: value}}}. freq is accepted but the stored periods come back whatever it says. Fails when the ' +
    'symbol has no income statement.',
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    return { income_statements: symbolData(state.income_statements, args.symbol, 'Income statement data') };
  },
});

export const getCashflow = defineYahooFinanceTool({
  name: 'get_cashflow',
  description:
    "A company's cash flow statement as stored, one entry per reporting period: {cashflow_statements: {period: " +
    '{line item: value}}}. freq is accepted but does not select anything. Fails when the symbol has no cash flow ' +
    'statement.',
  input,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    return { cashflow_statements: symbolData(state.cashflow_statements, args.symbol, 'Cash flow statement data') };
  },
});
