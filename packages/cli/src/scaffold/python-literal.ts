/**
 * Reads a Python literal (what a reference writes as a field default: dicts, lists, tuples, strings,
 * numbers, True/False/None) as JSON. Anything else (a call, a name, a comprehension) is `undefined`:
 * the scaffold then leaves a TODO instead of guessing.
 */
export function readPythonLiteral(source: string): { value: unknown } | undefined {
  const reader = new LiteralReader(source);
  try {
    const value = reader.value();
    reader.skipSpace();
    return reader.done() ? { value } : undefined;
  } catch {
    return undefined;
  }
}

class LiteralReader {
  private at = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  skipSpace(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === '#') {
        while (this.at < this.text.length && this.text[this.at] !== '\n') this.at++;
      } else if (char !== undefined && ' \t\r\n\\'.includes(char)) this.at++;
      else return;
    }
  }

  value(): unknown {
    this.skipSpace();
    const char = this.text[this.at];
    if (char === '{') return this.dict();
    if (char === '[') return this.sequence('[', ']');
    if (char === '(') return this.sequence('(', ')');
    if (char === '"' || char === "'") return this.strings();
    if (char !== undefined && /[-+0-9.]/.test(char)) return this.number();
    const word = /^[A-Za-z_]\w*/.exec(this.text.slice(this.at))?.[0];
    this.at += word?.length ?? 0;
    if (word === 'None') return null;
    if (word === 'True') return true;
    if (word === 'False') return false;
    throw new Error(`not a literal at ${this.at}`);
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.text[this.at] !== char) throw new Error(`expected ${char} at ${this.at}`);
    this.at++;
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.text[this.at];
  }

  private dict(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.expect('{');
    while (this.peek() !== '}') {
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw new Error('dict key is not a string');
      this.expect(':');
      out[String(key)] = this.value();
      if (this.peek() === ',') this.at++;
      else break;
    }
    this.expect('}');
    return out;
  }

  private sequence(open: string, close: string): unknown[] {
    const out: unknown[] = [];
    this.expect(open);
    while (this.peek() !== close) {
      out.push(this.value());
      if (this.peek() === ',') this.at++;
      else break;
    }
    this.expect(close);
    return out;
  }

  // Adjacent string literals concatenate, as in Python ("a" "b" is "ab").
  private strings(): string {
    let text = '';
    while (this.peek() === '"' || this.peek() === "'") text += this.string();
    return text;
  }

  private string(): string {
    const quote = this.text[this.at] as string;
    const triple = this.text.startsWith(quote.repeat(3), this.at);
    const end = triple ? quote.repeat(3) : quote;
    this.at += end.length;
    let out = '';
    while (!this.text.startsWith(end, this.at)) {
      const char = this.text[this.at++];
      if (char === undefined || (!triple && char === '\n')) throw new Error('unterminated string');
      if (char !== '\\') {
        out += char;
        continue;
      }
      const next = this.text[this.at++];
      const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
      if (next !== undefined && Object.hasOwn(escapes, next)) out += escapes[next];
      else if (next === 'u' || next === 'x') {
        const width = next === 'u' ? 4 : 2;
        out += String.fromCharCode(Number.parseInt(this.text.slice(this.at, this.at + width), 16));
        this.at += width;
      } else out += `\\${next ?? ''}`;
    }
    this.at += end.length;
    return out;
  }

  private number(): number {
    const match = /^[-+]?(?:\d[\d_]*)?(?:\.\d[\d_]*|\.)?(?:[eE][-+]?\d+)?/.exec(this.text.slice(this.at))?.[0] ?? '';
    if (!/\d/.test(match)) throw new Error(`not a number at ${this.at}`);
    this.at += match.length;
    return Number(match.replaceAll('_', ''));
  }
}
