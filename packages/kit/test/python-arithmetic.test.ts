import { describe, expect, it } from 'vitest';
import { pythonArithmetic, ToolError } from '../src/index.js';

// Expected values are what Python 3.11's eval() gives for the same text.
describe('pythonArithmetic', () => {
  it.each([
    ['2 + 2', 4],
    ['(12.5 + 7) * 3', 58.5],
    ['7 / 2', 3.5],
    ['100 / 3', 33.333333333333336],
    ['0.1 + 0.2', 0.30000000000000004],
    ['10 - 3 - 2', 5],
    ['.5 + 1.', 1.5],
    ['1 - -1', 2],
    ['+3', 3],
  ])('evaluates %s as Python does', (expression, value) => {
    expect(pythonArithmetic(expression)).toBe(value);
  });

  it('floors with //, binds ** tighter than a sign and to the right', () => {
    expect(pythonArithmetic('7 // 2')).toBe(3);
    expect(pythonArithmetic('-7 // 2')).toBe(-4);
    expect(pythonArithmetic('7.5 // 2')).toBe(3);
    expect(pythonArithmetic('-2 ** 2')).toBe(-4);
    expect(pythonArithmetic('(-2) ** 2')).toBe(4);
    expect(pythonArithmetic('2 ** 3 ** 2')).toBe(512);
    expect(pythonArithmetic('2 ** -1')).toBe(0.5);
  });

  it("raises Python's ZeroDivisionError texts, by operand type", () => {
    expect(() => pythonArithmetic('1 / 0')).toThrow('division by zero');
    expect(() => pythonArithmetic('1.0 / 0')).toThrow('float division by zero');
    expect(() => pythonArithmetic('1 // 0')).toThrow('integer division or modulo by zero');
    expect(() => pythonArithmetic('1.5 // 0')).toThrow('float floor division by zero');
    expect(() => pythonArithmetic('0 ** -1')).toThrow('0.0 cannot be raised to a negative power');
  });

  it('refuses malformed text with a ToolError naming the position', () => {
    for (const text of ['', '2 +', '(1 + 2', '1 2', '1.2.3', '05', '()']) {
      expect(() => pythonArithmetic(text), text).toThrow(ToolError);
    }
    expect(() => pythonArithmetic('1 + * 2')).toThrow(/position 5/);
  });
});
