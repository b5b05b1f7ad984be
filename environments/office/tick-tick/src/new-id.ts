import { hasEntry, type ToolContext } from '@envfleet/kit';

/**
 * A fresh uuid for a new project or task. The reference draws uuid4; ours come from the episode's
 * seed, so a scenario saved from an earlier episode may already hold the id a call would draw: draw
 * again until it is unused, as a real uuid would be.
 */
export function newId(ctx: ToolContext, taken: Readonly<Record<string, unknown>>): string {
  let id = ctx.uuid();
  while (hasEntry(taken, id)) id = ctx.uuid();
  return id;
}
