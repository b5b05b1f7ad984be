import { seededGenerator } from '@envfleet/kit';

/**
 * A seeded source of choices. Each fuzz case draws from a stream of its own, named by its labels
 * (environment, tool, case index), so one case can be replayed alone — without generating the
 * cases before it — and adding a tool or an environment leaves every other case unchanged.
 */
export class Random {
  readonly #next: () => number;

  constructor(seed: number, ...labels: (string | number)[]) {
    this.#next = seededGenerator(seed, streamOf(labels));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.#next();
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.#next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: nothing to pick from');
    return items[Math.floor(this.#next() * items.length)] as T;
  }

  /** One of `entries`, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.#next() * total;
    for (const [value, weight] of entries) {
      at -= weight;
      if (at < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }
}

/** FNV-1a over the labels: a 32-bit stream number that depends on nothing but the labels. */
export function streamOf(labels: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = labels.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
