import { describe, expect, it } from 'vitest';
import { notion } from '../src/index.js';
import { expectFailure, session, UUID } from './session.js';

const objectIds = (content: { results: { object_id: string }[] }) => content.results.map((result) => result.object_id);

describe('Notion', () => {
  it('loads an empty workspace from {} with a default clock, and the demo workspace', () => {
    const empty = notion.load({});
    expect(empty).toEqual({
      blocks: {},
      pages: {},
      databases: {},
      users: {},
      comments: {},
      blockChildren: {},
      pageChildren: {},
      databaseItems: {},
      commentThreads: {},
      current_time: '2025-01-01T00:00:00',
    });
    const demo = notion.loadPreset('demo');
    expect(Object.keys(demo.pages)).toHaveLength(19);
    expect(Object.keys(demo.databases)).toEqual(['db_tasks', 'db_bugs', 'db_reading']);
    expect(demo.current_time).toBe('2025-03-14T16:30:00');
  });

  it('reads scenarios leniently like the reference, but insists on an exact clock', () => {
    const state = notion.load({ current_time: '٢٠٢٥-01-01T00:00:00', users: { u: { user_id: 'u', name: 'Ann' } } });
    expect(state.users.u).toEqual({ user_id: 'u', name: 'Ann', email: null, type: 'person' });
    expect(() => notion.load({ current_time: '2025-01-01T00:00:00Z' })).toThrow(/current_time/);
    expect(() => notion.load({ current_time: '2025-01-01 00:00:00' })).toThrow(/current_time/);
    expect(() =>
      notion.load({
        comments: {
          c: {
            comment_id: 'c',
            rich_text: {},
            created_time: '2025-01-01T00:00:00',
            last_edited_time: '2025-01-01T00:00:00',
            parent_id: 'p',
          },
        },
      }),
    ).toThrow(/rich_text/);
  });

  describe('search', () => {
    it('matches titles case-insensitively, pages before databases, leaving archived ones out', () => {
      const s = session();
      expect(s.call('notion_search', { query: 'SYNC' }).content).toEqual({
        results: [
          { object_id: 'page_sync_0303', object_type: 'page', title: 'Weekly Sync 2025-03-03' },
          { object_id: 'page_sync_0310', object_type: 'page', title: 'Weekly Sync 2025-03-10' },
        ],
        next_cursor: null,
        has_more: false,
      });
      expect(objectIds(s.call('notion_search', { query: 'tasks' }).content)).toEqual(['db_tasks']);
      expect(s.call('notion_search', { query: 'reading' }).content.results).toEqual([]);
      expect(s.call('notion_search', { query: 'launch' }).content.results).toEqual([]);
      // No query (or an empty one) lists everything that is not archived: 18 pages and 2 databases.
      expect(s.call('notion_search', {}).content.results).toHaveLength(20);
      expect(s.call('notion_search', { query: '' }).content.results).toHaveLength(20);
    });

    it('pages by position, Python-style: the cursor may be negative or not a number at all', () => {
      const s = session();
      const first = s.call('notion_search', { query: 'checkout', page_size: 1 });
      expect(first.content).toMatchObject({ results: [{ object_id: 'task_101' }], next_cursor: '1', has_more: true });
      expect(s.call('notion_search', { query: 'checkout', start_cursor: '1' }).content).toMatchObject({
        results: [{ object_id: 'task_102' }, { object_id: 'bug_1' }],
        next_cursor: null,
        has_more: false,
      });
      // Three matches: a cursor of -2 slices [-2:0], which is empty, yet reports more from position 0.
      expect(s.call('notion_search', { query: 'checkout', page_size: 2, start_cursor: '-2' }).content).toEqual({
        results: [],
        next_cursor: '0',
        has_more: true,
      });
      expect(objectIds(s.call('notion_search', { query: 'checkout', start_cursor: 'first' }).content)).toEqual([
        'task_101',
        'task_102',
        'bug_1',
      ]);
      expect(objectIds(s.call('notion_search', { query: 'checkout', start_cursor: ' +1 ' }).content)).toEqual(['task_102', 'bug_1']);
      expect(s.call('notion_search', { start_cursor: '99999999999999999999999' }).content).toEqual({
        results: [],
        next_cursor: null,
        has_more: false,
      });
      expectFailure('demo', 'notion_search', { page_size: 0 }, /between 1 and 100/);
      expectFailure('demo', 'notion_search', { page_size: 101 }, /between 1 and 100/);
    });
  });

  describe('users', () => {
    it('lists users by position and retrieves one', () => {
      const s = session();
      const first = s.call('notion_list_all_users', { page_size: 2 });
      expect(first.content).toEqual({
        results: [
          { user_id: 'user_maya', name: 'Maya Chen', email: 'maya.chen@northwind.io' },
          { user_id: 'user_liam', name: 'Liam Ortiz', email: 'liam.ortiz@northwind.io' },
        ],
        next_cursor: '2',
      });
      expect(s.call('notion_list_all_users', { start_cursor: '6' }).content).toEqual({
        results: [{ user_id: 'bot_github', name: 'GitHub Sync', email: null }],
        next_cursor: null,
      });
      expect(s.call('notion_retrieve_user', { user_id: 'user_jonas' }).content).toEqual({
        user_id: 'user_jonas',
        name: 'Jonas Weber',
        email: null,
        type: 'person',
      });
      expectFailure('demo', 'notion_retrieve_user', { user_id: 'user_nobody' }, 'User user_nobody not found');
      expectFailure('demo', 'notion_retrieve_user', { user_id: '' }, 'User ID must be a non-empty string');
      expectFailure('demo', 'notion_list_all_users', { page_size: 0 }, /positive integer/);
    });

    it('adds the bot user on first retrieval and keeps an existing one as it is', () => {
      const s = session();
      const bot = { user_id: 'bot_user_001', name: 'Notion Bot', owner: { type: 'integration', id: 'integration_001' } };
      expect(s.call('notion_retrieve_bot_user').content).toEqual(bot);
      expect(s.state.users.bot_user_001).toEqual({ user_id: 'bot_user_001', name: 'Notion Bot', email: null, type: 'bot' });
      expect(s.call('notion_list_all_users', { start_cursor: '7' }).content.results).toEqual([
        { user_id: 'bot_user_001', name: 'Notion Bot', email: null },
      ]);
      const custom = session({ users: { bot_user_001: { user_id: 'bot_user_001', name: 'Helper', type: 'bot' } } });
      expect(custom.call('notion_retrieve_bot_user').content.name).toBe('Helper');
    });
  });

  describe('new ids', () => {
    it('are uuids drawn from the episode seed: the same calls give the same ids', () => {
      const create = (seed: number) =>
        notion.call(notion.loadPreset('demo'), 'notion_create_page', { parent: { page_id: 'page_handbook' } }, { seed, callIndex: 3 })
          .content as {
          page_id: string;
        };
      expect(create(5).page_id).toMatch(UUID);
      expect(create(5).page_id).toBe(create(5).page_id);
      expect(create(6).page_id).not.toBe(create(5).page_id);
    });

    it('never reuse an id the workspace already has', () => {
      const demo = notion.loadPreset('demo');
      const args = { parent: { page_id: 'page_handbook' } };
      const taken = (notion.call(demo, 'notion_create_page', args).content as { page_id: string }).page_id;
      const scenario = { ...demo, blocks: { ...demo.blocks, [taken]: { ...demo.blocks.blk_handbook_intro, block_id: taken } } };
      const again = notion.call(notion.load(scenario), 'notion_create_page', args);
      const pageId = (again.content as { page_id: string }).page_id;
      expect(pageId).not.toBe(taken);
      expect(again.state.blocks[taken]?.type).toBe('paragraph');
    });
  });
});
