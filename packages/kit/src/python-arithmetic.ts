import { ToolError } from './tool-error.js';

// Python's eval() of text limited to digits, + - * / ( ) . and spaces (τ²-bench's `calculate`). That
// alphabet spells Python's + - * / // ** and unary signs, which this small parser evaluates with
// Python's int/float rules (true division always gives a float, // floors, ** of ints stays an int
// for non-negative exponents) and Python's ZeroDivisionError texts. Syntax errors get our own text.

type PyNumber = { value: number; isInt: boolean };

/** The value Python's eval() gives for `expression`; a ToolError with Python's text where it raises. */
export function pythonArithmetic(expression: string): number {
  const parser = new Parser(expression);
  const result = parser.parse();
  if (result.isInt && !Number.isFinite(result.value)) throw new ToolError('int too large to convert to float');
  return result.value;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parse(): PyNumber {
    const value = this.sum();
    this.skipSpaces();
    if (this.pos < this.text.length) this.fail(`unexpected "${this.text[this.pos]}"`);
    return value;
  }

  private sum(): PyNumber {
    let left = this.product();
    for (;;) {
      const op = this.peekOperator(['+', '-']);
      if (!op) return left;
      this.pos += op.length;
      const right = this.product();
      left = { value: op === '+' ? left.value + right.value : left.value - right.value, isInt: left.isInt && right.isInt };
    }
  }

  private product(): PyNumber {
    let left = this.unary();
    for (;;) {
      const op = this.peekOperator(['//', '*', '/']);
      if (!op) return left;
      this.pos += op.length;
      const right = this.unary();
      left = applyProductOperator(op, left, right);
    }
  }

  private unary(): PyNumber {
    const op = this.peekOperator(['+', '-']);
    if (op) {
      this.pos += 1;
      const operand = this.unary();
      return { value: op === '-' ? -operand.value : operand.value, isInt: operand.isInt };
    }
    return this.power();
  }

  private power(): PyNumber {
    const base = this.atom();
    if (!this.peekOperator(['**'])) return base;
    this.pos += 2;
    return applyPower(base, this.unary());
  }

  private atom(): PyNumber {
    this.skipSpaces();
    if (this.text[this.pos] === '(') {
      this.pos += 1;
      const inner = this.sum();
      this.skipSpaces();
      if (this.text[this.pos] !== ')') this.fail('"(" was never closed');
      this.pos += 1;
      return inner;
    }
    const match = /^(\d+\.?\d*|\.\d+)/.exec(this.text.slice(this.pos));
    if (!match) this.fail(this.pos < this.text.length ? `unexpected "${this.text[this.pos]}"` : 'unexpected end of expression');
    const literal = (match as RegExpExecArray)[0];
    this.pos += literal.length;
    const isInt = !literal.includes('.');
    if (isInt && /^0+[1-9]/.test(literal)) this.fail('leading zeros in decimal integer literals are not permitted');
    return { value: Number(literal), isInt };
  }

  private peekOperator(ops: string[]): string | undefined {
    this.skipSpaces();
    const found = ops.find((op) => this.text.startsWith(op, this.pos));
    // A lone "*" or "/" must not swallow the first half of "**" or "//".
    if (found === '*' && this.text.startsWith('**', this.pos)) return undefined;
    return found;
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  private fail(reason: string): never {
    throw new ToolError(`Invalid expression at position ${this.pos + 1}: ${reason}`);
  }
}

function applyProductOperator(op: string, left: PyNumber, right: PyNumber): PyNumber {
  const bothInt = left.isInt && right.isInt;
  if (op === '*') return { value: left.value * right.value, isInt: bothInt };
  if (right.value === 0) {
    if (op === '/') throw new ToolError(bothInt ? 'division by zero' : 'float division by zero');
    throw new ToolError(bothInt ? 'integer division or modulo by zero' : 'float floor division by zero');
  }
  if (op === '/') return { value: left.value / right.value, isInt: false };
  return { value: Math.floor(left.value / right.value), isInt: bothInt };
}

function applyPower(base: PyNumber, exponent: PyNumber): PyNumber {
  if (base.value === 0 && exponent.value < 0) throw new ToolError('0.0 cannot be raised to a negative power');
  if (base.value < 0 && !Number.isInteger(exponent.value)) {
    // Python answers with a complex number, which float() then refuses.
    throw new ToolError("float() argument must be a string or a real number, not 'complex'");
  }
  const value = base.value ** exponent.value;
  const isInt = base.isInt && exponent.isInt && exponent.value >= 0;
  if (!isInt && !Number.isFinite(value)) throw new ToolError("(34, 'Numerical result out of range')");
  return { value, isInt };
}
