import type { CallOutcome } from '@envfleet/kit';
import { expect } from 'vitest';
import { type NotionState, notion } from '../src/index.js';

// Results are JSON checked field by field against literals, so tests read them untyped.
type Outcome = CallOutcome<NotionState> & { content: any };

function start(scenario: unknown): NotionState {
  return typeof scenario === 'string' ? notion.loadPreset(scenario) : notion.load(scenario);
}

/** Runs calls one by one like an episode (call indexes 0, 1, …), so later calls can use ids that earlier ones created. */
export function session(scenario: unknown = 'demo') {
  let state = start(scenario);
  let callIndex = 0;
  return {
    get state(): NotionState {
      return state;
    },
    call(name: string, args: Record<string, unknown> = {}): Outcome {
      const outcome = notion.call(state, name, args, { callIndex: callIndex++ });
      state = outcome.state;
      return outcome;
    },
  };
}

/** Asserts that the call fails with `message` and leaves the state exactly as it was. */
export function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp): void {
  const before = start(scenario);
  const outcome = notion.call(before, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(before);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const NOW = '2025-03-14T16:30:00';
