import { describe, expect, it } from 'vitest';
import { expectFailure, NOW, session, UUID } from './session.js';

const pageIds = (content: { results: { page_id: string }[] }) => content.results.map((item) => item.page_id);

describe('Notion databases', () => {
  it('queries items in order, paging with the last page id as the cursor', () => {
    const s = session();
    const first = s.call('notion_query_database', { database_id: 'db_tasks', page_size: 3, filter: { property: 'Status' } });
    expect(pageIds(first.content)).toEqual(['task_101', 'task_102', 'task_103']);
    expect(first.content).toMatchObject({ next_cursor: 'task_103', has_more: true });
    expect(first.content.results[0]).toEqual({
      page_id: 'task_101',
      properties: {
        Name: 'Checkout: address autocomplete',
        Status: 'In progress',
        Assignee: 'user_liam',
        Due: '2025-03-18',
        Priority: 'P1',
        Points: 5,
      },
    });
    const last = s.call('notion_query_database', { database_id: 'db_tasks', page_size: 3, start_cursor: 'task_106' });
    expect(last.content).toMatchObject({ results: [{ page_id: 'task_107' }], next_cursor: null, has_more: false });
    // An archived database can still be queried.
    expect(pageIds(s.call('notion_query_database', { database_id: 'db_reading' }).content)).toEqual(['read_1', 'read_2']);
    expectFailure('demo', 'notion_query_database', { database_id: 'db_nope' }, 'Database db_nope not found');
    expectFailure('demo', 'notion_query_database', { database_id: 'db_tasks', page_size: 101 }, /between 1 and 100/);
  });

  it('creates a database always named "New Database"', () => {
    const s = session();
    const created = s.call('notion_create_database', {
      parent: { page_id: 'page_handbook' },
      title: [{ type: 'text', text: { content: 'Hiring pipeline' } }],
      properties: { Candidate: { type: 'title' } },
    });
    expect(created.content.database_id).toMatch(UUID);
    expect(created.content).toEqual({
      database_id: created.content.database_id,
      title: 'New Database',
      properties: { Candidate: { type: 'title' } },
      created_time: NOW,
    });
    expect(s.state.databases[created.content.database_id]?.parent).toEqual({ page_id: 'page_handbook' });
    const args = { parent: { page_id: 'p' }, title: [{ t: 1 }], properties: { A: {} } };
    expectFailure('demo', 'notion_create_database', { ...args, parent: {} }, 'Parent must be a non-empty dictionary');
    expectFailure('demo', 'notion_create_database', { ...args, title: [] }, 'Title must be a non-empty list');
    expectFailure('demo', 'notion_create_database', { ...args, properties: {} }, 'Properties must be a non-empty dictionary');
  });

  it('retrieves, updates (merging properties; any title renames it "Updated Database") and archives a database', () => {
    const s = session();
    expect(s.call('notion_retrieve_database', { database_id: 'db_bugs' }).content).toMatchObject({
      database_id: 'db_bugs',
      title: 'Bug Tracker',
      created_time: '2025-01-06T09:00:00',
      last_edited_time: '2025-03-10T11:15:00',
    });
    const updated = s.call('notion_update_database', {
      database_id: 'db_bugs',
      title: [],
      description: [{ text: 'ignored' }],
      properties: { Severity: { type: 'number' }, Owner: { type: 'people' } },
    });
    expect(updated.content).toEqual({ database_id: 'db_bugs', last_edited_time: NOW });
    const bugs = s.state.databases.db_bugs;
    expect(bugs?.title).toBe('Updated Database');
    expect(Object.keys(bugs?.properties ?? {})).toEqual(['Title', 'Severity', 'Reporter', 'Fixed', 'Owner']);
    expect(bugs?.properties.Severity).toEqual({ type: 'number' });
    expect(s.call('notion_update_database', { database_id: 'db_tasks' }).content.last_edited_time).toBe(NOW);
    expect(s.state.databases.db_tasks?.title).toBe('Sprint Tasks');
    expect(s.call('notion_delete_database', { database_id: 'db_bugs' }).content).toEqual({
      database_id: 'db_bugs',
      deleted: true,
      archived: true,
    });
    expect(s.call('notion_search', { query: 'database' }).content.results).toEqual([]);
    expectFailure('demo', 'notion_retrieve_database', { database_id: '' }, 'Database ID must be a non-empty string');
    expectFailure('demo', 'notion_delete_database', { database_id: 'nope' }, 'Database nope not found');
  });

  it('adds an item as a "Database Item" page at the end of the database, archived database included', () => {
    const s = session();
    const item = s.call('notion_create_database_item', { database_id: 'db_reading', properties: '{"Title": "Shape Up", "Read": false}' });
    const pageId = item.content.page_id as string;
    expect(item.content).toEqual({
      page_id: pageId,
      database_id: 'db_reading',
      properties: { Title: 'Shape Up', Read: false },
      created_time: NOW,
    });
    expect(s.state.databaseItems.db_reading).toEqual(['read_1', 'read_2', pageId]);
    expect(s.state.pages[pageId]).toMatchObject({ title: 'Database Item', parent: { database_id: 'db_reading' } });
    expectFailure(
      'demo',
      'notion_create_database_item',
      { database_id: 'db_tasks', properties: {} },
      'Properties must be a non-empty dictionary',
    );
    expectFailure('demo', 'notion_create_database_item', { database_id: 'nope', properties: { a: 1 } }, 'Database nope not found');
  });
});
