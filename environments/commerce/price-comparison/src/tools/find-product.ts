import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { PriceComparisonState } from '../scenario.js';

export const getPidPosDetails = defineTool({
  name: 'get_pid_pos_details',
  description:
    'Find a product by its full name (exact, case-insensitive, e.g. "wireless mouse") and get the pid and pos that ' +
    'the price tools need. When no product has that name the answer is {pid: "", pos: 0, name: ""}, not an error.',
  input: z.object({ name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PriceComparisonState>, args) => {
    if (!args.name) throw new ToolError('Name must be a non-empty string');
    const wanted = args.name.toLowerCase();
    const product = Object.values(state.products).find((p) => p.name.toLowerCase() === wanted);
    return product ? { pid: product.pid, pos: product.pos, name: product.name } : { pid: '', pos: 0, name: '' };
  },
});
