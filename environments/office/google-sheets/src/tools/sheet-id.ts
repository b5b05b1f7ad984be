import type { ToolContext } from '@envfleet/kit';

// The reference hashes the title with a random uuid, which gives an unpredictable id below 10^9;
// here the id is drawn from the episode's seeded generator, so a replay gives the same id.
export function newSheetId(ctx: ToolContext): number {
  return Math.floor(ctx.random() * 1_000_000_000);
}
