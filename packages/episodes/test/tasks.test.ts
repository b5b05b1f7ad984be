import { counter, notes } from '@envfleet/testing';
import { describe, expect, it } from 'vitest';
import { EnvironmentRegistry, EpisodeEngine, EpisodeError, MemoryEpisodeStore } from '../src/index.js';

/** A row as EnvFactory-RL has it: mcp_factory_kwargs values as JSON text, the ground truth too. */
function row(index: number, overrides: Record<string, unknown> = {}) {
  return {
    data_source: 'envfactory',
    prompt: [{ role: 'user', content: 'Note "buy milk", then count to 2.' }],
    reward_model: {
      style: 'rule',
      ground_truth: JSON.stringify([
        { name: 'Notes-add_note', arguments: { text: 'buy milk' } },
        { name: 'Counter-increment', arguments: { by: 2 } },
      ]),
    },
    extra_info: {
      index,
      mcp_factory_kwargs: {
        mcp_servers: JSON.stringify(['Notes', 'Counter']),
        initial_config: JSON.stringify({ Notes: { notes: {}, next_id: 7 }, Counter: { value: 10 } }),
        final_config: JSON.stringify({
          Notes: { notes: { n7: { id: 'n7', text: 'buy milk' } }, next_id: 8, blob: '' },
          Counter: { value: 12 },
        }),
        ...overrides,
      },
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<EpisodeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EpisodeError);
  return error as EpisodeError;
}

describe('tasks', () => {
  const engine = () => new EpisodeEngine({ environments: new EnvironmentRegistry([notes, counter]), store: new MemoryEpisodeStore() });

  it('imports rows, resets an episode from a task and scores it against the task without sending it again', async () => {
    const fleet = engine();
    expect(await fleet.importTasks({ tasks: [row(0), row(1)] })).toEqual({ taskIds: ['0', '1'] });

    const { episodeId, servers } = await fleet.reset({ taskId: '1', seed: 2 });
    expect(servers).toEqual(['Notes', 'Counter']);
    expect((await fleet.state(episodeId)).state).toEqual({ Notes: { notes: {}, next_id: 7, blob: '' }, Counter: { value: 10 } });

    await fleet.step(episodeId, {
      calls: [
        { name: 'Notes-add_note', arguments: { text: 'buy milk' } },
        { name: 'Counter-increment', arguments: { by: 2 } },
      ],
    });
    expect(await fleet.evaluate(episodeId, {})).toMatchObject({ reward: 1, trace: 1, state: 1, tau: 0.5 });
    // What is sent still wins over the task's.
    expect(await fleet.evaluate(episodeId, { finalConfig: {} })).toMatchObject({ trace: 1, state: 0 });
    // Forks keep their task.
    const { episodeIds } = await fleet.fork(episodeId);
    expect(await fleet.evaluate(episodeIds[0] as string, {})).toMatchObject({ reward: 1 });
  });

  it('takes the id from id, else extra_info.index, and replaces a task imported again', async () => {
    const fleet = engine();
    await fleet.importTasks({ tasks: [{ ...row(0), id: 'retail-7' }] });
    await fleet.importTasks({ tasks: [{ ...row(0, { initial_config: { Counter: { value: 1 } } }), id: 'retail-7' }] });
    const { episodeId } = await fleet.reset({ taskId: 'retail-7' });
    expect((await fleet.state(episodeId)).state.Counter).toEqual({ value: 1 });
  });

  it('refuses a bad row naming the row and the field, and keeps none of the rows sent with it', async () => {
    const fleet = engine();
    const cases: [unknown, string][] = [
      [row(0, { mcp_servers: '["Notes", "Shop"]' }), 'tasks[1].extra_info.mcp_factory_kwargs.mcp_servers: "Shop" is not a server here'],
      [row(0, { final_config: undefined }), 'tasks[1].extra_info.mcp_factory_kwargs.final_config'],
      [row(0, { final_config: '{"Shop": {}}' }), 'final_config: "Shop" is not among mcp_servers'],
      [row(0, { initial_config: '{"Notes": 3}' }), 'tasks[1].extra_info.mcp_factory_kwargs.initial_config.Notes'],
      [{ ...row(0), reward_model: { ground_truth: '[{"arguments": {}}]' } }, 'tasks[1].reward_model.ground_truth[0].name'],
      [{ ...row(0), reward_model: { ground_truth: 'not json' } }, 'tasks[1].reward_model.ground_truth'],
      [{ ...row(0), extra_info: { mcp_factory_kwargs: row(0).extra_info.mcp_factory_kwargs } }, 'tasks[1].id: give the task an id'],
      [row(9), 'tasks[1] — id "9" is also the id of tasks[0]'],
    ];
    for (const [bad, named] of cases) {
      const error = await rejection(fleet.importTasks({ tasks: [row(9), bad] }));
      expect(error.status).toBe(400);
      expect(error.message).toContain(named);
    }
    expect((await rejection(fleet.importTasks({ tasks: [] }))).status).toBe(400);
    // Nothing of a refused import is kept.
    const unknown = await rejection(fleet.reset({ taskId: '9' }));
    expect(unknown.status).toBe(404);
    expect(unknown.message).toContain('Unknown task "9"');
  });

  it('resets from a task or from servers, not both; evaluate without ground truth needs a task', async () => {
    const fleet = engine();
    await fleet.importTasks({ tasks: [row(0)] });
    expect((await rejection(fleet.reset({ taskId: '0', servers: ['Notes'] }))).message).toContain('not both');
    expect((await rejection(fleet.reset({}))).message).toContain('taskId');
    const { episodeId } = await fleet.reset({ servers: ['Notes'] });
    const error = await rejection(fleet.evaluate(episodeId, {}));
    expect(error.status).toBe(400);
    expect(error.message).toContain('groundTruth is required');
  });
});
