import { anyInteger, ownEntry, pythonRepr, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { appendTo } from '../child-blocks.js';
import { newId } from '../ids.js';
import { pageAtOffset } from '../pagination.js';
import { defineNotionTool, type NotionComment, type NotionState } from '../scenario.js';
import { requireItems, requirePositivePageSize, requireText } from './checks.js';

function findComment<C extends NotionComment>(comments: Record<string, C>, commentId: string): C {
  const comment = ownEntry(comments, commentId);
  if (!comment) throw new ToolError(`Comment ${commentId} not found`);
  return comment;
}

/**
 * Where a new comment goes: `parent.page_id` when the parent names one (even an empty one — then
 * the discussion is not consulted), else the parent of the discussion's first comment.
 */
function commentParent(state: NotionState, parent: Record<string, unknown> | null, discussionId: string | null): string {
  let parentId: unknown = null;
  if (parent && Object.keys(parent).length > 0 && Object.hasOwn(parent, 'page_id')) {
    parentId = parent.page_id;
  } else if (discussionId) {
    parentId = Object.values(state.comments).find((comment) => comment.discussion_id === discussionId)?.parent_id ?? null;
  }
  if (!pythonTruthy(parentId)) {
    throw new ToolError('Parent page_id or discussion_id required: pass parent {"page_id": …} or the discussion_id of an existing thread');
  }
  if (typeof parentId !== 'string') throw new ToolError(`parent.page_id must be a string, got ${pythonRepr(parentId)}`);
  return parentId;
}

export const notionCreateComment = defineNotionTool({
  name: 'notion_create_comment',
  description:
    'Comment on a page (parent {"page_id": …}, starting a new discussion) or reply in an existing discussion (discussion_id). ' +
    'The page is not checked. Returns the new comment id, its rich text and created_time.',
  input: z.object({
    rich_text: z.array(z.record(z.string(), z.any())),
    parent: z.record(z.string(), z.any()).nullable().default(null),
    discussion_id: z.string().nullable().default(null),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireItems(args.rich_text, 'Rich text must be a non-empty list');
    const commentId = newId(state, ctx);
    const parentId = commentParent(state, args.parent, args.discussion_id);
    const now = state.current_time;
    state.comments[commentId] = {
      comment_id: commentId,
      rich_text: args.rich_text,
      created_time: now,
      last_edited_time: now,
      parent_id: parentId,
      discussion_id: args.discussion_id || newId(state, ctx),
      resolved: false,
      resolved_time: null,
      resolved_by: null,
    };
    appendTo(state.commentThreads, parentId, [commentId]);
    return { comment_id: commentId, rich_text: args.rich_text, created_time: now };
  },
});

export const notionRetrieveComments = defineNotionTool({
  name: 'notion_retrieve_comments',
  description:
    'List the unresolved comments on a page or block (comment_id, rich_text, created_time), oldest first, page_size at a time. ' +
    'next_cursor is the position to pass as start_cursor, or null after the last page.',
  input: z.object({
    block_id: z.string(),
    start_cursor: z.string().nullable().default(null),
    page_size: anyInteger().default(100),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.block_id, 'Block ID must be a non-empty string');
    requirePositivePageSize(args.page_size);
    const open = Object.values(state.comments).filter((comment) => comment.parent_id === args.block_id && !comment.resolved);
    const page = pageAtOffset(open, args.start_cursor, args.page_size);
    return {
      results: page.items.map((comment) => ({
        comment_id: comment.comment_id,
        rich_text: comment.rich_text,
        created_time: comment.created_time,
      })),
      next_cursor: page.nextCursor,
    };
  },
});

export const notionUpdateComment = defineNotionTool({
  name: 'notion_update_comment',
  description: "Replace a comment's rich text. Returns the comment id, the new rich text and last_edited_time.",
  input: z.object({
    comment_id: z.string(),
    rich_text: z.array(z.record(z.string(), z.any())),
    format: z.string().default('markdown'),
  }),
  handler: (state, args) => {
    requireText(args.comment_id, 'Comment ID must be a non-empty string');
    requireItems(args.rich_text, 'Rich text must be a non-empty list');
    const comment = findComment(state.comments, args.comment_id);
    comment.rich_text = args.rich_text;
    comment.last_edited_time = state.current_time;
    return { comment_id: args.comment_id, rich_text: args.rich_text, last_edited_time: comment.last_edited_time };
  },
});

export const notionDeleteComment = defineNotionTool({
  name: 'notion_delete_comment',
  description:
    "Delete a comment for good. Its id stays listed in the parent's comment thread (commentThreads). Returns {comment_id, deleted: true}.",
  input: z.object({
    comment_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { destructiveHint: true },
  handler: (state, args) => {
    requireText(args.comment_id, 'Comment ID must be a non-empty string');
    findComment(state.comments, args.comment_id);
    delete state.comments[args.comment_id];
    return { comment_id: args.comment_id, deleted: true };
  },
});

export const notionResolveComment = defineNotionTool({
  name: 'notion_resolve_comment',
  description:
    'Mark a comment resolved (the default; records the time and resolver "current_user") or reopen it with resolved: false. ' +
    'Resolved comments are left out of notion_retrieve_comments. Returns the comment id, resolved, resolved_time and resolved_by.',
  input: z.object({
    comment_id: z.string(),
    resolved: z.boolean().default(true),
    format: z.string().default('markdown'),
  }),
  handler: (state, args) => {
    requireText(args.comment_id, 'Comment ID must be a non-empty string');
    const comment = findComment(state.comments, args.comment_id);
    comment.resolved = args.resolved;
    comment.resolved_time = args.resolved ? state.current_time : null;
    comment.resolved_by = args.resolved ? { user_id: 'current_user' } : null;
    return { comment_id: args.comment_id, resolved: args.resolved, resolved_time: comment.resolved_time, resolved_by: comment.resolved_by };
  },
});
