// MD5 of text, for references that derive ids or coordinates from `hashlib.md5(text.encode())`.
// It is a deterministic digest, not randomness, and computing it here keeps environments free of
// node:crypto (they also run where only the kit's pure code is available).

// Per-round left rotations, four per round group.
const ROTATIONS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
// floor(|sin(i + 1)| * 2^32), computed once instead of listed.
const CONSTANTS = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

/** The MD5 digest of `text` (encoded as UTF-8) as 32 lowercase hex digits: `hashlib.md5(text.encode()).hexdigest()`. */
export function md5Hex(text: string): string {
  const message = new TextEncoder().encode(text);
  const blocks = ((message.length + 8) >>> 6) + 1;
  const padded = new Uint8Array(blocks * 64);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(padded.length - 8, bits >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bits / 2 ** 32), true);

  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const words = new Uint32Array(16);
  for (let block = 0; block < blocks; block++) {
    for (let i = 0; i < 16; i++) words[i] = view.getUint32(block * 64 + i * 4, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      const group = i >>> 4;
      let mixed: number;
      let index: number;
      if (group === 0) {
        mixed = (b & c) | (~b & d);
        index = i;
      } else if (group === 1) {
        mixed = (d & b) | (~d & c);
        index = (5 * i + 1) & 15;
      } else if (group === 2) {
        mixed = b ^ c ^ d;
        index = (3 * i + 5) & 15;
      } else {
        mixed = c ^ (b | ~d);
        index = (7 * i) & 15;
      }
      const sum = (a + mixed + (CONSTANTS[i] as number) + (words[index] as number)) >>> 0;
      const shift = ROTATIONS[(group << 2) | (i & 3)] as number;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  return [a0, b0, c0, d0].map(littleEndianHex).join('');
}

function littleEndianHex(word: number): string {
  let out = '';
  for (let byte = 0; byte < 4; byte++) out += ((word >>> (byte * 8)) & 0xff).toString(16).padStart(2, '0');
  return out;
}
