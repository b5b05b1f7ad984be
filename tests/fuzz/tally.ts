import type { CaseOutcome, PathName } from './outcome.js';
import type { CaseRef } from './worker-protocol.js';

export interface WorstCall {
  index: number;
  kind: string;
  note: string;
  millis: number;
}

export interface TargetTally {
  server: string;
  tool: string;
  cases: Record<PathName, number>;
  answers: Record<CaseOutcome['answer'], number>;
  worst: Partial<Record<PathName, WorstCall>>;
}

/** Counts, slowest calls and violations, per tool and path, as outcomes arrive. */
export class Tally {
  readonly #targets = new Map<string, TargetTally>();
  readonly violations: CaseOutcome[] = [];

  add(outcome: CaseOutcome): void {
    const target = this.#target(outcome.server, outcome.tool);
    target.cases[outcome.path] += 1;
    if (outcome.path === 'engine') target.answers[outcome.answer] += 1;
    const worst = target.worst[outcome.path];
    // A case that never finished has no time worth ranking; it is reported as a violation.
    if (outcome.answer !== 'none' && (!worst || outcome.millis > worst.millis)) {
      target.worst[outcome.path] = { index: outcome.index, kind: outcome.kind, note: outcome.note, millis: outcome.millis };
    }
    if (outcome.violations.length) this.violations.push(outcome);
  }

  /** A violation found after the fact (a call that proved slow when timed again). */
  flag(outcome: CaseOutcome): void {
    this.violations.push(outcome);
  }

  /** Each tool's slowest case on a path (those slower than `aboveMillis`). */
  worstCases(path: PathName, aboveMillis = -1): CaseRef[] {
    return [...this.#targets.values()].flatMap((target) => {
      const worst = target.worst[path];
      return worst && worst.millis > aboveMillis ? [{ server: target.server, tool: target.tool, index: worst.index }] : [];
    });
  }

  /** Keeps the best of a slowest time and its re-measurements. */
  retimed(ref: CaseRef, path: PathName, millis: number): void {
    const worst = this.#targets.get(key(ref.server, ref.tool))?.worst[path];
    if (worst && worst.index === ref.index) worst.millis = Math.min(worst.millis, millis);
  }

  worstMillis(ref: CaseRef, path: PathName): number | undefined {
    return this.#targets.get(key(ref.server, ref.tool))?.worst[path]?.millis;
  }

  /** Cases that never finished in process: sending them to the gateway would only stall it again. */
  stalled(): Set<string> {
    return new Set(this.violations.filter((v) => v.path === 'engine' && v.answer === 'none').map((v) => caseKey(v)));
  }

  fleetWorst(path: PathName): (WorstCall & { server: string; tool: string }) | undefined {
    let fleet: (WorstCall & { server: string; tool: string }) | undefined;
    for (const target of this.#targets.values()) {
      const worst = target.worst[path];
      if (worst && (!fleet || worst.millis > fleet.millis)) fleet = { server: target.server, tool: target.tool, ...worst };
    }
    return fleet;
  }

  targets(): TargetTally[] {
    return [...this.#targets.values()];
  }

  #target(server: string, tool: string): TargetTally {
    let target = this.#targets.get(key(server, tool));
    if (!target) {
      target = { server, tool, cases: { engine: 0, http: 0, mcp: 0 }, answers: { ok: 0, 'tool-error': 0, refused: 0, none: 0 }, worst: {} };
      this.#targets.set(key(server, tool), target);
    }
    return target;
  }
}

const key = (server: string, tool: string) => `${server}\u0000${tool}`;
export const caseKey = (ref: CaseRef) => `${ref.server}\u0000${ref.tool}\u0000${ref.index}`;
