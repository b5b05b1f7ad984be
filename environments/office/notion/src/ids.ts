import type { ToolContext } from '@envfleet/kit';
import type { NotionState } from './scenario.js';

/**
 * A fresh uuid for a new block, page, database, comment or discussion. The reference draws random
 * uuid4s; here they come from the episode's seeded generator, and a draw that is already taken (a
 * scenario saved from an earlier episode with the same seed) is drawn again rather than overwriting.
 */
export function newId(state: NotionState, ctx: ToolContext): string {
  for (;;) {
    const id = ctx.uuid();
    if (!isTaken(state, id)) return id;
  }
}

function isTaken(state: NotionState, id: string): boolean {
  if (Object.hasOwn(state.blocks, id) || Object.hasOwn(state.pages, id)) return true;
  if (Object.hasOwn(state.databases, id) || Object.hasOwn(state.comments, id)) return true;
  return Object.values(state.comments).some((comment) => comment.discussion_id === id);
}
