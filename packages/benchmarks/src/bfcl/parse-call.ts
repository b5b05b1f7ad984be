/**
 * BFCL writes gold answers (and models answer) as Python call strings: `mv(source='a', destination='b')`.
 * This reads one such string without evaluating anything: a function name, then positional and
 * keyword arguments that are Python literals (str, int, float, bool, None, list, tuple, dict, with
 * unary signs and string escapes). Anything else is refused with the position and what was expected.
 */

export type PythonLiteral = null | boolean | number | string | PythonLiteral[] | { [key: string]: PythonLiteral };

export interface BfclCall {
  name: string;
  /** Keyword arguments, and positional ones bound to `parameters` when those were given. */
  arguments: Record<string, PythonLiteral>;
  /** Positional arguments as written, in order (also bound into `arguments` when possible). */
  positional: PythonLiteral[];
}

export interface ParseOptions {
  /** The function's parameter names in order, to bind positional arguments to names. */
  parameters?: readonly string[];
}

export class BfclCallSyntaxError extends Error {
  constructor(
    message: string,
    readonly text: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset} of ${JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text)}`);
    this.name = 'BfclCallSyntaxError';
  }
}

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?/y;
const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new BfclCallSyntaxError(message, this.text, this.pos);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? '';
  }

  expect(char: string): void {
    if (this.peek() !== char)
      this.fail(`expected "${char}"${this.pos < this.text.length ? ` but found "${this.text[this.pos]}"` : ' but the text ended'}`);
    this.pos++;
  }

  identifier(): string | undefined {
    this.skipSpace();
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  value(): PythonLiteral {
    const char = this.peek();
    if (char === '-' || char === '+') {
      this.pos++;
      const inner = this.value();
      if (typeof inner !== 'number') this.fail(`a sign "${char}" must be followed by a number`);
      return char === '-' ? -inner : inner;
    }
    if (char === '[') return this.sequence('[', ']');
    if (char === '(') return this.sequence('(', ')');
    if (char === '{') return this.dict();
    if (char === "'" || char === '"') return this.strings();
    if (/[0-9.]/.test(char)) return this.number();
    const start = this.pos;
    const word = this.identifier();
    if (word === undefined) this.fail(char ? `unexpected "${char}"` : 'a value was expected but the text ended');
    if (word === 'True') return true;
    if (word === 'False') return false;
    if (word === 'None') return null;
    if (/^[rRuUbBfF]{1,2}$/.test(word) && (this.text[this.pos] === "'" || this.text[this.pos] === '"')) {
      if (/[bBfF]/.test(word)) this.fail(`${word}-prefixed strings are not literals this reader accepts`);
      return this.strings(/[rR]/.test(word));
    }
    this.pos = start;
    return this.fail(`"${word}" is not a literal (only str, int, float, True, False, None, list, tuple and dict are)`);
  }

  sequence(open: string, close: string): PythonLiteral[] {
    this.expect(open);
    const items: PythonLiteral[] = [];
    while (this.peek() !== close) {
      items.push(this.value());
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== close) this.fail(`expected "," or "${close}"`);
    }
    this.pos++;
    return items;
  }

  dict(): Record<string, PythonLiteral> {
    this.expect('{');
    const out: Record<string, PythonLiteral> = Object.create(null);
    while (this.peek() !== '}') {
      const keyAt = this.pos;
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') {
        this.pos = keyAt;
        this.fail('dict keys must be strings or numbers');
      }
      this.expect(':');
      out[String(key)] = this.value();
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== '}') this.fail('expected "," or "}"');
    }
    this.pos++;
    return { ...out };
  }

  number(): number {
    this.skipSpace();
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('malformed number');
    this.pos += match[0].length;
    const digits = match[0].replaceAll('_', '');
    const value = /^0[xob]/i.test(digits) ? Number(digits) : Number.parseFloat(digits);
    if (Number.isNaN(value)) this.fail(`malformed number "${match[0]}"`);
    return value;
  }

  /** One string literal, then any adjacent ones (Python joins 'a' 'b' into 'ab'). */
  strings(raw = false): string {
    let out = this.string(raw);
    for (;;) {
      const char = this.peek();
      if (char === "'" || char === '"') {
        out += this.string(false);
        continue;
      }
      if (/[rRuU]/.test(char) && /['"]/.test(this.text[this.pos + 1] ?? '')) {
        this.pos++;
        out += this.string(/[rR]/.test(char));
        continue;
      }
      return out;
    }
  }

  string(raw: boolean): string {
    this.skipSpace();
    const quote = this.text[this.pos]!;
    const triple = this.text.startsWith(quote.repeat(3), this.pos);
    const end = triple ? quote.repeat(3) : quote;
    this.pos += end.length;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string');
      if (this.text.startsWith(end, this.pos)) {
        this.pos += end.length;
        return out;
      }
      const char = this.text[this.pos]!;
      if (char === '\n' && !triple) this.fail('line break inside a single-quoted string');
      if (char !== '\\') {
        out += char;
        this.pos++;
        continue;
      }
      const next = this.text[this.pos + 1];
      if (next === undefined) this.fail('unterminated string');
      if (raw) {
        out += char + next;
        this.pos += 2;
        continue;
      }
      out += this.escape(next);
    }
  }

  escape(next: string): string {
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength) {
      const hex = this.text.slice(this.pos + 2, this.pos + 2 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) this.fail(`\\${next} needs ${hexLength} hex digits`);
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) this.fail(`\\${next}${hex} is beyond Unicode`);
      this.pos += 2 + hexLength;
      return String.fromCodePoint(code);
    }
    const octal = /^[0-7]{1,3}/.exec(this.text.slice(this.pos + 1, this.pos + 4));
    if (octal) {
      this.pos += 1 + octal[0].length;
      return String.fromCodePoint(Number.parseInt(octal[0], 8));
    }
    if (next === 'N') this.fail('\\N{…} escapes are not supported');
    // Python keeps an unknown escape as written, backslash included.
    this.pos += 2;
    return `\\${next}`;
  }
}

/** Reads one Python call string (`name(arg, key=value, …)`) into its name and literal arguments. */
export function parseBfclCall(text: string, options: ParseOptions = {}): BfclCall {
  if (typeof text !== 'string') throw new TypeError('parseBfclCall expects a string');
  const reader = new Reader(text);
  const name = reader.identifier();
  if (name === undefined) return reader.fail('expected a function name');
  // Dotted names (`obj.method(...)`) are refused: BFCL calls are plain function names.
  reader.expect('(');
  const positional: PythonLiteral[] = [];
  const keywords: Record<string, PythonLiteral> = Object.create(null);
  while (reader.peek() !== ')') {
    const start = reader.pos;
    const word = reader.identifier();
    if (word !== undefined && reader.peek() === '=' && reader.text[reader.pos + 1] !== '=') {
      reader.pos++;
      if (Object.hasOwn(keywords, word)) reader.fail(`keyword argument "${word}" repeated`);
      keywords[word] = reader.value();
    } else {
      reader.pos = start;
      if (Object.keys(keywords).length > 0) reader.fail('positional argument after a keyword argument');
      positional.push(reader.value());
    }
    if (reader.peek() === ',') reader.pos++;
    else if (reader.peek() !== ')') reader.fail('expected "," or ")"');
  }
  reader.pos++;
  reader.skipSpace();
  if (reader.pos < text.length) reader.fail('unexpected text after the call');

  const bound: [string, PythonLiteral][] = [];
  if (positional.length > 0 && options.parameters) {
    if (positional.length > options.parameters.length) {
      reader.fail(`${name} takes ${options.parameters.length} arguments but ${positional.length} were given positionally`);
    }
    positional.forEach((value, index) => {
      const parameter = options.parameters![index]!;
      if (Object.hasOwn(keywords, parameter)) reader.fail(`${name} got "${parameter}" both positionally and by keyword`);
      bound.push([parameter, value]);
    });
  } else if (positional.length > 0) {
    throw new BfclCallSyntaxError(`${name} has positional arguments; pass its parameter names to bind them`, text, 0);
  }
  for (const key of Object.keys(keywords)) bound.push([key, keywords[key]!]);
  // fromEntries defines own properties, so a parameter named "__proto__" stays an ordinary key.
  return { name, arguments: Object.fromEntries(bound), positional };
}
