import { describe, expect, it } from 'vitest';
import {
  bfclIrrelevanceCheck,
  bfclMultiTurnCheck,
  bfclResponseCheck,
  bfclResultText,
  bfclStateCheck,
  canonicalDigest,
  canonicalJson,
  pythonJsonDumps,
} from '../src/index.js';
import { BFCL_CLASSES, recordedClass } from './bfcl/recorded.js';

describe('bfclStateCheck (every public attribute of the gold state)', () => {
  const gold = { TwitterAPI: { tweets: { '0': { id: 0 } }, authenticated: true, _private: 1 } };

  it('passes equal public states, ignoring private keys and key order', () => {
    expect(bfclStateCheck({ TwitterAPI: { authenticated: true, tweets: { '0': { id: 0 } }, _private: 2 } }, gold)).toEqual({ valid: true });
  });

  it('fails on a differing attribute and names it with both values', () => {
    const check = bfclStateCheck({ TwitterAPI: { tweets: {}, authenticated: true } }, gold, 2);
    expect(check).toMatchObject({ valid: false, errorType: 'multi_turn:instance_state_mismatch', turn: 2 });
    expect(check.valid === false && check.details.differences).toEqual({ tweets: { model: {}, ground_truth: { '0': { id: 0 } } } });
  });
});

describe('bfclResponseCheck (gold results a multiset subset of the model’s, any order)', () => {
  it('passes when every gold text appears, in any order, with extras allowed', () => {
    expect(bfclResponseCheck(['b', 'x', 'a'], ['a', 'b'])).toEqual({ valid: true });
  });

  it('counts duplicates: one model result cannot match two gold results', () => {
    const check = bfclResponseCheck(['a'], ['a', 'a'], 1);
    expect(check).toMatchObject({ valid: false, errorType: 'multi_turn:execution_response_mismatch', details: { missing_items: ['a'] } });
  });
});

describe('bfclMultiTurnCheck', () => {
  const state = { MathAPI: {} };
  const turn = (results: string[], callCount = results.length) => ({ states: state, results, callCount });

  it('lets a model answer in an earlier turn what the gold answers later (results accumulate)', () => {
    const gold = [
      { states: state, results: ['1'] },
      { states: state, results: ['2'] },
    ];
    expect(bfclMultiTurnCheck([turn(['1', '2']), turn(['9'])], gold, [1, 1])).toEqual({ valid: true });
  });

  it('fails a turn the model left empty when the gold calls something', () => {
    const check = bfclMultiTurnCheck([turn([], 0)], [{ states: state, results: ['1'] }], [1]);
    expect(check).toMatchObject({ valid: false, errorType: 'multi_turn:empty_turn_model_response', turn: 0 });
  });

  it('skips turns whose gold is empty, and reports turn-count mismatches', () => {
    expect(bfclMultiTurnCheck([turn(['x'])], [{ states: { MathAPI: { a: 1 } }, results: [] }], [0])).toEqual({ valid: true });
    expect(bfclMultiTurnCheck([], [{ states: state, results: [] }], [0])).toMatchObject({ errorType: 'multi_turn:turn_count_mismatch' });
  });

  it('irrelevance: the model must not call in a turn whose gold is empty', () => {
    expect(bfclIrrelevanceCheck([1, 0], [1, 0])).toEqual({ valid: true });
    expect(bfclIrrelevanceCheck([1, 2], [1, 0])).toMatchObject({
      valid: false,
      turn: 1,
      errorType: 'multi_turn:irrelevance_error:decoder_success',
    });
  });
});

describe('bfclResultText (what BFCL’s executor shows the model)', () => {
  it('writes dicts as json.dumps does, None/bools/lists as str, failures as executor errors', () => {
    expect(bfclResultText({ isError: false, content: { a: 'é', b: [1, true, null] } })).toBe('{"a": "\\u00e9", "b": [1, true, null]}');
    expect(bfclResultText({ isError: false, content: null })).toBe('None');
    expect(bfclResultText({ isError: false, content: [{ id: 1, ok: false }] })).toBe("[{'id': 1, 'ok': False}]");
    expect(bfclResultText({ isError: false, content: 'plain' })).toBe('plain');
    expect(bfclResultText({ isError: true, content: { message: 'boom' } })).toBe('Error during execution: boom');
  });

  it('matches the recorded executor text of every dict result whose numbers JSON keeps exactly', () => {
    let compared = 0;
    for (const className of BFCL_CLASSES) {
      for (const entry of recordedClass(className).entries) {
        for (const turn of entry.turns) {
          for (const call of turn.calls) {
            const output = call.output;
            if (output === null || typeof output !== 'object' || Array.isArray(output)) continue;
            // A Python float such as 10.0 reads "10" once in JavaScript; those texts cannot agree.
            if (/\d\.0\b/.test(call.output_text) || call.output_text.includes("'$")) continue;
            if (!call.output_text.startsWith('{"') && call.output_text !== '{}') continue;
            expect(pythonJsonDumps(output), call.call).toBe(call.output_text);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});

describe('canonicalDigest (the recording’s state_sha256)', () => {
  it('sorts keys by code unit even when they look like integers, and writes numbers as JavaScript does', () => {
    expect(canonicalJson({ '10': 1, '9': 2.5, a: [1e21, 1e-7, 'x'] })).toBe('{"10":1,"9":2.5,"a":[1e+21,1e-7,"x"]}');
  });

  it('reproduces every digest the recorder wrote for a state it also kept', () => {
    let compared = 0;
    for (const className of BFCL_CLASSES) {
      for (const entry of recordedClass(className).entries) {
        for (const turn of entry.turns) {
          if (!turn.state) continue;
          expect(canonicalDigest(turn.state)).toBe(turn.state_sha256);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
