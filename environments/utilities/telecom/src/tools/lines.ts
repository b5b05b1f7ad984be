import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { TelecomState } from '../scenario.js';
import { customerLine, findCustomer, requireLineIds, requireText } from './checks.js';

const lineArgs = z.object({ customer_id: z.string(), line_id: z.string() });

export const getUsage = defineTool({
  name: 'get_usage',
  description:
    "Data usage of one of the customer's lines in the current cycle: data_used_gb, data_limit_gb (monthly " +
    'allowance), data_refueling_gb (extra data bought) and cycle_end_date.',
  input: lineArgs,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    const line = customerLine(state, args.customer_id, args.line_id);
    return {
      line_id: line.line_id,
      data_used_gb: line.data_used_gb,
      data_limit_gb: line.data_limit_gb,
      data_refueling_gb: line.data_refueling_gb,
      cycle_end_date: line.cycle_end_date,
    };
  },
});

export const suspendLine = defineTool({
  name: 'suspend_line',
  description:
    "Suspend one of the customer's lines (lost phone, travel, non-payment…); a reason is required. Fails if the " +
    'line is already suspended. Returns the new status and the suspension start date (today).',
  input: z.object({ customer_id: z.string(), line_id: z.string(), reason: z.string() }),
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    requireText(args.reason, 'Reason');
    const line = customerLine(state, args.customer_id, args.line_id);
    if (line.status === 'suspended') throw new ToolError(`Line ${args.line_id} is already suspended`);
    line.status = 'suspended';
    return { line_id: line.line_id, status: line.status, suspension_start_date: state.current_time.slice(0, 10) };
  },
});

export const resumeLine = defineTool({
  name: 'resume_line',
  description: "Reactivate one of the customer's lines. Fails if the line is already active.",
  input: lineArgs,
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    const line = customerLine(state, args.customer_id, args.line_id);
    if (line.status === 'active') throw new ToolError(`Line ${args.line_id} is already active`);
    line.status = 'active';
    return { line_id: line.line_id, status: line.status };
  },
});

export const enableRoaming = defineTool({
  name: 'enable_roaming',
  description: "Turn on international roaming for one of the customer's lines. Fails if it is already on.",
  input: lineArgs,
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    const line = customerLine(state, args.customer_id, args.line_id);
    if (line.roaming_enabled) throw new ToolError(`Roaming is already enabled on line ${args.line_id}`);
    line.roaming_enabled = true;
    return { line_id: line.line_id, roaming_enabled: line.roaming_enabled };
  },
});

export const disableRoaming = defineTool({
  name: 'disable_roaming',
  description: "Turn off international roaming for one of the customer's lines. Fails if it is already off.",
  input: lineArgs,
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    const line = customerLine(state, args.customer_id, args.line_id);
    if (!line.roaming_enabled) throw new ToolError(`Roaming is already disabled on line ${args.line_id}`);
    line.roaming_enabled = false;
    return { line_id: line.line_id, roaming_enabled: line.roaming_enabled };
  },
});

export const refuelData = defineTool({
  name: 'refuel_data',
  description:
    "Buy extra data (gb_amount GB, > 0) for one of the customer's lines. It is added to the line's " +
    "data_refueling_gb and charged at the per-GB rate of the customer's country (15 USD where none is listed). " +
    'Returns new_data_refueling_gb and charge_amount.',
  input: z.object({ customer_id: z.string(), line_id: z.string(), gb_amount: z.number() }),
  handler: (state: Draft<TelecomState>, args) => {
    requireLineIds(args);
    if (!(args.gb_amount > 0)) throw new ToolError('GB amount must be a positive number');
    const line = customerLine(state, args.customer_id, args.line_id);
    const customer = findCustomer(state, args.customer_id);
    const rates = state.dataRefuelRatesMap;
    const rate = Object.hasOwn(rates, customer.country) ? (rates[customer.country] ?? 15.0) : 15.0;
    line.data_refueling_gb += args.gb_amount;
    return { line_id: line.line_id, new_data_refueling_gb: line.data_refueling_gb, charge_amount: args.gb_amount * rate };
  },
});
