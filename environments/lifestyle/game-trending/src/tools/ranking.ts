import { ToolError } from '@envfleet/kit';
import type { EpicGame, SteamGame } from '../scenario.js';

/** The ranked lists show one to ten games; any other `limit` is refused before anything is read. */
export function checkLimit(limit: number): number {
  if (limit < 1 || limit > 10) throw new ToolError(`limit must be between 1 and 10 (got ${limit})`);
  return limit;
}

/**
 * The first `limit` games by a score, highest first. The sort is stable, so games with equal scores
 * keep the scenario's order, as Python's `sorted(..., reverse=True)` keeps it.
 */
export function topBy<G extends SteamGame | EpicGame>(games: Record<string, G>, score: (game: G) => number, limit: number): G[] {
  return Object.values(games)
    .sort((a, b) => score(b) - score(a))
    .slice(0, limit);
}

/** A game as the trending lists show it: id, title, live players and price. */
export function trendingEntry(game: SteamGame | EpicGame) {
  return {
    app_id: game.app_id,
    name: game.name,
    current_players: game.current_players,
    price: { amount: game.price.amount, discount_percent: game.price.discount_percent },
  };
}
