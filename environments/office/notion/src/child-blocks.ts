import { type Draft, pythonRepr, type ToolContext, ToolError } from '@envfleet/kit';
import { newId } from './ids.js';
import type { JsonObject, NotionState } from './scenario.js';

/**
 * Stores one new block per child descriptor (`{type?, content?}`, a paragraph with no content by
 * default) under `parentId`, stamped with the workspace clock, and returns the new ids in order.
 * Linking them into the parent's child list is the caller's business.
 */
export function createChildBlocks(
  state: Draft<NotionState>,
  parentId: string,
  children: readonly JsonObject[],
  ctx: ToolContext,
): string[] {
  return children.map((child, index) => {
    const type = Object.hasOwn(child, 'type') ? child.type : 'paragraph';
    const content = Object.hasOwn(child, 'content') ? child.content : {};
    if (typeof type !== 'string') {
      throw new ToolError(`children[${index}].type must be a block type string such as "paragraph", got ${pythonRepr(type)}`);
    }
    if (!isJsonObject(content)) {
      throw new ToolError(`children[${index}].content must be an object, got ${pythonRepr(content)}`);
    }
    const blockId = newId(state, ctx);
    state.blocks[blockId] = {
      block_id: blockId,
      type,
      content,
      created_time: state.current_time,
      last_edited_time: state.current_time,
      parent_id: parentId,
      archived: false,
    };
    return blockId;
  });
}

/** Appends ids to `lists[key]`, creating the list when the key has none yet. */
export function appendTo(lists: Draft<Record<string, string[]>>, key: string, ids: readonly string[]): string[] {
  const list = Object.hasOwn(lists, key) ? (lists[key] as string[]) : [];
  list.push(...ids);
  lists[key] = list;
  return list;
}

function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
