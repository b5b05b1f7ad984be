import { EnvironmentRegistry, EpisodeEngine, MemoryEpisodeStore } from '@envfleet/episodes';
import { defineEnvironment, seededGenerator } from '@envfleet/kit';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  buildToolGraph,
  fillArguments,
  graphToDot,
  harvest,
  nameFit,
  parametersOf,
  sampleTasks,
  ValuePool,
  verifyTask,
} from '../src/index.js';
import { toyBroken, toyDesk, toyShop } from './toy-shop.js';

describe('harvest', () => {
  it('names a bare id by the entity around it, and a map keyed by ids by its keys', () => {
    const found = harvest({ orders: [{ id: 'o7', total: 3 }], users: { u1: { email: 'ada@example.com' } } });
    const byValue = (value: unknown) => found.find((entry) => entry.value === value)?.names ?? [];
    expect(byValue('o7')).toEqual(expect.arrayContaining(['id', 'order_id']));
    expect(byValue('u1')).toEqual(expect.arrayContaining(['user_id']));
    expect(byValue('ada@example.com')).toEqual(expect.arrayContaining(['email', 'user_email']));
  });

  it('leaves out booleans and long texts, which identify nothing', () => {
    const found = harvest({ active: true, body: 'x'.repeat(500), code: 'A1' });
    expect(found.map((entry) => entry.value)).toEqual(['A1']);
  });
});

describe('names', () => {
  it('fits the same name, a bare id of the tool’s entity, and a specific kind word, and nothing looser', () => {
    expect(nameFit('order_id', 'order_id')).toBe(3);
    expect(nameFit('id', 'order_id', ['get', 'order'])).toBe(2);
    expect(nameFit('id', 'order_id', ['get', 'user'])).toBe(0);
    expect(nameFit('recipient_email', 'email')).toBe(1);
    expect(nameFit('user_name', 'name')).toBe(0);
    expect(nameFit('city', 'country')).toBe(0);
  });
});

describe('the tool graph', () => {
  const graph = buildToolGraph([toyShop]);
  const edge = (from: string, to: string, argument: string) =>
    graph.edges.find(
      (candidate) => candidate.from === `ToyShop-${from}` && candidate.to === `ToyShop-${to}` && candidate.argument === argument,
    );

  it('joins a result field to the argument it can fill, from observed results and from what a name promises', () => {
    expect(edge('find_user_by_email', 'place_order', 'user_id')?.field).toBe('user_id');
    expect(edge('place_order', 'get_order', 'order_id')?.field).toBe('order_id');
    expect(edge('place_order', 'cancel_order', 'order_id')).toBeDefined();
    // The enum argument and the free-standing email are no edges: nothing produces them.
    expect(graph.edges.some((candidate) => candidate.argument === 'reason')).toBe(false);
    expect(graph.edges.some((candidate) => candidate.to === 'ToyShop-find_user_by_email')).toBe(false);
  });

  it('knows which arguments the starting state can fill', () => {
    const fromState = graph.stateArguments.filter((entry) => entry.server === 'ToyShop').map((entry) => `${entry.tool}.${entry.argument}`);
    expect(fromState).toEqual(expect.arrayContaining(['ToyShop-find_user_by_email.email', 'ToyShop-place_order.user_id']));
  });

  it('is the same graph every time, and draws as Graphviz with every edge', () => {
    expect(buildToolGraph([toyShop])).toEqual(graph);
    const dot = graphToDot(graph);
    expect(dot).toContain('"ToyShop-place_order" -> "ToyShop-get_order" [label="order_id"]');
    expect(dot.match(/->/g)?.length).toBe(graph.edges.length);
  });
});

describe('filling arguments', () => {
  const tool = toyShop.tools.get('cancel_order');
  if (!tool) throw new Error('cancel_order is missing');
  const parameters = parametersOf(tool.inputSchema);

  it('takes an id from the latest result before the state, and an enum argument from its values', () => {
    const pool = new ValuePool();
    pool.addState('ToyShop', { orders: { o1: { order_id: 'o1' } } });
    pool.addResult('ToyShop-place_order', 0, { order_id: 'o9' });
    const picks = Array.from({ length: 40 }, (_, i) => fillArguments({ tool: 'cancel_order', parameters }, pool, seededGenerator(1, i)));
    const fromResult = picks.filter((pick) => pick.arguments.order_id === 'o9');
    expect(fromResult.length).toBeGreaterThan(picks.length / 2);
    expect(fromResult[0]?.sources).toEqual([{ argument: 'order_id', from: 'ToyShop-place_order', field: 'order_id' }]);
    for (const pick of picks) expect(['changed mind', 'too slow']).toContain(pick.arguments.reason);
  });

  it('takes the arguments of one call from one record: a password with its own user, a sheet of the chosen spreadsheet', () => {
    const pool = new ValuePool();
    pool.addState('Sheets', {
      spreadsheets: { s1: { spreadsheet_id: 's1' }, s2: { spreadsheet_id: 's2' } },
      sheets: { s1: [{ title: 'April' }], s2: [{ title: 'May' }] },
    });
    const sheetParameters = parametersOf({
      type: 'object',
      properties: { spreadsheet_id: { type: 'string' }, sheet: { type: 'string' } },
      required: ['spreadsheet_id', 'sheet'],
    });
    const fills = Array.from(
      { length: 40 },
      (_, i) => fillArguments({ tool: 'rename_sheet', parameters: sheetParameters }, pool, seededGenerator(4, i)).arguments,
    );
    const matching = fills.filter((args) => (args.spreadsheet_id === 's1') === (args.sheet === 'April'));
    expect(matching.length).toBeGreaterThan(fills.length * 0.8);

    const users = new ValuePool();
    users.addState('ToyDesk', toyDesk.loadPreset('demo'));
    const login = toyDesk.tools.get('login');
    if (!login) throw new Error('login is missing');
    const logins = Array.from(
      { length: 40 },
      (_, i) => fillArguments({ tool: 'login', parameters: parametersOf(login.inputSchema) }, users, seededGenerator(6, i)).arguments,
    );
    const paired = logins.filter((args) => args.password === `pw-${args.username}`);
    expect(paired.length).toBeGreaterThan(logins.length * 0.8);
  });

  it('gives a required argument nothing fits a value of its kind', () => {
    const filled = fillArguments({ tool: 'cancel_order', parameters }, new ValuePool(), seededGenerator(1, 0));
    expect(filled.arguments.order_id).toBe('sample');
    expect(filled.sources).toEqual([]);
  });
});

describe('sampling', () => {
  it('walks producers before consumers, so ids made by earlier calls reach later ones', async () => {
    const report = await sampleTasks({ environments: [toyShop], count: 12, seed: 5, maxSteps: 4 });
    expect(report.tasks).toHaveLength(12);
    expect(report.findings).toEqual([]);
    const chained = report.tasks.filter((task) =>
      task.calls.some(
        (call, i) =>
          !call.isError &&
          call.name !== 'ToyShop-place_order' &&
          task.calls
            .slice(0, i)
            .some(
              (earlier) =>
                earlier.name === 'ToyShop-place_order' &&
                !earlier.isError &&
                (earlier.content as { order_id?: string }).order_id === call.arguments.order_id,
            ),
      ),
    );
    expect(chained.length).toBeGreaterThan(0);
    const [coverage] = report.coverage.servers;
    expect(coverage?.toolsSucceeded).toBe(4);
    expect(coverage?.edgesReached).toBeGreaterThan(0);
  });

  it('follows a failure that names the tool it needs ("call login first") with that tool', async () => {
    const report = await sampleTasks({ environments: [toyDesk], count: 20, seed: 8, maxSteps: 3 });
    let failures = 0;
    let followed = 0;
    for (const task of report.tasks) {
      task.calls.forEach((call, i) => {
        const next = task.calls[i + 1];
        if (!call.isError || call.name === 'ToyDesk-login' || !next) return;
        failures += 1;
        if (next.name === 'ToyDesk-login') followed += 1;
      });
    }
    expect(failures).toBeGreaterThan(0);
    expect(followed).toBeGreaterThan(failures * 0.8);
  });

  it('gives the same tasks for the same seed, and other tasks for another', async () => {
    const options = { environments: [toyShop], count: 6, seed: 11, maxSteps: 3 };
    const first = await sampleTasks(options);
    const again = await sampleTasks(options);
    expect(JSON.stringify(again.tasks)).toBe(JSON.stringify(first.tasks));
    const other = await sampleTasks({ ...options, seed: 12 });
    expect(other.tasks.map((task) => task.id)).not.toEqual(first.tasks.map((task) => task.id));
  });

  it('emits each task once: ids are unique', async () => {
    const report = await sampleTasks({ environments: [toyShop], count: 30, seed: 2, maxSteps: 1 });
    const ids = report.tasks.map((task) => task.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(report.duplicates).toBeGreaterThan(0);
  });

  it('leaves out a chain that crashes or does not replay, and reports the environment', async () => {
    const report = await sampleTasks({ environments: [toyBroken], count: 3, seed: 1, maxSteps: 2 });
    expect(report.tasks).toEqual([]);
    const kinds = new Set(report.findings.map((finding) => `${finding.kind}:${finding.tool}`));
    expect(kinds).toEqual(new Set(['crash:crash', 'replay:count_calls']));
    expect(report.rejected.some((rejected) => /answered differently on replay/.test(rejected.reason))).toBe(true);
    expect(report.rejected.some((rejected) => /unexpected error: cannot read properties/.test(rejected.reason))).toBe(true);
  });

  it('refuses options it cannot honour, naming them', async () => {
    await expect(sampleTasks({ environments: [toyShop], count: 0, seed: 1, maxSteps: 2 })).rejects.toThrow(/count/);
    await expect(sampleTasks({ environments: [toyShop], count: 1, seed: 1, maxSteps: 0 })).rejects.toThrow(/max steps/);
    await expect(sampleTasks({ environments: [], count: 1, seed: 1, maxSteps: 2 })).rejects.toThrow(/at least one server/);
    const empty = defineEnvironment({
      name: 'Empty',
      domain: 'utilities',
      version: '0.0.1',
      description: 'No tools.',
      scenario: z.object({}),
      tools: [],
    });
    await expect(sampleTasks({ environments: [empty], count: 1, seed: 1, maxSteps: 2 })).rejects.toThrow(/Empty has no tools to sample/);
  });
});

describe('verification', () => {
  it('fails a task whose final state was tampered with, naming the server', async () => {
    const report = await sampleTasks({ environments: [toyShop], count: 1, seed: 3, maxSteps: 3 });
    const task = structuredClone(report.tasks[0]);
    if (!task) throw new Error('no task sampled');
    task.final_config.ToyShop = { ...(task.final_config.ToyShop as object), next_order: 99 };
    const engine = new EpisodeEngine({ environments: new EnvironmentRegistry([toyShop]), store: new MemoryEpisodeStore() });
    expect(await verifyTask(engine, task)).toMatch(/ToyShop's state after the replay differs/);
    expect(await verifyTask(engine, report.tasks[0] as (typeof report.tasks)[number])).toBeUndefined();
  });
});
