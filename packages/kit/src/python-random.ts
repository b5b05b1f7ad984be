// Python's `random` module as seeded by `random.seed(n)` for an int n: the same Mersenne Twister,
// seeded the same way, so a reference that draws "deterministic random" numbers from a seed stored
// in its scenario gives the same numbers here. Only what references use is provided.

const N = 624;
const M = 397;

/** A generator equal to Python's after `random.seed(seed)` with an int seed (negative seeds use |seed|, as Python does). */
export class PythonRandom {
  readonly #state = new Uint32Array(N);
  #index = N;

  constructor(seed: number | bigint) {
    let magnitude = BigInt(seed);
    if (magnitude < 0n) magnitude = -magnitude;
    // Python feeds the seed's 32-bit words, least significant first, to init_by_array; 0 is one word.
    const key: number[] = [];
    do {
      key.push(Number(magnitude & 0xffffffffn));
      magnitude >>= 32n;
    } while (magnitude > 0n);
    this.#seedByArray(key);
  }

  /** `random.randint(low, high)`: a whole number in [low, high], both ends included. */
  randint(low: number, high: number): number {
    const span = high - low + 1;
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(span) || span <= 0) {
      throw new RangeError(`randint needs whole bounds with low <= high, got (${low}, ${high})`);
    }
    return low + this.#below(span);
  }

  /** `random.random()`: a float in [0, 1) with 53 random bits. */
  random(): number {
    const high = this.#next() >>> 5;
    const low = this.#next() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** `random.getrandbits(k)` for 0 < k <= 32. */
  getrandbits(bits: number): number {
    if (!Number.isInteger(bits) || bits <= 0 || bits > 32) throw new RangeError(`getrandbits supports 1..32 bits, got ${bits}`);
    return this.#next() >>> (32 - bits);
  }

  // Rejection sampling on bit_length(n) bits, as Python's _randbelow_with_getrandbits does.
  #below(n: number): number {
    const bits = n.toString(2).length;
    if (bits > 32) throw new RangeError('randint spans above 2^32 are not supported');
    let r = this.getrandbits(bits);
    while (r >= n) r = this.getrandbits(bits);
    return r;
  }

  #seedWith(value: number): void {
    const mt = this.#state;
    mt[0] = value >>> 0;
    for (let i = 1; i < N; i++) {
      const previous = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
    }
  }

  #seedByArray(key: number[]): void {
    const mt = this.#state;
    this.#seedWith(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const previous = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(previous, 1664525)) + (key[j] as number) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
      mt[i] = (((mt[i] as number) ^ Math.imul(previous, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.#index = N;
  }

  #twist(): void {
    const mt = this.#state;
    for (let i = 0; i < N; i++) {
      const y = ((mt[i] as number) & 0x80000000) | ((mt[(i + 1) % N] as number) & 0x7fffffff);
      mt[i] = (mt[(i + M) % N] as number) ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.#index = 0;
  }

  #next(): number {
    if (this.#index >= N) this.#twist();
    let y = this.#state[this.#index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}
