import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { tickTick } from '../src/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const call = (name: string, args: Record<string, unknown>, scenario: unknown = tickTick.presets.demo) =>
  tickTick.call(tickTick.load(scenario), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string, scenario: unknown = tickTick.presets.demo) {
  const before = tickTick.load(scenario);
  const outcome = tickTick.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('scenario', () => {
  it('loads {} as no projects or tasks, with the palette and the priority labels', () => {
    const state = tickTick.load({});
    expect(state.projects).toEqual({});
    expect(state.tasks).toEqual({});
    expect(Object.keys(state.colorPaletteMap)).toHaveLength(20);
    expect(state.colorPaletteMap['#F18181']).toBe('Red');
    expect(state.priorityLabelsMap).toEqual({ '0': 'None', '1': 'Low', '3': 'Medium', '5': 'High' });
  });

  it('reads priority label keys as integers, as the reference does, and refuses other keys', () => {
    expect(
      tickTick.load({ priorityLabelsMap: { '1': 'a', '01': 'b', ' 2 ': 'c', '1_0': 'd', '+3': 'e', '5.00': 'f' } }).priorityLabelsMap,
    ).toEqual({
      '1': 'b',
      '2': 'c',
      '10': 'd',
      '3': 'e',
      '5': 'f',
    });
    expect(() => tickTick.load({ priorityLabelsMap: { high: 'High' } })).toThrow(/high/);
    expect(() => tickTick.load({ tasks: { t: { taskId: 't', title: 'x', project_id: 'p', priority: 6 } } })).toThrow(/priority/);
  });
});

describe('projects', () => {
  it('lists every project with all its settings', () => {
    const { projects } = call('ticktick_get_user_project', {}) as { projects: { project_id: string }[] };
    expect(projects.map((project) => project.project_id)).toEqual(['p-relaunch', 'p-personal', 'p-reading', 'p-archive']);
    expect(projects[2]).toEqual({
      project_id: 'p-reading',
      name: 'Reading list',
      color: '#AB47BC',
      kind: 'NOTE',
      viewMode: 'kanban',
      sortOrder: 2,
    });
  });

  it('shows a project with all its tasks, completed ones included, and its columns', () => {
    const data = call('ticktick_get_project_with_data', { project_id: 'p-reading' }) as {
      name: string;
      tasks: { taskId: string; status: string }[];
      columns: { column_id: string }[];
    };
    expect(data.name).toBe('Reading list');
    expect(data.tasks.map((task) => [task.taskId, task.status])).toEqual([
      ['t-301', 'pending'],
      ['t-302', 'pending'],
      ['t-303', 'completed'],
    ]);
    expect(data.columns.map((column) => column.column_id)).toEqual(['c-to-read', 'c-reading']);
    expect(call('ticktick_get_project_with_data', { project_id: 'p-archive' })).toEqual({
      project_id: 'p-archive',
      name: 'Archive 2024',
      tasks: [],
      columns: [],
    });
  });

  it('creates a project with a uuid, defaulting an empty kind and color, and updates it', () => {
    const { outcomes, state } = runCalls(tickTick, {}, [
      ['ticktick_create_project', { name: 'Garden', kind: '', color: null, sortOrder: '4' }],
    ]);
    const created = outcomes[0]?.content as { project_id: string };
    expect(created.project_id).toMatch(UUID);
    expect(created).toEqual({ project_id: created.project_id, name: 'Garden', color: '#F18181', kind: 'TASK' });
    expect(state.projects[created.project_id]).toMatchObject({ viewMode: null, sortOrder: 4 });
    expect(state.project_columns[created.project_id]).toEqual([]);

    const updated = runCalls(tickTick, state, [
      ['ticktick_update_project', { project_id: created.project_id, name: 'Allotment', color: '', viewMode: 'kanban' }],
    ]);
    expect(updated.outcomes[0]?.content).toEqual({ project_id: created.project_id, name: 'Allotment', color: '', kind: 'TASK' });
    expect(updated.state.projects[created.project_id]?.viewMode).toBe('kanban');
  });

  it('never reuses an id already in the scenario', () => {
    const first = runCalls(tickTick, {}, [['ticktick_create_project', { name: 'A' }]]);
    const again = runCalls(tickTick, first.state, [['ticktick_create_project', { name: 'B' }]]);
    expect(Object.keys(again.state.projects)).toHaveLength(2);
  });

  it('deletes a project with its tasks, their mapping and its columns', () => {
    const { outcomes, state } = runCalls(tickTick, tickTick.presets.demo, [['ticktick_delete_project', { project_id: 'p-relaunch' }]]);
    expect(outcomes[0]?.content).toEqual({ project_id: 'p-relaunch', deleted: true });
    expect(Object.keys(state.tasks).filter((id) => id.startsWith('t-1'))).toEqual([]);
    expect(Object.keys(state.task_project_mapping)).not.toContain('t-101');
    expect(Object.keys(state.columns)).toEqual(['c-to-read', 'c-reading']);
    expect(Object.keys(state.project_columns)).toEqual(['p-personal', 'p-reading', 'p-archive']);
  });

  it('refuses an empty name or id and unknown projects', () => {
    const unknown = 'Project p-gone not found: ticktick_get_user_project lists the projects';
    expectFailure('ticktick_get_project_with_data', { project_id: 'p-gone' }, unknown);
    expectFailure('ticktick_update_project', { project_id: 'p-gone', name: 'x' }, unknown);
    expectFailure('ticktick_delete_project', { project_id: 'p-gone' }, unknown);
    expectFailure(
      'ticktick_get_project_with_data',
      { project_id: 'constructor' },
      'Project constructor not found: ticktick_get_user_project lists the projects',
    );
    expectFailure('ticktick_get_project_with_data', { project_id: '' }, 'project_id must be a non-empty string');
    expectFailure('ticktick_create_project', { name: '' }, 'name must be a non-empty string');
  });
});

describe('tasks', () => {
  it('creates a pending task; without a project it gets an empty project id and no mapping', () => {
    const { outcomes, state } = runCalls(tickTick, tickTick.presets.demo, [
      [
        'ticktick_create_task',
        { title: 'Order business cards', project_id: 'p-personal', priority: '3', due_date: '2025-04-25T12:00:00+0000' },
      ],
      ['ticktick_create_task', { title: 'Stretch', priority: null }],
    ]);
    const [withProject, loose] = outcomes.map((outcome) => outcome.content as { taskId: string });
    expect(withProject).toEqual({
      taskId: withProject?.taskId,
      title: 'Order business cards',
      project_id: 'p-personal',
      dueDate: '2025-04-25T12:00:00+0000',
      priority: 3,
    });
    expect(loose).toEqual({ taskId: loose?.taskId, title: 'Stretch', project_id: '', dueDate: null, priority: 0 });
    expect(state.tasks[withProject?.taskId ?? '']).toMatchObject({ status: 'pending', notes: null, description: null });
    expect(state.task_project_mapping[withProject?.taskId ?? '']).toBe('p-personal');
    expect(Object.hasOwn(state.task_project_mapping, loose?.taskId ?? '')).toBe(false);
  });

  it('accepts a project that does not exist, as the reference does', () => {
    expect(call('ticktick_create_task', { title: 'x', project_id: 'p-gone' })).toMatchObject({ project_id: 'p-gone' });
  });

  it('refuses a priority outside 0–5 on creation, but not on update', () => {
    expectFailure(
      'ticktick_create_task',
      { title: 'x', priority: 6 },
      'priority must be between 0 and 5 (0 none, 1 low, 3 medium, 5 high), got 6',
    );
    expectFailure(
      'ticktick_create_task',
      { title: 'x', priority: -1 },
      'priority must be between 0 and 5 (0 none, 1 low, 3 medium, 5 high), got -1',
    );
    expectFailure('ticktick_create_task', { title: '' }, 'title must be a non-empty string');
    expect(call('ticktick_update_task', { task_id: 't-105', project_id: 'p-relaunch', priority: 9 })).toMatchObject({ priority: 9 });
  });

  it('updates the given fields and refiles the task under project_id', () => {
    const { outcomes, state } = runCalls(tickTick, tickTick.presets.demo, [
      ['ticktick_update_task', { task_id: 't-401', project_id: 'p-personal', title: 'Call the accountant about VAT Q1', notes: '' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      taskId: 't-401',
      title: 'Call the accountant about VAT Q1',
      project_id: 'p-personal',
      dueDate: '2025-04-15T10:00:00+0000',
      priority: 5,
    });
    expect(state.tasks['t-401']).toMatchObject({ project_id: 'p-personal', notes: '' });
    expect(state.task_project_mapping['t-401']).toBe('p-personal');
  });

  it('completes and deletes tasks found by id alone, echoing the project id given', () => {
    const { outcomes, state } = runCalls(tickTick, tickTick.presets.demo, [
      ['ticktick_complete_task', { task_id: 't-202', project_id: 'p-reading' }],
      ['ticktick_delete_task', { task_id: 't-101', project_id: 'anything' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { task_id: 't-202', project_id: 'p-reading', status: 'completed' },
      { task_id: 't-101', project_id: 'anything', deleted: true },
    ]);
    expect(state.tasks['t-202']?.status).toBe('completed');
    expect(state.tasks['t-202']?.project_id).toBe('p-personal');
    expect(Object.hasOwn(state.tasks, 't-101')).toBe(false);
    expect(Object.hasOwn(state.task_project_mapping, 't-101')).toBe(false);
  });

  it('refuses empty ids and unknown tasks', () => {
    for (const tool of ['ticktick_update_task', 'ticktick_complete_task', 'ticktick_delete_task']) {
      expectFailure(tool, { task_id: 'nope', project_id: 'p-personal' }, 'Task nope not found');
      expectFailure(tool, { task_id: '', project_id: '' }, 'task_id must be a non-empty string');
      expectFailure(tool, { task_id: 't-101', project_id: '' }, 'project_id must be a non-empty string');
    }
  });
});

describe('OAuth2', () => {
  it('builds the authorization URL as given and remembers a non-empty state as pending', () => {
    const { outcomes, state } = runCalls(tickTick, {}, [
      [
        'ticktick_oauth2_authorization_step1',
        { scope: 'tasks:read tasks:write', client_id: 'cli', redirect_uri: 'https://example.com/cb', state: 'xyz' },
      ],
      ['ticktick_oauth2_authorization_step1', { scope: 's', client_id: 'c', redirect_uri: 'r', state: '' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      {
        authorization_url:
          'https://ticktick.com/oauth/authorize?client_id=cli&redirect_uri=https://example.com/cb&scope=tasks:read tasks:write&state=xyz',
      },
      { authorization_url: 'https://ticktick.com/oauth/authorize?client_id=c&redirect_uri=r&scope=s' },
    ]);
    expect(state.oauth_state).toEqual({ xyz: 'pending' });
  });

  it('refuses an empty scope, client id or redirect URI', () => {
    const args = { scope: 's', client_id: 'c', redirect_uri: 'r' };
    expectFailure('ticktick_oauth2_authorization_step1', { ...args, scope: '' }, 'scope must be a non-empty string');
    expectFailure('ticktick_oauth2_authorization_step1', { ...args, client_id: '' }, 'client_id must be a non-empty string');
    expectFailure('ticktick_oauth2_authorization_step1', { ...args, redirect_uri: '' }, 'redirect_uri must be a non-empty string');
  });
});
