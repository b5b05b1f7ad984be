import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { googleTasks } from '../src/index.js';

const demo = () => googleTasks.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>, scenario: unknown = googleTasks.presets.demo) =>
  googleTasks.call(googleTasks.load(scenario), name, args).content;
const titles = (content: unknown) => (content as { tasks: { title: string }[] }).tasks.map((task) => task.title);
const ids = (content: unknown) => (content as { tasks: { task_id: string }[] }).tasks.map((task) => task.task_id);

function expectFailure(name: string, args: Record<string, unknown>, message: string, scenario: unknown = googleTasks.presets.demo) {
  const before = googleTasks.load(scenario);
  const outcome = googleTasks.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('scenario', () => {
  it('loads {} as an empty world whose default list is "@default", at 2025-01-01T00:00:00', () => {
    expect(googleTasks.load({})).toEqual({
      tasklists: {},
      tasks: {},
      next_tasklist_id: 1,
      next_task_id: 1,
      default_tasklist_id: '@default',
      current_time: '2025-01-01T00:00:00',
    });
  });

  it('refuses tasks whose status or due date does not fit the formats', () => {
    const task = { task_id: 'T1', title: 'x', tasklist_id: 'L' };
    expect(() => googleTasks.load({ tasks: { T1: { ...task, status: 'done' } } })).toThrow(/status/);
    expect(() => googleTasks.load({ tasks: { T1: { ...task, due: '2025-03-01' } } })).toThrow(/due/);
    expect(() => googleTasks.load({ tasks: { T1: { ...task, title: '🎉'.repeat(1025) } } })).toThrow(/title/);
    expect(googleTasks.load({ tasks: { T1: { ...task, title: '🎉'.repeat(1024), due: '٢٠٢٥-03-01T00:00:00Z' } } }).tasks.T1?.status).toBe(
      'needsAction',
    );
  });
});

describe('task lists', () => {
  it('lists in creation order, with page_token as an offset and a positive max_results as a cap', () => {
    const listIds = (args: Record<string, unknown>) =>
      (call('list_task_lists', args) as { task_lists: { tasklist_id: string }[] }).task_lists.map((list) => list.tasklist_id);
    expect(listIds({})).toEqual(['TL1', 'TL2', 'TL3', 'TL4']);
    expect(listIds({ page_token: '1', max_results: 2 })).toEqual(['TL2', 'TL3']);
    expect(listIds({ page_token: '٣' })).toEqual(['TL4']);
    expect(listIds({ page_token: 'next', max_results: -1 })).toEqual(['TL1', 'TL2', 'TL3', 'TL4']);
    expect(listIds({ page_token: '99999999999999999999' })).toEqual([]);
    expect(listIds({ max_results: '1' })).toEqual(['TL1']);
  });

  it('fails on a page_token of digits that are not decimal, like the reference', () => {
    expectFailure('list_task_lists', { page_token: '²' }, 'page_token ² is not a number: pass the offset in plain digits, e.g. "2"');
  });

  it('creates lists TL<n>, renames and deletes them with their tasks', () => {
    const { outcomes, state } = runCalls(googleTasks, googleTasks.presets.demo, [
      ['create_task_list', { tasklist_title: 'Groceries' }],
      ['update_task_list', { tasklist_id: 'TL5', title: 'Groceries & pharmacy' }],
      ['get_task_list', { tasklist_id: 'TL5' }],
      ['delete_task_list', { tasklist_id: 'TL3' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { tasklist_id: 'TL5', title: 'Groceries' },
      { tasklist_id: 'TL5', title: 'Groceries & pharmacy' },
      { tasklist_id: 'TL5', title: 'Groceries & pharmacy' },
      {},
    ]);
    expect(state.next_tasklist_id).toBe(6);
    expect(Object.keys(state.tasklists)).toEqual(['TL1', 'TL2', 'TL4', 'TL5']);
    expect(Object.values(state.tasks).filter((task) => task.tasklist_id === 'TL3')).toEqual([]);
    expect(Object.keys(state.tasks)).toHaveLength(16);
  });

  it('refuses empty arguments, unknown lists and an over-long new title', () => {
    expectFailure('get_task_list', { tasklist_id: '' }, 'tasklist_id must be a non-empty string');
    expectFailure('get_task_list', { tasklist_id: '@default' }, 'Task list @default not found');
    expectFailure('get_task_list', { tasklist_id: 'constructor' }, 'Task list constructor not found');
    expectFailure('create_task_list', { tasklist_title: '' }, 'tasklist_title must be a non-empty string');
    expectFailure(
      'create_task_list',
      { tasklist_title: 'x'.repeat(1025) },
      'tasklist_title must be at most 1024 characters: shorten the title',
    );
    expectFailure('update_task_list', { tasklist_id: 'TL9', title: 'x' }, 'Task list TL9 not found');
    expectFailure('update_task_list', { tasklist_id: 'TL1', title: '' }, 'title must be a non-empty string');
    expectFailure('delete_task_list', { tasklist_id: 'TL9' }, 'Task list TL9 not found');
    // Emoji count once, as Python counts them; a rename is not held to the limit at all.
    expect(call('create_task_list', { tasklist_title: '🎉'.repeat(1024) })).toMatchObject({ tasklist_id: 'TL5' });
    expect(call('update_task_list', { tasklist_id: 'TL4', title: 'y'.repeat(2000) })).toMatchObject({ tasklist_id: 'TL4' });
  });
});

describe('listing tasks', () => {
  it('reads "@default" as the default list and filters completed tasks and due dates', () => {
    expect(ids(call('list_tasks', { tasklist_id: '@default' }))).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
    ]);
    expect(ids(call('list_tasks', { tasklist_id: 'TL1', show_completed: 'no', max_results: 3 }))).toEqual(['T1', 'T2', 'T3']);
    // Undated tasks always pass the due filters.
    expect(titles(call('list_tasks', { tasklist_id: 'TL3', due_min: '2025-04-01T00:00:00Z' }))).toEqual([
      'Renew passport',
      'Reserve a table at Taberna da Rua',
      'Buy travel adapter',
    ]);
    expect(ids(call('list_tasks', { tasklist_id: 'TL2', due_min: '2025-03-10T00:00:00Z', due_max: '2025-03-15T23:59:59Z' }))).toEqual([
      'T12',
      'T13',
      'T14',
    ]);
    expect(call('list_tasks', { tasklist_id: 'TL4' })).toEqual({ tasks: [] });
  });

  it('shows a task with the fields the reference shows', () => {
    expect(call('get_task', { task_id: 'T10', tasklist_id: 'TL1' })).toEqual({
      task_id: 'T10',
      title: 'Submit expense report',
      status: 'completed',
      due: '2025-03-05T17:00:00Z',
      completed: '2025-03-05T16:12:00Z',
      notes: null,
      tasklist_id: 'TL1',
    });
  });

  it('refuses a task looked up in another list, and "@default" for one task', () => {
    expectFailure('list_tasks', { tasklist_id: 'TL9' }, 'Task list TL9 not found');
    expectFailure('get_task', { task_id: '', tasklist_id: 'TL1' }, 'task_id must be a non-empty string');
    expectFailure('get_task', { task_id: 'T1', tasklist_id: '' }, 'tasklist_id must be a non-empty string');
    expectFailure('get_task', { task_id: 'T99', tasklist_id: 'TL1' }, 'Task T99 not found');
    expectFailure('get_task', { task_id: 'T1', tasklist_id: '@default' }, 'Task T1 not found in task list @default (it belongs to TL1)');
  });
});

describe('upcoming tasks', () => {
  it('gives open tasks due from now to now + days_ahead, both ends included, soonest first', () => {
    expect(titles(call('get_upcoming_tasks', { tasklist_id: '@default' }))).toEqual([
      'Weekly status note',
      'Finish onboarding flow mockups',
      'Send screener survey',
      'Book the research room',
      'Usability test: recruit 5 participants',
      'Quarterly self-review',
    ]);
    expect(titles(call('get_upcoming_tasks', { tasklist_id: 'TL2', days_ahead: '1', max_results: 5 }))).toEqual(['Pick up dry cleaning']);
    expect(titles(call('get_upcoming_tasks', { tasklist_id: 'TL1', days_ahead: true }))).toEqual(['Weekly status note']);
  });

  it('writes years before 1000 without padding, as the reference does, which widens the window', () => {
    const ancient = {
      current_time: '0999-01-01T00:00:00',
      tasks: { A: { task_id: 'A', title: 'a', due: '0999-06-01T00:00:00Z', tasklist_id: 'L' } },
    };
    expect(ids(call('get_upcoming_tasks', { tasklist_id: '@default', days_ahead: 1 }, { ...ancient, default_tasklist_id: 'L' }))).toEqual([
      'A',
    ]);
  });

  it('refuses a non-positive days_ahead, a window past 9999 and a clock that is not a real date', () => {
    expectFailure('get_upcoming_tasks', { tasklist_id: 'TL1', days_ahead: 0 }, 'days_ahead must be a positive integer, got 0');
    expectFailure('get_upcoming_tasks', { tasklist_id: '', days_ahead: 0 }, 'tasklist_id must be a non-empty string');
    expectFailure('get_upcoming_tasks', { tasklist_id: 'TL9' }, 'Task list TL9 not found');
    expectFailure(
      'get_upcoming_tasks',
      { tasklist_id: 'TL1', days_ahead: 3_000_000 },
      'days_ahead 3000000 reaches past the year 9999: ask for fewer days',
    );
    for (const clock of ['2025-02-29T00:00:00', '2025-03-10T09:00:60', '0000-01-01T00:00:00', '2025-0٣-10T09:00:00']) {
      const before = googleTasks.load({ current_time: clock });
      const outcome = googleTasks.call(before, 'get_upcoming_tasks', { tasklist_id: '@default' });
      expect(outcome.isError, clock).toBe(true);
      expect((outcome.content as { message: string }).message).toMatch(/^current_time .* set the scenario's current_time/);
      expect(outcome.state).toBe(before);
    }
    // Any decimal digits are read where the reference's parser reads them.
    expect(call('get_upcoming_tasks', { tasklist_id: '@default' }, { current_time: '٢٠٢٥-03-1٠T0٩:00:00' })).toEqual({ tasks: [] });
  });
});

describe('changing tasks', () => {
  it('creates T<n> in the resolved list, keeping parent and previous in the state only', () => {
    const { outcomes, state } = runCalls(googleTasks, googleTasks.presets.demo, [
      ['create_task', { tasklist_id: '@default', title: 'Draft OKRs', due: '2025-03-13T12:00:00Z', task_parent: 'T5' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      task_id: 'T21',
      title: 'Draft OKRs',
      status: 'needsAction',
      due: '2025-03-13T12:00:00Z',
      completed: null,
      notes: null,
      tasklist_id: 'TL1',
    });
    expect(state.tasks.T21).toMatchObject({ task_parent: 'T5', task_previous: null });
    expect(state.next_task_id).toBe(22);
  });

  it('files "@default" tasks under "@default" in an empty world, where no such list exists', () => {
    const { outcomes } = runCalls(googleTasks, {}, [
      ['create_task', { tasklist_id: '@default', title: 'Buy milk' }],
      ['get_task', { task_id: 'T1', tasklist_id: '@default' }],
    ]);
    expect(outcomes[1]?.content).toMatchObject({ task_id: 'T1', tasklist_id: '@default' });
  });

  it('refuses a new task with a bad status, date or length, and keeps the counter', () => {
    expectFailure('create_task', { tasklist_id: 'TL1', title: 'x', status: 'done' }, 'status must be "needsAction" or "completed"');
    expectFailure('create_task', { tasklist_id: 'TL1', title: 'x', due: '2025-03-12' }, 'due must look like 2025-01-31T17:00:00Z');
    expectFailure(
      'create_task',
      { tasklist_id: 'TL1', title: 'x', completed: '2025-03-12T00:00:00Z\n' },
      'completed must look like 2025-01-31T17:00:00Z',
    );
    expectFailure('create_task', { tasklist_id: 'TL1', title: 'x', notes: 'n'.repeat(8193) }, 'notes must be at most 8192 characters');
    expectFailure('create_task', { tasklist_id: 'TL1', title: '' }, 'title must be a non-empty string');
    expectFailure('create_task', { tasklist_id: 'TL9', title: 'x' }, 'Task list TL9 not found');
  });

  it('updates only the given fields, without re-checking their formats', () => {
    expect(
      call('update_task', { tasklist_id: 'TL2', task_id: 'T12', status: 'completed', completed: '2025-03-10T09:30:00Z', notes: '' }),
    ).toEqual({
      task_id: 'T12',
      title: 'Pay electricity bill',
      status: 'completed',
      due: '2025-03-15T23:59:59Z',
      completed: '2025-03-10T09:30:00Z',
      notes: '',
      tasklist_id: 'TL2',
    });
    expect(call('update_task', { tasklist_id: 'TL2', task_id: 'T12', status: 'done', due: 'next week' })).toMatchObject({
      status: 'done',
      due: 'next week',
    });
    expectFailure('update_task', { tasklist_id: '', task_id: '' }, 'tasklist_id must be a non-empty string');
    expectFailure('update_task', { tasklist_id: 'TL1', task_id: 'T12' }, 'Task T12 not found in task list TL1 (it belongs to TL2)');
  });

  it('moves a task between lists and records its position', () => {
    const { outcomes, state } = runCalls(googleTasks, googleTasks.presets.demo, [
      ['move_task', { tasklist_id: 'TL3', task_id: 'T17', destination_tasklist: 'TL2', parent: '', previous: 'T15' }],
      ['move_task', { tasklist_id: 'TL2', task_id: 'T17', destination_tasklist: '' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { task_id: 'T17', tasklist_id: 'TL2' },
      { task_id: 'T17', tasklist_id: 'TL2' },
    ]);
    expect(state.tasks.T17).toMatchObject({ tasklist_id: 'TL2', task_parent: '', task_previous: 'T15' });
    expectFailure(
      'move_task',
      { tasklist_id: 'TL3', task_id: 'T17', destination_tasklist: '@default' },
      'Destination task list @default not found',
    );
    expectFailure('move_task', { tasklist_id: 'TL3', task_id: 'T1' }, 'Task T1 not found in task list TL3 (it belongs to TL1)');
  });

  it('deletes one task, and clears only the completed tasks of a list', () => {
    const { outcomes, state } = runCalls(googleTasks, googleTasks.presets.demo, [
      ['delete_task', { task_id: 'T8', tasklist_id: 'TL1' }],
      ['clear_tasks', { tasklist_id: '@default' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([{}, {}]);
    expect(Object.keys(state.tasks).filter((id) => state.tasks[id]?.tasklist_id === 'TL1')).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T9',
    ]);
    expect(state.tasks.T16?.status).toBe('completed');
    expectFailure('delete_task', { task_id: 'T8', tasklist_id: 'TL2' }, 'Task T8 not found in task list TL2 (it belongs to TL1)');
    expectFailure('clear_tasks', { tasklist_id: 'TL9' }, 'Task list TL9 not found');
    expectFailure('clear_tasks', { tasklist_id: '' }, 'tasklist_id must be a non-empty string');
  });
});

it('keeps a demo whose default list is Work and whose clock is a Monday morning', () => {
  const state = demo();
  expect(state.tasklists[state.default_tasklist_id]?.title).toBe('Work');
  expect(state.current_time).toBe('2025-03-10T09:00:00');
});
