import { md5Hex } from './md5.js';

/**
 * A stand-in for Python's `hash()` of a string, for references that derive distances, codes or
 * tokens from it. Python salts string hashes per process, so the reference gives different values
 * on every run; this keeps the idea (a large pseudo-random integer fixed by the text) and makes it
 * reproducible: the first 48 bits of the text's MD5, a non-negative safe integer.
 */
export function stableHash(text: string): number {
  return Number.parseInt(md5Hex(text).slice(0, 12), 16);
}
