import { describe, expect, it } from 'vitest';
import { expectFailure, NOW, session, UUID } from './session.js';

const ids = (content: { results: { block_id: string }[] }) => content.results.map((block) => block.block_id);

describe('Notion blocks', () => {
  it("pages through a block's children with the last id of each page as the cursor", () => {
    const s = session();
    const first = s.call('notion_retrieve_block_children', { block_id: 'blk_onb_week1', page_size: 5 });
    expect(ids(first.content)).toEqual(['blk_onb_w1_01', 'blk_onb_w1_02', 'blk_onb_w1_03', 'blk_onb_w1_04', 'blk_onb_w1_05']);
    expect(first.content.next_cursor).toBe('blk_onb_w1_05');
    expect(first.content.results[0]).toEqual({
      block_id: 'blk_onb_w1_01',
      type: 'to_do',
      content: { rich_text: [{ type: 'text', text: { content: 'Get laptop from IT' } }], checked: true },
    });
    const last = s.call('notion_retrieve_block_children', { block_id: 'blk_onb_week1', page_size: '5', start_cursor: 'blk_onb_w1_10' });
    expect(ids(last.content)).toEqual(['blk_onb_w1_11', 'blk_onb_w1_12']);
    expect(last.content.next_cursor).toBeNull();
    // A cursor that is not one of the children starts again from the top.
    const restart = s.call('notion_retrieve_block_children', { block_id: 'blk_onb_week1', page_size: 1, start_cursor: 'nope' });
    expect(restart.content).toMatchObject({ results: [{ block_id: 'blk_onb_w1_01' }], next_cursor: 'blk_onb_w1_01' });
  });

  it('lists archived children and skips child ids with no block behind them', () => {
    const s = session();
    const rituals = s.call('notion_retrieve_block_children', { block_id: 'blk_handbook_rituals' });
    expect(ids(rituals.content)).toEqual(['blk_ritual_standup', 'blk_ritual_sync', 'blk_ritual_retro']);
    expect(s.call('notion_retrieve_block_children', { block_id: 'blk_onb_week2' }).content).toEqual({ results: [], next_cursor: null });
    // Page bodies are page children, not block children.
    expect(s.call('notion_retrieve_block_children', { block_id: 'blk_handbook_intro' }).content).toEqual({
      results: [],
      next_cursor: null,
    });
  });

  it('refuses an unknown block, an empty id and a page size outside 1..100', () => {
    expectFailure('demo', 'notion_retrieve_block_children', { block_id: 'page_roadmap' }, 'Block page_roadmap not found');
    expectFailure('demo', 'notion_retrieve_block_children', { block_id: '' }, 'Block ID must be a non-empty string');
    expectFailure('demo', 'notion_retrieve_block_children', { block_id: 'blk_onb_week1', page_size: 0 }, /between 1 and 100/);
    expectFailure('demo', 'notion_retrieve_block_children', { block_id: 'blk_onb_week1', page_size: 101 }, /between 1 and 100/);
  });

  it('appends children as paragraphs by default, stamped with the workspace clock', () => {
    const s = session();
    const outcome = s.call('notion_append_block_children', {
      block_id: 'blk_onb_week2',
      children: [{ type: 'to_do', content: { checked: false } }, {}],
    });
    expect(outcome.content).toEqual({ block_id: 'blk_onb_week2', children_count: 2 });
    const [todo, paragraph] = s.state.blockChildren.blk_onb_week2 ?? [];
    expect(todo).toMatch(UUID);
    expect(s.state.blocks[todo as string]).toEqual({
      block_id: todo,
      type: 'to_do',
      content: { checked: false },
      created_time: NOW,
      last_edited_time: NOW,
      parent_id: 'blk_onb_week2',
      archived: false,
    });
    expect(s.state.blocks[paragraph as string]).toMatchObject({ type: 'paragraph', content: {} });
    // The count is the parent's whole child list, not just what was added.
    expect(s.call('notion_append_block_children', { block_id: 'blk_handbook_rituals', children: '[{"type": "quote"}]' }).content).toEqual({
      block_id: 'blk_handbook_rituals',
      children_count: 5,
    });
  });

  it('adds no child at all when one of them is malformed', () => {
    expectFailure(
      'demo',
      'notion_append_block_children',
      { block_id: 'blk_onb_week2', children: [{}, { type: 5 }] },
      /children\[1\]\.type/,
    );
    expectFailure('demo', 'notion_append_block_children', { block_id: 'blk_onb_week2', children: [{ type: null }] }, /children\[0\]\.type/);
    expectFailure(
      'demo',
      'notion_append_block_children',
      { block_id: 'blk_onb_week2', children: [{ content: [1] }] },
      /children\[0\]\.content/,
    );
    expectFailure('demo', 'notion_append_block_children', { block_id: 'blk_onb_week2', children: [] }, 'Children must be a non-empty list');
    expectFailure('demo', 'notion_append_block_children', { block_id: 'nope', children: [{}] }, 'Block nope not found');
  });

  it('creates a block under a block or a page, and keeps one whose parent is unknown unlinked', () => {
    const s = session();
    const underBlock = s.call('notion_create_block', { parent_id: 'blk_onb_week2', block_type: 'to_do', content: { checked: true } });
    expect(underBlock.content).toEqual({
      block_id: underBlock.content.block_id,
      type: 'to_do',
      content: { checked: true },
      created_time: NOW,
      last_edited_time: NOW,
    });
    expect(s.state.blockChildren.blk_onb_week2).toEqual([underBlock.content.block_id]);
    const underPage = s.call('notion_create_block', { parent_id: 'page_sync_0303', block_type: 'paragraph', content: { text: 'x' } });
    expect(s.state.pageChildren.page_sync_0303).toEqual([underPage.content.block_id]);
    const orphan = s.call('notion_create_block', { parent_id: 'nowhere', block_type: 'paragraph', content: { text: 'x' } });
    expect(s.state.blocks[orphan.content.block_id]?.parent_id).toBe('nowhere');
    expect(Object.hasOwn(s.state.blockChildren, 'nowhere') || Object.hasOwn(s.state.pageChildren, 'nowhere')).toBe(false);
  });

  it('needs a parent, a type and some content to create a block', () => {
    const args = { parent_id: 'page_roadmap', block_type: 'paragraph', content: { text: 'x' } };
    expectFailure('demo', 'notion_create_block', { ...args, parent_id: '' }, 'Parent ID must be a non-empty string');
    expectFailure('demo', 'notion_create_block', { ...args, block_type: '' }, 'Block type must be a non-empty string');
    expectFailure('demo', 'notion_create_block', { ...args, content: {} }, 'Content must be a non-empty dictionary');
  });

  it('updates only the given fields, even to an empty type, and archives on delete', () => {
    const s = session();
    const updated = s.call('notion_update_block', { block_id: 'blk_roadmap_search', block_type: '', archived: 'yes' });
    expect(updated.content).toEqual({
      block_id: 'blk_roadmap_search',
      type: '',
      content: { rich_text: [{ type: 'text', text: { content: 'Search relevance: typo tolerance and synonyms.' } }] },
      last_edited_time: NOW,
    });
    expect(s.state.blocks.blk_roadmap_search?.archived).toBe(true);
    expect(s.call('notion_update_block', { block_id: 'blk_roadmap_draft', content: {}, archived: false }).content.content).toEqual({});
    expect(s.state.blocks.blk_roadmap_draft?.archived).toBe(false);
    expect(s.call('notion_delete_block', { block_id: 'blk_sync_action' }).content).toEqual({ block_id: 'blk_sync_action', deleted: true });
    expect(s.state.blocks.blk_sync_action).toMatchObject({ archived: true, last_edited_time: NOW });
    expect(s.state.pageChildren.page_sync_0310).toContain('blk_sync_action');
    expectFailure('demo', 'notion_update_block', { block_id: 'gone' }, 'Block gone not found');
    expectFailure('demo', 'notion_delete_block', { block_id: '' }, 'Block ID must be a non-empty string');
  });
});
