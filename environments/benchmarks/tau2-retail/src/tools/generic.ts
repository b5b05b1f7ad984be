import { pythonArithmetic, pythonFloatRepr, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineRetailTool } from '../scenario.js';

export const calculate = defineRetailTool({
  name: 'calculate',
  description:
    'Evaluate an arithmetic expression such as "(12.5 + 7) * 3" and return the result rounded to two decimals, as ' +
    'text. Only digits, + - * /, parentheses, the decimal point and spaces are allowed.',
  input: z.object({ expression: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (_db, args) => {
    if (![...args.expression].every((char) => '0123456789+-*/(). '.includes(char))) {
      throw new ToolError('Invalid characters in expression');
    }
    return pythonFloatRepr(pythonRound(pythonArithmetic(args.expression), 2));
  },
});

export const transferToHumanAgents = defineRetailTool({
  name: 'transfer_to_human_agents',
  description:
    'Hand the customer over to a human agent, with a summary of their issue. Only for when the customer asks for a ' +
    'human, or when the policy and these tools cannot resolve the issue.',
  input: z.object({ summary: z.string() }),
  annotations: { readOnlyHint: true },
  handler: () => 'Transfer successful',
});
