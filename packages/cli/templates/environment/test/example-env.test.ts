import { describe, expect, it } from 'vitest';
import { exampleEnv } from '../src/index.js';

// The contract suite already checks the interface, loading, determinism and bad input. Here go the
// business rules: for each tool the happy path with exact values, each error case of the reference
// with its message, and `expect(outcome.state).toBe(before)` after every failure.
describe('ExampleEnv', () => {
  it('loads the default world and the demo preset', () => {
    expect(exampleEnv.load({})).toEqual(exampleEnv.defaultScenario);
    expect(exampleEnv.loadPreset('demo')).toBeDefined();
  });

  it.todo('example_action: happy path, error cases, state unchanged on failure');
});
