import { z } from 'zod';
import { defineMathTool, PURE } from '../scenario.js';

const numbers = z.object({ numbers: z.array(z.number()) });

// Python's sum() adds left to right (as of the Python 3.11 the recording used).
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export const mean = defineMathTool({
  name: 'mean',
  description: 'The arithmetic mean of a list of numbers.',
  input: numbers,
  annotations: PURE,
  handler: (_state, args) =>
    args.numbers.length === 0 ? { error: 'Cannot calculate mean of an empty list' } : { result: sum(args.numbers) / args.numbers.length },
});

export const standard_deviation = defineMathTool({
  name: 'standard_deviation',
  description: 'The population standard deviation of a list of numbers.',
  input: numbers,
  annotations: PURE,
  handler: (_state, args) => {
    const values = args.numbers;
    if (values.length === 0) return { error: 'Cannot calculate standard deviation of an empty list' };
    const average = sum(values) / values.length;
    const variance = sum(values.map((x) => (x - average) ** 2)) / values.length;
    return { result: Math.sqrt(variance) };
  },
});

export const min_value = defineMathTool({
  name: 'min_value',
  description: 'The smallest number of a list.',
  input: numbers,
  annotations: PURE,
  handler: (_state, args) =>
    args.numbers.length === 0
      ? { error: 'Cannot find minimum of an empty list' }
      : { result: args.numbers.reduce((a, b) => Math.min(a, b)) },
});

export const max_value = defineMathTool({
  name: 'max_value',
  description: 'The largest number of a list.',
  input: numbers,
  annotations: PURE,
  handler: (_state, args) =>
    args.numbers.length === 0
      ? { error: 'Cannot find maximum of an empty list' }
      : { result: args.numbers.reduce((a, b) => Math.max(a, b)) },
});

export const sum_values = defineMathTool({
  name: 'sum_values',
  description: 'The sum of a list of numbers.',
  input: numbers,
  annotations: PURE,
  handler: (_state, args) =>
    args.numbers.length === 0 ? { error: 'Cannot calculate sum of an empty list' } : { result: sum(args.numbers) },
});
