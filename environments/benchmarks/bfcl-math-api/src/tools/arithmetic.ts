import { anyInteger, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { decimalSqrt } from '../decimal-sqrt.js';
import { mpmathLogRatio } from '../mpmath.js';
import { defineMathTool, PURE } from '../scenario.js';

const pair = z.object({ a: z.number(), b: z.number() });

export const add = defineMathTool({
  name: 'add',
  description: 'Add two numbers: {result: a + b}.',
  input: pair,
  annotations: PURE,
  handler: (_state, args) => ({ result: args.a + args.b }),
});

export const subtract = defineMathTool({
  name: 'subtract',
  description: 'Subtract b from a: {result: a - b}.',
  input: pair,
  annotations: PURE,
  handler: (_state, args) => ({ result: args.a - args.b }),
});

export const multiply = defineMathTool({
  name: 'multiply',
  description: 'Multiply two numbers: {result: a * b}.',
  input: pair,
  annotations: PURE,
  handler: (_state, args) => ({ result: args.a * args.b }),
});

export const divide = defineMathTool({
  name: 'divide',
  description: 'Divide a by b: {result: a / b}; dividing by zero answers an error.',
  input: pair,
  annotations: PURE,
  handler: (_state, args) => (args.b === 0 ? { error: 'Cannot divide by zero' } : { result: args.a / args.b }),
});

export const power = defineMathTool({
  name: 'power',
  description: 'Raise base to exponent: {result: base ** exponent}.',
  input: z.object({ base: z.number(), exponent: z.number() }),
  annotations: PURE,
  handler: (_state, args) => {
    // Python raises for 0 to a negative power and answers a complex number for a negative base to a fractional power.
    if (args.base === 0 && args.exponent < 0) throw new ToolError('0.0 cannot be raised to a negative power');
    if (args.base < 0 && !Number.isInteger(args.exponent))
      throw new ToolError('a negative base to a fractional power is complex; not supported');
    return { result: args.base ** args.exponent };
  },
});

export const absolute_value = defineMathTool({
  name: 'absolute_value',
  description: 'The absolute value of a number.',
  input: z.object({ number: z.number() }),
  annotations: PURE,
  handler: (_state, args) => ({ result: Math.abs(args.number) }),
});

export const round_number = defineMathTool({
  name: 'round_number',
  description:
    'Round a number to decimal_places decimals (0 by default; negative rounds to tens, hundreds, …), ties to even as Python does.',
  input: z.object({ number: z.number(), decimal_places: anyInteger().default(0) }),
  annotations: PURE,
  handler: (_state, args) => {
    if (args.decimal_places >= 0) return { result: pythonRound(args.number, args.decimal_places) };
    const unit = 10 ** -args.decimal_places;
    return { result: pythonRound(args.number / unit, 0) * unit };
  },
});

export const percentage = defineMathTool({
  name: 'percentage',
  description: 'What percentage part is of whole: {result: part / whole * 100}; a zero whole answers an error.',
  input: z.object({ part: z.number(), whole: z.number() }),
  annotations: PURE,
  handler: (_state, args) => (args.whole === 0 ? { error: 'Whole value cannot be zero' } : { result: (args.part / args.whole) * 100 }),
});

export const square_root = defineMathTool({
  name: 'square_root',
  description: 'The square root of a number to precision significant digits; a negative number answers an error.',
  input: z.object({ number: z.number(), precision: anyInteger() }),
  annotations: PURE,
  handler: (_state, args) => {
    if (args.number < 0) return { error: 'Cannot calculate square root of a negative number' };
    // Python's decimal refuses a context precision below 1 with a ValueError.
    if (args.precision < 1) throw new ToolError('valid range for prec is [1, MAX_PREC]');
    // Past 40 digits the answer's double no longer changes (short of a 1e-23 coincidence), and a huge
    // precision would only cost time: round at 40.
    return { result: decimalSqrt(args.number, Math.min(args.precision, 40)) };
  },
});

export const logarithm = defineMathTool({
  name: 'logarithm',
  description: 'The logarithm of value in base, computed at precision decimal digits (as mpmath does at that precision).',
  input: z.object({ value: z.number(), base: z.number(), precision: anyInteger() }),
  annotations: PURE,
  handler: (_state, args) => {
    const outcome = mpmathLogRatio(args.value, args.base, args.precision);
    if ('complex' in outcome) throw new ToolError('the logarithm of a negative number is complex; not supported');
    if ('error' in outcome) return outcome;
    const value = Number(outcome.digits);
    return { result: Number.isFinite(value) ? value : outcome.digits };
  },
});
