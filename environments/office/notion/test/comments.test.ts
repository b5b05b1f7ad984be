import { describe, expect, it } from 'vitest';
import { expectFailure, NOW, session, UUID } from './session.js';

const commentIds = (content: { results: { comment_id: string }[] }) => content.results.map((comment) => comment.comment_id);

describe('Notion comments', () => {
  it('starts a discussion on a page, and a reply by discussion id lands on the same page', () => {
    const s = session();
    const started = s.call('notion_create_comment', { rich_text: [{ text: 'Ship it?' }], parent: { page_id: 'page_sync_0310' } });
    const commentId = started.content.comment_id as string;
    expect(started.content).toEqual({ comment_id: commentId, rich_text: [{ text: 'Ship it?' }], created_time: NOW });
    const stored = s.state.comments[commentId];
    expect(stored).toMatchObject({ parent_id: 'page_sync_0310', resolved: false, resolved_time: null, resolved_by: null });
    expect(stored?.discussion_id).toMatch(UUID);
    expect(stored?.discussion_id).not.toBe(commentId);

    const reply = s.call('notion_create_comment', { rich_text: [{ text: 'Yes' }], discussion_id: stored?.discussion_id });
    expect(s.state.comments[reply.content.comment_id]).toMatchObject({ parent_id: 'page_sync_0310', discussion_id: stored?.discussion_id });
    expect(s.state.commentThreads.page_sync_0310).toEqual([commentId, reply.content.comment_id]);
  });

  it('prefers parent.page_id over the discussion, and needs one of them to find a parent', () => {
    const s = session();
    const both = s.call('notion_create_comment', {
      rich_text: [{ t: 1 }],
      parent: { page_id: 'page_meetings' },
      discussion_id: 'disc_checkout',
    });
    expect(s.state.comments[both.content.comment_id]).toMatchObject({ parent_id: 'page_meetings', discussion_id: 'disc_checkout' });
    const rich = [{ t: 1 }];
    expectFailure('demo', 'notion_create_comment', { rich_text: rich }, /Parent page_id or discussion_id required/);
    expectFailure(
      'demo',
      'notion_create_comment',
      { rich_text: rich, discussion_id: 'disc_unknown' },
      /Parent page_id or discussion_id required/,
    );
    // An empty page_id is not replaced by the discussion's page.
    expectFailure(
      'demo',
      'notion_create_comment',
      { rich_text: rich, parent: { page_id: '' }, discussion_id: 'disc_checkout' },
      /required/,
    );
    expectFailure('demo', 'notion_create_comment', { rich_text: rich, parent: { page_id: 7 } }, 'parent.page_id must be a string, got 7');
    expectFailure(
      'demo',
      'notion_create_comment',
      { rich_text: [], parent: { page_id: 'page_roadmap' } },
      'Rich text must be a non-empty list',
    );
  });

  it('lists only unresolved comments of a page or block, paging by position', () => {
    const s = session();
    expect(commentIds(s.call('notion_retrieve_comments', { block_id: 'page_roadmap' }).content)).toEqual([
      'cmt_roadmap_1',
      'cmt_roadmap_2',
    ]);
    expect(s.call('notion_retrieve_comments', { block_id: 'page_roadmap', page_size: 1 }).content).toEqual({
      results: [
        {
          comment_id: 'cmt_roadmap_1',
          rich_text: [{ type: 'text', text: { content: 'Is 15% realistic for Q2?' } }],
          created_time: '2025-03-10T09:12:00',
        },
      ],
      next_cursor: '1',
    });
    expect(commentIds(s.call('notion_retrieve_comments', { block_id: 'blk_roadmap_callout' }).content)).toEqual(['cmt_callout_1']);
    expect(s.call('notion_retrieve_comments', { block_id: 'page_unknown' }).content).toEqual({ results: [], next_cursor: null });
    expectFailure('demo', 'notion_retrieve_comments', { block_id: '' }, 'Block ID must be a non-empty string');
    expectFailure('demo', 'notion_retrieve_comments', { block_id: 'page_roadmap', page_size: 0 }, /positive integer/);
  });

  it('resolves and reopens comments, which hides and shows them', () => {
    const s = session();
    expect(s.call('notion_resolve_comment', { comment_id: 'cmt_roadmap_1' }).content).toEqual({
      comment_id: 'cmt_roadmap_1',
      resolved: true,
      resolved_time: NOW,
      resolved_by: { user_id: 'current_user' },
    });
    expect(commentIds(s.call('notion_retrieve_comments', { block_id: 'page_roadmap' }).content)).toEqual(['cmt_roadmap_2']);
    expect(s.call('notion_resolve_comment', { comment_id: 'cmt_roadmap_3', resolved: 'false' }).content).toEqual({
      comment_id: 'cmt_roadmap_3',
      resolved: false,
      resolved_time: null,
      resolved_by: null,
    });
    expect(commentIds(s.call('notion_retrieve_comments', { block_id: 'page_roadmap' }).content)).toEqual([
      'cmt_roadmap_2',
      'cmt_roadmap_3',
    ]);
    // Resolving does not count as an edit.
    expect(s.state.comments.cmt_roadmap_1?.last_edited_time).toBe('2025-03-10T09:12:00');
    expectFailure('demo', 'notion_resolve_comment', { comment_id: 'nope' }, 'Comment nope not found');
  });

  it("edits a comment's text, and deletes it while its thread still lists it", () => {
    const s = session();
    expect(s.call('notion_update_comment', { comment_id: 'cmt_onboarding_1', rich_text: [{ text: 'Buddy: Liam' }] }).content).toEqual({
      comment_id: 'cmt_onboarding_1',
      rich_text: [{ text: 'Buddy: Liam' }],
      last_edited_time: NOW,
    });
    expect(s.call('notion_delete_comment', { comment_id: 'cmt_onboarding_1' }).content).toEqual({
      comment_id: 'cmt_onboarding_1',
      deleted: true,
    });
    expect(Object.hasOwn(s.state.comments, 'cmt_onboarding_1')).toBe(false);
    expect(s.state.commentThreads.page_onboarding).toEqual(['cmt_onboarding_1']);
    expectFailure('demo', 'notion_update_comment', { comment_id: 'cmt_onboarding_1', rich_text: [] }, 'Rich text must be a non-empty list');
    expectFailure('demo', 'notion_delete_comment', { comment_id: 'nope' }, 'Comment nope not found');
    expectFailure('demo', 'notion_delete_comment', { comment_id: '' }, 'Comment ID must be a non-empty string');
  });
});
