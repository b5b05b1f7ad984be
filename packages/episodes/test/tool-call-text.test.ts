/**
 * Tool calls read from a model's text, against what EnvFactory's reward extracts from the same
 * texts (fixtures/tool-call-text.json, recorded from its extract_tool_calls by
 * fixtures/record-tool-call-text.py), and the text step built on it: the well-formed calls run as
 * one step, the malformed ones are counted on the episode and feed evaluate's format penalty.
 */
import { readFileSync } from 'node:fs';
import { counter, notes } from '@envfleet/testing';
import { describe, expect, it } from 'vitest';
import { EnvironmentRegistry, EpisodeEngine, EpisodeError, extractToolCalls, MemoryEpisodeStore } from '../src/index.js';

interface Case {
  name: string;
  text: string;
  calls: { name: unknown; arguments: unknown }[];
  malformed: number;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/tool-call-text.json', import.meta.url), 'utf8')) as { cases: Case[] };
const byName = (name: string) => fixture.cases.find((c) => c.name === name) as Case;

describe("extractToolCalls reads <tool_call> blocks as EnvFactory's reward does", () => {
  it.each(fixture.cases)('$name', ({ text, calls, malformed }) => {
    const extracted = extractToolCalls(text);
    expect(extracted.malformed).toHaveLength(malformed);
    // A name that is no string is kept as its JSON text; arguments given as a JSON string are the
    // value they spell (as the fork's MCP manager reads them when it runs the call).
    expect(extracted.calls).toEqual(
      calls.map((call) => ({
        name: typeof call.name === 'string' ? call.name : JSON.stringify(call.name),
        arguments: typeof call.arguments === 'string' ? JSON.parse(call.arguments) : call.arguments,
      })),
    );
  });

  it('says why each malformed block is no call, with the block as written', () => {
    expect(extractToolCalls(byName('missing name').text).malformed).toEqual([{ text: '{"arguments": {"x": 1}}', reason: 'no "name"' }]);
    expect(extractToolCalls(byName('missing arguments').text).malformed).toEqual([{ text: '{"name": "a"}', reason: 'no "arguments"' }]);
    const [invalid] = extractToolCalls(byName('invalid JSON').text).malformed;
    expect(invalid?.reason).toMatch(/^not JSON: /);
    const [swallowed] = extractToolCalls(byName('unclosed tag swallows the next block').text).malformed;
    expect(swallowed?.text).toContain('<tool_call>');
  });

  it('keeps braces inside strings and nested objects in the arguments', () => {
    const { calls } = extractToolCalls(byName('braces inside strings and nested objects').text);
    expect(calls).toEqual([{ name: 'Notes-add', arguments: { text: 'a {b} c }', meta: { k: { v: '}{' } } } }]);
  });
});

describe('a step given text', () => {
  const newEngine = () => new EpisodeEngine({ environments: new EnvironmentRegistry([notes, counter]), store: new MemoryEpisodeStore() });
  const block = (name: string, args: unknown) => `<tool_call>${JSON.stringify({ name, arguments: args })}</tool_call>`;

  it('runs the well-formed calls in order as one step and answers the malformed ones', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'] });
    const text = `Adding both.\n${block('Notes-add_note', { text: 'a' })}\n<tool_call>{"name": "Counter-increment"}</tool_call>\n${block('Counter-increment', '{"by": 3}')}`;
    const result = await engine.step(episodeId, { text });
    expect(result).toEqual({
      step: 1,
      results: [
        { name: 'Notes-add_note', isError: false, content: { id: 'n1', text: 'a' } },
        { name: 'Counter-increment', isError: false, content: { value: 3 } },
      ],
      malformed: [{ text: '{"name": "Counter-increment"}', reason: 'no "arguments"' }],
      formatErrors: 1,
    });
    const { calls } = await engine.trajectory(episodeId);
    expect(calls.map((call) => [call.name, call.arguments])).toEqual([
      ['Notes-add_note', { text: 'a' }],
      ['Counter-increment', { by: 3 }],
    ]);
  });

  it('resolves bare tool names in a one-server episode, as calls do', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const result = await engine.step(episodeId, { text: block('add_note', { text: 'bare' }) });
    expect(result.results).toEqual([{ name: 'Notes-add_note', isError: false, content: { id: 'n1', text: 'bare' } }]);
    expect(result.formatErrors).toBe(0);
  });

  it('takes a step with no calls when the text has none, and keeps counting format errors across steps', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    expect(await engine.step(episodeId, { text: 'No tool needed.' })).toEqual({ step: 1, results: [], malformed: [], formatErrors: 0 });
    await engine.step(episodeId, { text: '<tool_call>{"name": }</tool_call>' });
    const third = await engine.step(episodeId, { text: '<tool_call>{"nam": "x", "arguments": {}}</tool_call>' });
    expect(third).toMatchObject({ step: 3, results: [], formatErrors: 2 });
    // A step of parsed calls leaves the count as it is, and answers as it always has.
    expect(await engine.step(episodeId, { calls: [{ name: 'list_notes' }] })).toEqual({
      step: 4,
      results: [{ name: 'Notes-list_notes', isError: false, content: [] }],
    });
  });

  it('feeds the malformed count to evaluate as formatErrors unless the request gives its own', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const bad = '<tool_call>not json</tool_call><tool_call>{"name": "add_note"}</tool_call><tool_call>{"x": 1}</tool_call>';
    await engine.step(episodeId, { text: `${block('Notes-add_note', { text: 'a' })}${bad}` });
    const groundTruth = [{ name: 'Notes-add_note', arguments: { text: 'a' } }];
    const finalConfig = { Notes: (await engine.state(episodeId)).state.Notes as Record<string, unknown> };
    // "not json" does not start with "{": no block for the reference, no error; the other two are.
    const scored = await engine.evaluate(episodeId, { groundTruth, finalConfig, tau: 0.5 });
    expect(scored.formatPenalty).toBeCloseTo(0.1, 12);
    expect(scored.reward).toBeCloseTo(0.9, 12);
    const given = await engine.evaluate(episodeId, { groundTruth, finalConfig, tau: 0.5, formatErrors: 0 });
    expect(given).toMatchObject({ formatPenalty: 0, reward: 1 });
  });

  it('brings the count back with a snapshot, and forks carry it', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const { snapshotId } = await engine.snapshot(episodeId);
    await engine.step(episodeId, { text: '<tool_call>{"name": "a"}</tool_call>' });
    const {
      episodeIds: [copy],
    } = await engine.fork(episodeId, { count: 1 });
    const evaluate = (id: string) => engine.evaluate(id, { groundTruth: [], finalConfig: {} });
    expect((await evaluate(copy as string)).formatPenalty).toBeCloseTo(0.05, 12);
    await engine.restore(episodeId, { snapshotId });
    expect((await evaluate(episodeId)).formatPenalty).toBe(0);
  });

  it('refuses calls and text together, or neither, naming the fields, and changes nothing', async () => {
    const engine = newEngine();
    const { episodeId } = await engine.reset({ servers: ['Notes'] });
    const both = engine.step(episodeId, { calls: [{ name: 'list_notes' }], text: 'x' });
    await expect(both).rejects.toThrow(EpisodeError);
    await expect(both).rejects.toMatchObject({ status: 400, issues: ['text: give calls or text, not both'] });
    await expect(engine.step(episodeId, {})).rejects.toMatchObject({
      status: 400,
      issues: ['calls: send calls (the parsed tool calls), or text (the assistant message with <tool_call> blocks)'],
    });
    await expect(engine.step(episodeId, { text: 5 })).rejects.toMatchObject({ status: 400 });
    const tooMany = block('list_notes', {}).repeat(1001);
    await expect(engine.step(episodeId, { text: tooMany })).rejects.toThrow(/text holds 1001 tool calls; a step runs at most 1000/);
    expect((await engine.state(episodeId)).step).toBe(0);
  });
});
