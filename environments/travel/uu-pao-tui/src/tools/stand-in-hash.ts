import { md5Hex } from '@envfleet/kit';

// The reference derives distances and order codes from Python's hash() of strings, which is salted
// per process: the same request gives a different distance on every run. A digest of the same text
// keeps the idea (a stable pseudo-random number per input) and makes it reproducible.
export function standInHash(text: string): number {
  return Number.parseInt(md5Hex(text).slice(0, 12), 16);
}
