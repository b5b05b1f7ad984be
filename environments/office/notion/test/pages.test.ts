import { describe, expect, it } from 'vitest';
import { expectFailure, NOW, session, UUID } from './session.js';

describe('Notion pages', () => {
  it('retrieves a page, archived or not', () => {
    const s = session();
    expect(s.call('notion_retrieve_page', { page_id: 'page_roadmap' }).content).toEqual({
      page_id: 'page_roadmap',
      title: 'Q2 Roadmap',
      properties: { title: { title: [{ text: { content: 'Q2 Roadmap' } }] } },
      created_time: '2025-02-03T09:00:00',
      last_edited_time: '2025-02-03T09:00:00',
    });
    expect(s.call('notion_retrieve_page', { page_id: 'page_launch_2024' }).content.title).toBe('Launch Plan 2024');
    expectFailure('demo', 'notion_retrieve_page', { page_id: 'page_nope' }, 'Page page_nope not found');
    expectFailure('demo', 'notion_retrieve_page', { page_id: '' }, 'Page ID must be a non-empty string');
  });

  it('creates a "New Page" with body blocks; a database parent does not make it a database item', () => {
    const s = session();
    const created = s.call('notion_create_page', {
      parent: { database_id: 'db_tasks' },
      properties: { Status: 'Backlog' },
      children: [{ type: 'heading_2', content: { text: 'Notes' } }, {}],
    });
    const pageId = created.content.page_id as string;
    expect(pageId).toMatch(UUID);
    expect(created.content).toEqual({
      page_id: pageId,
      parent: { database_id: 'db_tasks' },
      properties: { Status: 'Backlog' },
      created_time: NOW,
      last_edited_time: NOW,
    });
    expect(s.state.pages[pageId]).toMatchObject({ title: 'New Page', archived: false });
    const body = s.state.pageChildren[pageId] ?? [];
    expect(body).toHaveLength(2);
    expect(body.map((id) => s.state.blocks[id]?.type)).toEqual(['heading_2', 'paragraph']);
    expect(s.state.databaseItems.db_tasks).not.toContain(pageId);
    // Without children or properties: an empty property map and no body list at all.
    const bare = s.call('notion_create_page', { parent: '{"page_id": "page_meetings"}', children: [] });
    expect(bare.content.properties).toEqual({});
    expect(Object.hasOwn(s.state.pageChildren, bare.content.page_id)).toBe(false);
  });

  it('refuses an empty parent or a malformed child, creating nothing', () => {
    expectFailure('demo', 'notion_create_page', { parent: {} }, 'Parent must be a non-empty dictionary');
    expectFailure(
      'demo',
      'notion_create_page',
      { parent: { page_id: 'page_handbook' }, children: [{ content: 'x' }] },
      /children\[0\]\.content/,
    );
  });

  it('reports only properties that are new or really changed, comparing values as Python does', () => {
    const s = session();
    const outcome = s.call('notion_update_page_properties', {
      page_id: 'task_104',
      properties: { Points: 1.0, Status: 'Done', Fixed: false, Priority: 'P1' },
    });
    expect(outcome.content).toEqual({ page_id: 'task_104', updated_properties: ['Fixed', 'Priority'], last_edited_time: NOW });
    expect(s.state.pages.task_104?.properties).toEqual({
      Name: 'Fix flaky payment webhook test',
      Status: 'Done',
      Assignee: 'user_jonas',
      Due: '2025-03-11',
      Priority: 'P1',
      Points: 1,
      Fixed: false,
    });
    // true equals 1 in Python, so this is no change, but the stored value becomes true.
    expect(
      s.call('notion_update_page_properties', { page_id: 'task_104', properties: { Points: true } }).content.updated_properties,
    ).toEqual([]);
    expect(s.state.pages.task_104?.properties.Points).toBe(true);
    expectFailure(
      'demo',
      'notion_update_page_properties',
      { page_id: 'task_104', properties: {} },
      'Properties must be a non-empty dictionary',
    );
    expectFailure('demo', 'notion_update_page_properties', { page_id: 'x', properties: { a: 1 } }, 'Page x not found');
  });

  it('appends content blocks to a page body and counts them all', () => {
    const s = session();
    const outcome = s.call('notion_update_page_content', { page_id: 'page_sync_0310', children: [{ type: 'to_do' }] });
    expect(outcome.content).toEqual({ page_id: 'page_sync_0310', children_count: 4, last_edited_time: NOW });
    expect(s.state.pages.page_sync_0310?.last_edited_time).toBe(NOW);
    expectFailure('demo', 'notion_update_page_content', { page_id: 'page_sync_0310', children: [] }, 'Children must be a non-empty list');
    expectFailure('demo', 'notion_update_page_content', { page_id: 'nope', children: [{}] }, 'Page nope not found');
  });

  it('archives a page on delete: search no longer finds it, retrieve still does', () => {
    const s = session();
    expect(s.call('notion_delete_page', { page_id: 'page_roadmap' }).content).toEqual({
      page_id: 'page_roadmap',
      deleted: true,
      archived: true,
    });
    expect(s.call('notion_search', { query: 'q2 roadmap' }).content.results).toEqual([]);
    expect(s.call('notion_retrieve_page', { page_id: 'page_roadmap' }).content.last_edited_time).toBe(NOW);
    expectFailure('demo', 'notion_delete_page', { page_id: 'nope' }, 'Page nope not found');
  });
});
