/**
 * What the workload did and what it was told: counts, the ids it closed or abandoned, step
 * latencies of the current sampling window, and every loss or failure it saw (a violation).
 */
export class Ledger {
  readonly counts = {
    rollouts: 0,
    resets: 0,
    steps: 0,
    calls: 0,
    snapshots: 0,
    restores: 0,
    forks: 0,
    closes: 0,
    abandoned: 0,
    replays: 0,
    mcpRollouts: 0,
    mcpSessions: 0,
    mcpSessionsAbandoned: 0,
    expiredWhileIdle: 0,
  };
  readonly closed: string[] = [];
  readonly abandoned: { id: string; lastUsedAt: number }[] = [];
  readonly violations: string[] = [];
  violationCount = 0;
  #window: number[] = [];

  /** Something was lost or failed; the first 200 are kept word for word. */
  violation(message: string): void {
    this.violationCount += 1;
    if (this.violations.length < 200) this.violations.push(message);
  }

  stepLatency(millis: number): void {
    this.#window.push(millis);
  }

  /** The step latencies since the last call, and a fresh window. */
  takeWindow(): number[] {
    const window = this.#window;
    this.#window = [];
    return window;
  }
}
