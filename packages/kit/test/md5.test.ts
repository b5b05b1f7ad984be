import { describe, expect, it } from 'vitest';
import { md5Hex } from '../src/md5.js';
import { stableHash } from '../src/stable-hash.js';

describe('md5Hex', () => {
  it('gives the RFC 1321 digests', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
  });

  it('hashes the UTF-8 bytes of the text, as hashlib.md5(text.encode()) does', () => {
    expect(md5Hex('42_0')).toBe('80b0c82d284e75391fd0934b7fdebbc3');
    expect(md5Hex('é漢字😀')).toBe('6bfa2b6e8d35c60cc2bc0191ab1facb9');
  });

  it('handles messages that span several 64-byte blocks', () => {
    expect(md5Hex('x'.repeat(1000))).toBe('398533d48111e9f664b1f64cb10c4b63');
  });
});

describe('stableHash', () => {
  it('is the same number for the same text, in every process, and a safe non-negative integer', () => {
    expect(stableHash('2024-01-01T00:00:00')).toBe(Number.parseInt(md5Hex('2024-01-01T00:00:00').slice(0, 12), 16));
    expect(stableHash('a')).not.toBe(stableHash('b'));
    for (const text of ['', 'x', '東京', 'x'.repeat(1000)]) {
      expect(Number.isSafeInteger(stableHash(text))).toBe(true);
      expect(stableHash(text)).toBeGreaterThanOrEqual(0);
    }
  });
});
