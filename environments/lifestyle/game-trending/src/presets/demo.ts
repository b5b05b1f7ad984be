import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A quiet weekend on the stores, leaning indie: Steam keyed by app id (written in ascending order,
// the order JavaScript keeps such keys in), Epic by store slug. Edges worth trying: two Steam games
// tied on trending score (the scenario order breaks the tie), a Steam game with no description,
// store link, rating or trending score, a title sold on both stores, an Epic game whose app id is
// also a Steam id (details find the Steam one), and giveaways now and upcoming.
const steam = (app_id: number, name: string, current_players: number, amount: number, discount_percent: number, rest: object = {}) => ({
  app_id,
  name,
  current_players,
  price: { amount, discount_percent },
  store_url: `https://store.steampowered.com/app/${app_id}`,
  ...rest,
});

export const demo: z.input<typeof scenarioSchema> = {
  steam_games: {
    '105600': steam(105600, 'Terraria', 41000, 9.99, 50, {
      description: 'Dig, fight, explore and build in a 2D sandbox where nothing is impossible.',
      rating: 97,
      trending_score: 74,
    }),
    '367520': steam(367520, 'Hollow Knight', 12800, 14.99, 0, {
      description: 'Descend into the ruined insect kingdom of Hallownest.',
      rating: 96.5,
      trending_score: 81,
    }),
    '646570': steam(646570, 'Slay the Spire', 9300, 24.99, 30, {
      description: 'A deck-building roguelike: craft a unique deck and climb the Spire.',
      rating: 97,
      trending_score: 81,
    }),
    '1145360': steam(1145360, 'Hades', 18700, 24.99, 0, {
      description: 'Battle out of the Underworld in this rogue-like dungeon crawler.',
      rating: 98,
      trending_score: 77.5,
    }),
    '1794680': steam(1794680, 'Vampire Survivors', 22400, 4.99, 0, {
      description: 'Mow down thousands of night creatures and survive until dawn.',
      rating: 95,
      trending_score: 88,
    }),
    '2379780': {
      app_id: 2379780,
      name: 'Balatro',
      current_players: 31500,
      price: { amount: 14.99, discount_percent: 0 },
      trending_score: 96,
    },
    '2881650': { app_id: 2881650, name: 'Quiet Harbor (Demo)', current_players: 150, price: { amount: 0, discount_percent: 0 } },
  },
  epic_games: {
    hollow_knight_epic: {
      app_id: 200101,
      name: 'Hollow Knight',
      current_players: 2100,
      price: { amount: 14.99, discount_percent: 20 },
      description: 'Forge your own path in Hallownest, now on the Epic Games Store.',
      store_url: 'https://store.epicgames.com/en-US/p/hollow-knight',
      rating: 95,
      trending_score: 66,
    },
    outer_wilds: {
      app_id: 200102,
      name: 'Outer Wilds',
      current_players: 1800,
      price: { amount: 24.99, discount_percent: 40 },
      description: 'A solar system trapped in a 22-minute time loop, waiting to be understood.',
      store_url: 'https://store.epicgames.com/en-US/p/outer-wilds',
      rating: 96,
      trending_score: 79,
      is_upcoming_free: true,
    },
    tunic: {
      app_id: 200103,
      name: 'Tunic',
      current_players: 900,
      price: { amount: 29.99, discount_percent: 0 },
      description: 'A tiny fox explores a broken land, guided by a half-remembered manual.',
      store_url: 'https://store.epicgames.com/en-US/p/tunic',
      rating: 90,
      trending_score: 58,
      is_free_now: true,
    },
    kena: {
      app_id: 200104,
      name: 'Kena: Bridge of Spirits',
      current_players: 1300,
      price: { amount: 39.99, discount_percent: 50 },
      description: 'A young spirit guide helps lost souls move on.',
      store_url: 'https://store.epicgames.com/en-US/p/kena-bridge-of-spirits',
      rating: 86,
      trending_score: 62,
      is_free_now: true,
    },
    spire_mirror: {
      app_id: 646570,
      name: 'Slay the Spire',
      current_players: 700,
      price: { amount: 24.99, discount_percent: 0 },
      description: 'The deck-building roguelike, listed on Epic under the same id as on Steam.',
      store_url: 'https://store.epicgames.com/en-US/p/slay-the-spire',
      rating: 93,
      trending_score: 55,
    },
    rocket_racers: {
      app_id: 200106,
      name: 'Rocket Racers',
      current_players: 64000,
      price: { amount: 0, discount_percent: 0 },
      description: 'Free-to-play arcade racing with weekly seasons.',
      store_url: 'https://store.epicgames.com/en-US/p/rocket-racers',
      rating: 74,
      trending_score: 91,
    },
  },
};
