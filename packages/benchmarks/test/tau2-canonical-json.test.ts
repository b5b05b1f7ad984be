import { describe, expect, it } from 'vitest';
import { canonicalDigest, canonicalJson } from '../src/tau2/canonical-json.js';

// The text and digest below are what scripts/reference/record-tau2.py's canonical() and digest()
// print for the same value in Python; both sides must agree for the recorded digests to mean anything.
const value = {
  b: [1, 10.0, 0.1, 1e-7, -0, true, null, 'é\u2028"x\n'],
  a: { '\u{1F600}': 1, z: 2, ä: 3 },
  big: 1e20,
  neg: -2.5,
};
const pythonText =
  '{"a":{"z":2,"ä":3,"\u{1F600}":1},"b":[1,10,0.1,1e-07,0,true,null,"é\u2028\\"x\\n"],"big":100000000000000000000,"neg":-2.5}';
const pythonDigest = '30a160cadc82192c80f356160d7dc0517f4f68e20634eec9bda343a44da8ce68';

describe('canonicalJson', () => {
  it("writes the same text as the Python recorder: sorted keys, integral numbers as integers, Python's float repr", () => {
    expect(canonicalJson(value)).toBe(pythonText);
    expect(canonicalDigest(value)).toBe(pythonDigest);
  });

  it('sorts keys by code point, as Python sorts str, not by UTF-16 unit', () => {
    expect(canonicalJson({ '\u{1F600}': 1, '\uFFFD': 2 })).toBe('{"\uFFFD":2,"\u{1F600}":1}');
  });

  it('leaves out undefined members and refuses values JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/canonical JSON/);
  });
});
