import { md5Hex } from '@envfleet/kit';

/** The MD5 digest of the UTF-8 encoding of `text` as one integer, as Python's `int(hashlib.md5(…).hexdigest(), 16)`. */
export function md5Integer(text: string): bigint {
  return BigInt(`0x${md5Hex(text)}`);
}
