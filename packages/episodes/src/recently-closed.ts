import type { CloseResult } from '@envfleet/contract';

/**
 * How long a store remembers what closing an episode answered, so that closing it again answers
 * the same (training loops close twice: in the rollout and again in a `finally`). Long enough for
 * any retry, short enough that closed states do not pile up; the memory store also keeps at most
 * RECENTLY_CLOSED_MAX_EPISODES of them, dropping the oldest first.
 */
export const RECENTLY_CLOSED_SECONDS = 60;
export const RECENTLY_CLOSED_MAX_EPISODES = 1024;

/** Close answers by episode id, each for `seconds`, at most `capacity` of them (the oldest go first). */
export class RecentlyClosed {
  readonly #answers = new Map<string, { answer: CloseResult; until: number }>();

  constructor(
    readonly seconds = RECENTLY_CLOSED_SECONDS,
    readonly capacity = RECENTLY_CLOSED_MAX_EPISODES,
    readonly now: () => number = Date.now,
  ) {}

  remember(id: string, answer: CloseResult): void {
    if (this.seconds <= 0 || this.capacity <= 0) return;
    this.#answers.delete(id);
    this.#answers.set(id, { answer, until: this.now() + this.seconds * 1000 });
    // Maps iterate in insertion order: the first entries are the oldest.
    for (const key of this.#answers.keys()) {
      if (this.#answers.size <= this.capacity) break;
      this.#answers.delete(key);
    }
  }

  get(id: string): CloseResult | undefined {
    const kept = this.#answers.get(id);
    if (!kept) return undefined;
    if (kept.until <= this.now()) {
      this.#answers.delete(id);
      return undefined;
    }
    return kept.answer;
  }

  clear(): void {
    this.#answers.clear();
  }
}
