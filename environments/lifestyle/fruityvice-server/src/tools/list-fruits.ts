import { anyInteger, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineFruityviceServerTool } from '../scenario.js';

export const listFruits = defineFruityviceServerTool({
  name: 'list_fruits',
  description:
    'The fruits in the catalogue, in order, the first `limit` when given (a negative limit drops that many from the ' +
    'end, as a Python slice does): {fruits: [{name}]}.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    fruits: (args.limit === null ? state.fruits : pythonSlice(state.fruits, null, args.limit)).map((fruit) => ({ name: fruit.name })),
  }),
});
