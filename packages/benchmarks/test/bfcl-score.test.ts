import { bfclGorillaFileSystem } from '../../../environments/benchmarks/bfcl-gorilla-file-system/src/index.js';
import { bfclTwitterApi } from '../../../environments/benchmarks/bfcl-twitter-api/src/index.js';
import { describe, expect, it } from 'vitest';
import { type BfclEntrySetup, goldCalls, scoreBfclRollout } from '../src/index.js';
import { recordedClass } from './bfcl/recorded.js';

// multi_turn_base_0 involves GorillaFileSystem and TwitterAPI; its gold calls per turn are the two
// classes' recorded calls together (BFCL's checks do not depend on the order across classes).
const fsEntry = recordedClass('GorillaFileSystem').entries.find((entry) => entry.id === 'multi_turn_base_0')!;
const twitterEntry = recordedClass('TwitterAPI').entries.find((entry) => entry.id === 'multi_turn_base_0')!;
const setup: BfclEntrySetup = {
  classes: { GorillaFileSystem: bfclGorillaFileSystem, TwitterAPI: bfclTwitterApi },
  initialConfig: { GorillaFileSystem: fsEntry.initial_config, TwitterAPI: twitterEntry.initial_config },
};
const gold = fsEntry.turns.map((turn, index) => [...turn.calls, ...twitterEntry.turns[index]!.calls].map((call) => call.call));

describe('scoreBfclRollout (BFCL multi_turn_checker over the fleet’s environments)', () => {
  it('accepts the gold answer itself', () => {
    expect(scoreBfclRollout(setup, goldCalls(setup, gold), gold)).toEqual({ valid: true });
  });

  it('accepts extra reads that change nothing (the gold results only need to be among the model’s)', () => {
    const model = goldCalls(setup, gold).map((calls) => [{ name: 'ls', arguments: {} }, ...calls, { name: 'pwd', arguments: {} }]);
    expect(scoreBfclRollout(setup, model, gold)).toEqual({ valid: true });
  });

  it('fails at the first turn whose state differs from the gold run’s', () => {
    const model = goldCalls(setup, gold);
    model[0] = model[0]!.filter((call) => call.name !== 'mkdir' && call.name !== 'mv');
    expect(scoreBfclRollout(setup, model, gold)).toMatchObject({ valid: false, errorType: 'multi_turn:instance_state_mismatch', turn: 0 });
  });

  it('fails a turn the model answered without calls, and a result the model never produced', () => {
    const empty = goldCalls(setup, gold);
    empty[1] = [];
    expect(scoreBfclRollout(setup, empty, gold)).toMatchObject({
      valid: false,
      errorType: 'multi_turn:empty_turn_model_response',
      turn: 1,
    });

    // Same state as the gold run, but the grep result the user asked for never shows up.
    const noGrep = goldCalls(setup, gold);
    noGrep[1] = noGrep[1]!.filter((call) => call.name !== 'grep');
    expect(scoreBfclRollout(setup, noGrep, gold)).toMatchObject({
      valid: false,
      errorType: 'multi_turn:execution_response_mismatch',
      turn: 1,
    });
  });

  it('treats a call to a function no class has as Python’s NameError text, not a crash', () => {
    const model = goldCalls(setup, gold);
    model[0] = [...model[0]!, { name: 'no_such_function', arguments: {} }];
    expect(scoreBfclRollout(setup, model, gold)).toEqual({ valid: true });
  });
});
