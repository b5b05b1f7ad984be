/**
 * What a handler may use besides the state and its arguments. Everything here is a pure function of
 * (episode seed, call index, scenario clock), so replaying the same calls gives the same ids and
 * times — no Date.now(), Math.random() or crypto.randomUUID() anywhere in an environment.
 */
export interface ToolContext {
  /** The episode's seed (0 when the caller gave none). */
  readonly seed: number;
  /** 0-based index of this call within the episode: two calls never share one. */
  readonly callIndex: number;
  /** The virtual "now": the scenario's clock when the environment defines one, else a fixed epoch. */
  now(): Date;
  /** A uniform float in [0, 1), from a generator seeded by (seed, callIndex). */
  random(): number;
  /** A random-looking RFC 4122 version-4 UUID from the same generator. */
  uuid(): string;
  /** A hex string of `length` characters from the same generator (for tokens, short ids). */
  hex(length: number): string;
}

/** The instant used as "now" by environments whose scenario carries no clock of its own. */
export const DEFAULT_EPOCH = '2025-01-01T00:00:00Z';

// sfc32: tiny, fast, and well distributed; seeded through splitmix32 so nearby seeds diverge.
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededGenerator(seed: number, stream: number): () => number {
  const mix = splitmix32((seed ^ Math.imul(stream + 1, 0x27d4eb2d)) >>> 0);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

export function createToolContext(options: { seed: number; callIndex: number; now: string | undefined }): ToolContext {
  const next = seededGenerator(options.seed, options.callIndex);
  const instant = options.now ?? DEFAULT_EPOCH;
  const hex = (length: number): string => {
    let out = '';
    while (out.length < length)
      out += Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  };
  return {
    seed: options.seed,
    callIndex: options.callIndex,
    now: () => {
      const date = new Date(instant);
      return Number.isNaN(date.getTime()) ? new Date(DEFAULT_EPOCH) : date;
    },
    random: next,
    hex,
    uuid: () => {
      const h = hex(32);
      const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}
