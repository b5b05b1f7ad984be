import type { Ledger } from './ledger.js';

/** A steady request rate shared by every worker (one event loop: no locking needed). */
export class Pacer {
  #next = 0;
  constructor(readonly perSecond: number) {}

  async take(): Promise<void> {
    const now = performance.now();
    const at = Math.max(now, this.#next);
    this.#next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}

export interface Reply<T> {
  status: number;
  body: T;
  millis: number;
  /** performance.now() when the request was sent: the gateway saw the episode in use no earlier. */
  sentAt: number;
}

/**
 * The gateway's v1 API as the workload uses it: paced, timed, and strict — a 5xx, or any status
 * but the expected ones, is a violation named after the request.
 */
export class SoakApi {
  constructor(
    readonly base: string,
    readonly pacer: Pacer,
    readonly ledger: Ledger,
  ) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    expect: number[] = [200, 201],
  ): Promise<Reply<T> | undefined> {
    await this.pacer.take();
    const sentAt = performance.now();
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      this.ledger.violation(`${method} ${path}: no answer (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    const text = await response.text();
    const millis = performance.now() - sentAt;
    const parsed = text ? (JSON.parse(text) as T) : (undefined as T);
    if (!expect.includes(response.status)) {
      this.ledger.violation(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
      return undefined;
    }
    return { status: response.status, body: parsed, millis, sentAt };
  }
}
