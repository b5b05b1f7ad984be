import { formatFixed, pythonFloatRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { applyOneTimeCharge } from '../billing.js';
import { defineAgentTool } from '../define.js';
import { addDays, customerLine, firstOfMonth, planById, TODAY } from '../records.js';
import type { TelecomDb } from '../scenario.js';

const lineOwner = { customer_id: z.string(), line_id: z.string() };

// τ²'s get_response sends a returned dict with its numbers converted by str() ("2.0", not 2.0),
// while a model inside it (the line) keeps them as numbers: the answers below do the same.

export const suspendLine = defineAgentTool({
  name: 'suspend_line',
  description: "Suspend one of the customer's active lines (at most 6 months; a $5/month holding fee applies), with a reason.",
  input: z.object({ ...lineOwner, reason: z.string() }),
  handler: (db, args) => {
    const line = customerLine(db as TelecomDb, args.customer_id, args.line_id);
    if (line.status !== 'Active') throw new ToolError('Line must be active to suspend');
    line.status = 'Suspended';
    line.suspension_start_date = TODAY;
    return { message: 'Line suspended successfully. $5/month holding fee will apply.', line: { ...line } };
  },
});

export const resumeLine = defineAgentTool({
  name: 'resume_line',
  description: "Resume one of the customer's suspended (or pending activation) lines: it becomes active.",
  input: z.object(lineOwner),
  handler: (db, args) => {
    const line = customerLine(db as TelecomDb, args.customer_id, args.line_id);
    if (line.status !== 'Suspended' && line.status !== 'Pending Activation') throw new ToolError('Line must be suspended to resume');
    line.status = 'Active';
    line.suspension_start_date = null;
    return { message: 'Line resumed successfully', line: { ...line } };
  },
});

export const getDataUsage = defineAgentTool({
  name: 'get_data_usage',
  description: "A line's data use this billing cycle: GB used, the plan's limit, GB refueled and the cycle's end date.",
  input: z.object(lineOwner),
  annotations: { readOnlyHint: true },
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const line = customerLine(db, args.customer_id, args.line_id);
    const plan = planById(db, line.plan_id);
    return {
      line_id: args.line_id,
      data_used_gb: pythonFloatRepr(line.data_used_gb),
      data_limit_gb: pythonFloatRepr(plan.data_limit_gb),
      data_refueling_gb: pythonFloatRepr(line.data_refueling_gb),
      cycle_end_date: addDays(firstOfMonth(TODAY, 1), -1),
    };
  },
});

export const enableRoaming = defineAgentTool({
  name: 'enable_roaming',
  description: "Turn international roaming on for one of the customer's lines.",
  input: z.object(lineOwner),
  handler: (db, args) => {
    const line = customerLine(db as TelecomDb, args.customer_id, args.line_id);
    if (line.roaming_enabled) return 'Roaming was already enabled';
    line.roaming_enabled = true;
    return 'Roaming enabled successfully';
  },
});

export const disableRoaming = defineAgentTool({
  name: 'disable_roaming',
  description: "Turn international roaming off for one of the customer's lines.",
  input: z.object(lineOwner),
  handler: (db, args) => {
    const line = customerLine(db as TelecomDb, args.customer_id, args.line_id);
    if (!line.roaming_enabled) return 'Roaming was already disabled';
    line.roaming_enabled = false;
    return 'Roaming disabled successfully';
  },
});

export const refuelData = defineAgentTool({
  name: 'refuel_data',
  description:
    "Add gb_amount GB of data to one of the customer's lines for this cycle, charged to their draft bill at the plan's " +
    'refueling price per GB.',
  input: z.object({ ...lineOwner, gb_amount: z.number() }),
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const line = customerLine(db, args.customer_id, args.line_id);
    if (args.gb_amount <= 0) throw new ToolError('Refuel amount must be positive');
    const plan = planById(db, line.plan_id);
    const charge = args.gb_amount * plan.data_refueling_price_per_gb;
    line.data_refueling_gb += args.gb_amount;
    // τ² declares gb_amount a float and prints it, and the plan's price, as floats ("2.0 GB at $5.0/GB").
    const amount = pythonFloatRepr(args.gb_amount);
    applyOneTimeCharge(
      db,
      args.customer_id,
      charge,
      `Data refueling: ${amount} GB at $${pythonFloatRepr(plan.data_refueling_price_per_gb)}/GB`,
    );
    return {
      message: `Successfully added ${amount} GB of data for line ${args.line_id} for $${formatFixed(charge, 2)}`,
      new_data_refueling_gb: pythonFloatRepr(line.data_refueling_gb),
      charge: pythonFloatRepr(charge),
    };
  },
});
