import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { appendTo, createChildBlocks } from '../child-blocks.js';
import { newId } from '../ids.js';
import { pageAfterId } from '../pagination.js';
import { defineNotionTool, type NotionBlock } from '../scenario.js';
import { requireBoundedPageSize, requireItems, requireText } from './checks.js';

function findBlock<B extends NotionBlock>(blocks: Record<string, B>, blockId: string): B {
  const block = ownEntry(blocks, blockId);
  if (!block) throw new ToolError(`Block ${blockId} not found`);
  return block;
}

export const notionAppendBlockChildren = defineNotionTool({
  name: 'notion_append_block_children',
  description:
    'Add child blocks under an existing block. Each child is {type, content} (type defaults to "paragraph", content to {}). ' +
    "Returns the parent's id and how many children it has now. Fails for an unknown block or an empty children list.",
  input: z.object({
    block_id: z.string(),
    children: z.array(z.record(z.string(), z.any())),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireText(args.block_id, 'Block ID must be a non-empty string');
    requireItems(args.children, 'Children must be a non-empty list');
    findBlock(state.blocks, args.block_id);
    const ids = createChildBlocks(state, args.block_id, args.children, ctx);
    const children = appendTo(state.blockChildren, args.block_id, ids);
    return { block_id: args.block_id, children_count: children.length };
  },
});

export const notionRetrieveBlockChildren = defineNotionTool({
  name: 'notion_retrieve_block_children',
  description:
    'List the child blocks of a block (id, type, content), in order, page_size (1-100) at a time. Pass the returned ' +
    'next_cursor (the last child id of the page) as start_cursor for the next page; next_cursor is null on the last page.',
  input: z.object({
    block_id: z.string(),
    start_cursor: z.string().nullable().default(null),
    page_size: anyInteger().default(100),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.block_id, 'Block ID must be a non-empty string');
    requireBoundedPageSize(args.page_size);
    findBlock(state.blocks, args.block_id);
    const page = pageAfterId(ownEntry(state.blockChildren, args.block_id) ?? [], args.start_cursor, args.page_size);
    const results = page.items.flatMap((childId) => {
      const child = ownEntry(state.blocks, childId);
      return child ? [{ block_id: child.block_id, type: child.type, content: child.content }] : [];
    });
    return { results, next_cursor: page.nextCursor };
  },
});

export const notionCreateBlock = defineNotionTool({
  name: 'notion_create_block',
  description:
    'Create one block of the given type and content under a page or a block, at the end of its children. ' +
    'Returns the new block with its id and timestamps. A parent id that matches no page or block still stores the block, unlinked.',
  input: z.object({
    parent_id: z.string(),
    block_type: z.string(),
    content: z.record(z.string(), z.any()),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireText(args.parent_id, 'Parent ID must be a non-empty string');
    requireText(args.block_type, 'Block type must be a non-empty string');
    requireItems(args.content, 'Content must be a non-empty dictionary');
    const blockId = newId(state, ctx);
    const now = state.current_time;
    state.blocks[blockId] = {
      block_id: blockId,
      type: args.block_type,
      content: args.content,
      created_time: now,
      last_edited_time: now,
      parent_id: args.parent_id,
      archived: false,
    };
    if (Object.hasOwn(state.blocks, args.parent_id)) {
      appendTo(state.blockChildren, args.parent_id, [blockId]);
    } else if (Object.hasOwn(state.pages, args.parent_id)) {
      appendTo(state.pageChildren, args.parent_id, [blockId]);
    }
    return { block_id: blockId, type: args.block_type, content: args.content, created_time: now, last_edited_time: now };
  },
});

export const notionUpdateBlock = defineNotionTool({
  name: 'notion_update_block',
  description:
    'Change the type, the content (replaced whole) or the archived flag of a block; omitted fields stay as they are. ' +
    'Returns the block id, type, content and the new last_edited_time.',
  input: z.object({
    block_id: z.string(),
    block_type: z.string().nullable().default(null),
    content: z.record(z.string(), z.any()).nullable().default(null),
    archived: z.boolean().nullable().default(null),
    format: z.string().default('markdown'),
  }),
  handler: (state, args) => {
    requireText(args.block_id, 'Block ID must be a non-empty string');
    const block = findBlock(state.blocks, args.block_id);
    if (args.block_type !== null) block.type = args.block_type;
    if (args.content !== null) block.content = args.content;
    if (args.archived !== null) block.archived = args.archived;
    block.last_edited_time = state.current_time;
    return { block_id: args.block_id, type: block.type, content: block.content, last_edited_time: block.last_edited_time };
  },
});

export const notionDeleteBlock = defineNotionTool({
  name: 'notion_delete_block',
  description: "Archive a block (it stays in its parent's child list, marked archived). Returns {block_id, deleted: true}.",
  input: z.object({
    block_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { destructiveHint: true },
  handler: (state, args) => {
    requireText(args.block_id, 'Block ID must be a non-empty string');
    const block = findBlock(state.blocks, args.block_id);
    block.archived = true;
    block.last_edited_time = state.current_time;
    return { block_id: args.block_id, deleted: true };
  },
});
