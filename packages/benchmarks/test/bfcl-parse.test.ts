import { describe, expect, it } from 'vitest';
import { BfclCallSyntaxError, parseBfclCall } from '../src/index.js';
import { BFCL_CLASSES, recordedClass } from './bfcl/recorded.js';

/** Python's own AST read every gold call once (the recorder); our reader must agree on each. */
describe('parseBfclCall against every recorded gold call', () => {
  it.each(BFCL_CLASSES)('%s', (className) => {
    let count = 0;
    for (const entry of recordedClass(className).entries) {
      for (const turn of entry.turns) {
        for (const call of turn.calls) {
          const parameters = Object.keys(call.arguments).slice(0, call.positional ?? 0);
          const parsed = parseBfclCall(call.call, { parameters });
          expect(parsed.name, call.call).toBe(call.name);
          expect(parsed.arguments, call.call).toEqual(call.arguments);
          expect(parsed.positional.length).toBe(call.positional ?? 0);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(0);
  });
});

describe('parseBfclCall literals', () => {
  it('reads keyword and positional arguments of every literal kind', () => {
    const parsed = parseBfclCall(`f(1, -2.5, x=True, y=None, z=[1, (2, 3), {'k': -4}], w=(), v=(5,), u=1e3, t=0x1F, s=1_000, r=.5)`, {
      parameters: ['a', 'b'],
    });
    expect(parsed).toEqual({
      name: 'f',
      positional: [1, -2.5],
      arguments: { a: 1, b: -2.5, x: true, y: null, z: [1, [2, 3], { k: -4 }], w: [], v: [5], u: 1000, t: 31, s: 1000, r: 0.5 },
    });
  });

  it('decodes string escapes, quotes, raw and adjacent strings as Python does', () => {
    expect(parseBfclCall(String.raw`echo(content='It\'s\n"ok"\t\x41\u00e9\U0001F600\101\q')`).arguments.content).toBe(
      `It's\n"ok"\tAé😀A\\q`,
    );
    expect(parseBfclCall(`echo(content="a'b")`).arguments.content).toBe("a'b");
    expect(parseBfclCall(String.raw`echo(content=r'a\nb')`).arguments.content).toBe('a\\nb');
    expect(parseBfclCall(`echo(content='a' "b")`).arguments.content).toBe('ab');
    expect(parseBfclCall(`echo(content='''multi\nline''')`).arguments.content).toBe('multi\nline');
  });

  it('keeps a parameter named like an object member as an ordinary key', () => {
    const parsed = parseBfclCall(`f(__proto__='x', constructor=1)`);
    expect(Object.keys(parsed.arguments)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(parsed.arguments, '__proto__')?.value).toBe('x');
  });

  it.each([
    ['mv(source=os.system("x"))', /not a literal/],
    ['mv(source=a)', /"a" is not a literal/],
    ["mv(source='a'", /expected "," or "\)"/],
    ["mv(source='a)", /unterminated string/],
    ["mv(source='a', source='b')", /repeated/],
    ["mv(source='a', 'b')", /positional argument after a keyword/],
    ["sort('a.txt')", /pass its parameter names/],
    ["mv('a', 'b', 'c')", /takes 2 arguments but 3/],
    ["mv(source='a') + 1", /unexpected text after the call/],
    ['mv(x=-"a")', /must be followed by a number/],
    ["(source='a')", /expected a function name/],
    ['mv(x={[1]: 2})', /dict keys must be strings or numbers/],
  ])('refuses %s with a clear error', (text, message) => {
    const options = { parameters: ['source', 'destination'] };
    const run = () => parseBfclCall(text, text.startsWith('sort') ? {} : options);
    expect(run).toThrow(BfclCallSyntaxError);
    expect(run).toThrow(message);
  });
});
