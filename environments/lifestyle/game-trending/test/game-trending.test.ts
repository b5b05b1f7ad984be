import { describe, expect, it } from 'vitest';
import { gameTrending as gt } from '../src/index.js';

type Listed = { games: { app_id: number; name: string; current_players: number; price?: unknown }[] };
type Free = { current_games: { app_id: number; name: string }[]; upcoming_games?: { app_id: number; name: string }[] };
type Matches = { matches: { app_id: number; name: string; platform: string; store_url: string }[] };

const demo = () => gt.loadPreset('demo');
const world = () => gt.load({});
const ids = (content: unknown) => (content as Listed).games.map((game) => game.app_id);

function expectFailure(start: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, message: RegExp) {
  const outcome = gt.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('GameTrending', () => {
  it('loads the reference’s default world from {} and the demo preset', () => {
    const state = world();
    expect(state).toEqual(gt.defaultScenario);
    expect(Object.keys(state.steam_games)).toHaveLength(12);
    expect(Object.keys(state.epic_games)).toHaveLength(12);
    expect(Object.keys(demo().steam_games)).toHaveLength(7);
  });

  it('ranks Steam games by trending score, with price, five by default', () => {
    const top = gt.call(world(), 'get_steam_trending_games', { limit: 3 }).content as Listed;
    expect(top.games).toEqual([
      { app_id: 730, name: 'Counter-Strike 2', current_players: 1250000, price: { amount: 0, discount_percent: 0 } },
      { app_id: 1245620, name: 'Elden Ring', current_players: 95000, price: { amount: 59.99, discount_percent: 35 } },
      { app_id: 570, name: 'Dota 2', current_players: 680000, price: { amount: 0, discount_percent: 0 } },
    ]);
    expect(ids(gt.call(world(), 'get_steam_trending_games', {}).content)).toEqual([730, 1245620, 570, 1091500, 1172470]);
  });

  it('keeps the scenario order between games tied on score, and counts a missing score as 0', () => {
    // Hollow Knight and Slay the Spire both trend at 81; Quiet Harbor has no score at all.
    expect(ids(gt.call(demo(), 'get_steam_trending_games', { limit: 10 }).content)).toEqual([
      2379780, 1794680, 367520, 646570, 1145360, 105600, 2881650,
    ]);
  });

  it('ranks Steam games by live players, without price', () => {
    const top = gt.call(world(), 'get_steam_most_played', { limit: 2 }).content as Listed;
    expect(top.games).toEqual([
      { app_id: 730, name: 'Counter-Strike 2', current_players: 1250000 },
      { app_id: 570, name: 'Dota 2', current_players: 680000 },
    ]);
    expect(ids(gt.call(world(), 'get_steam_most_played', {}).content)).toEqual([730, 570, 578080, 1172470, 271590]);
  });

  it('ranks Epic games by trending score, reading a limit given as text', () => {
    expect(gt.call(world(), 'get_epic_trending_games', { limit: '2' }).content).toEqual({
      games: [
        { app_id: 100001, name: 'Fortnite', current_players: 2500000, price: { amount: 0, discount_percent: 0 } },
        { app_id: 100004, name: 'Genshin Impact', current_players: 320000, price: { amount: 0, discount_percent: 0 } },
      ],
    });
    expect(ids(gt.call(demo(), 'get_epic_trending_games', { limit: 3 }).content)).toEqual([200106, 200102, 200101]);
  });

  it('refuses a limit outside 1–10 on every ranked list, changing nothing', () => {
    for (const name of ['get_steam_trending_games', 'get_steam_most_played', 'get_epic_trending_games']) {
      for (const limit of [0, 11, -1]) expectFailure(demo(), name, { limit }, /limit must be between 1 and 10/);
      expect(ids(gt.call(demo(), name, { limit: 10 }).content).length).toBeGreaterThan(0);
    }
  });

  it('lists Epic giveaways now and upcoming, or only current ones', () => {
    expect(gt.call(world(), 'get_epic_free_games', {}).content).toEqual({
      current_games: [
        { app_id: 100006, name: 'Death Stranding' },
        { app_id: 100007, name: 'Control' },
      ],
      upcoming_games: [
        { app_id: 100008, name: 'Hades' },
        { app_id: 100009, name: 'Celeste' },
      ],
    });
    const onlyNow = gt.call(demo(), 'get_epic_free_games', { include_upcoming: false }).content as Free;
    expect(onlyNow).toEqual({
      current_games: [
        { app_id: 200103, name: 'Tunic' },
        { app_id: 200104, name: 'Kena: Bridge of Spirits' },
      ],
    });
    expect('upcoming_games' in onlyNow).toBe(false);
  });

  it('finds app ids by part of a title on both stores, Steam first, or on one store', () => {
    expect(gt.call(demo(), 'get_app_id', { game_name: 'HOLLOW' }).content).toEqual({
      matches: [
        { app_id: 367520, name: 'Hollow Knight', platform: 'steam', store_url: 'https://store.steampowered.com/app/367520' },
        { app_id: 200101, name: 'Hollow Knight', platform: 'epic', store_url: 'https://store.epicgames.com/en-US/p/hollow-knight' },
      ],
    });
    const epicOnly = gt.call(demo(), 'get_app_id', { game_name: 'spire', platform: 'epic' }).content as Matches;
    expect(epicOnly.matches.map((match) => [match.app_id, match.platform])).toEqual([[646570, 'epic']]);
    const noLink = gt.call(demo(), 'get_app_id', { game_name: 'balatro' }).content as Matches;
    expect(noLink.matches).toEqual([{ app_id: 2379780, name: 'Balatro', platform: 'steam', store_url: '' }]);
    expect(gt.call(demo(), 'get_app_id', { game_name: 'zelda' }).content).toEqual({ matches: [] });
  });

  it('refuses an empty title or an unknown platform, changing nothing', () => {
    expectFailure(demo(), 'get_app_id', { game_name: '' }, /game_name must be a non-empty string/);
    expectFailure(demo(), 'get_app_id', { game_name: 'hades', platform: 'Steam' }, /platform must be 'steam' or 'epic'/);
    expectFailure(demo(), 'get_app_id', { game_name: 'hades', platform: '' }, /platform must be 'steam' or 'epic'/);
  });

  it('reads a game’s details, Steam before Epic, with fallbacks for missing fields', () => {
    expect(gt.call(world(), 'get_game_details', { app_id: 100008 }).content).toEqual({
      app_id: 100008,
      name: 'Hades',
      description: 'Defy the god of the dead as you hack and slash your way out of the Underworld.',
      price: { amount: 24.99, discount_percent: 0 },
      store_url: 'https://store.epicgames.com/en-US/p/hades',
      rating: 96,
      platform: 'epic',
    });
    expect(gt.call(demo(), 'get_game_details', { app_id: '646570' }).content).toMatchObject({ platform: 'steam', rating: 97 });
    expect(gt.call(demo(), 'get_game_details', { app_id: 2881650 }).content).toEqual({
      app_id: 2881650,
      name: 'Quiet Harbor (Demo)',
      description: '',
      price: { amount: 0, discount_percent: 0 },
      store_url: '',
      rating: 0,
      platform: 'steam',
    });
  });

  it('fails for an unknown app id, changing nothing', () => {
    expectFailure(demo(), 'get_game_details', { app_id: 1 }, /Game with app_id 1 not found/);
  });

  it('saves games as they were given: no defaults are added, unknown fields are kept', () => {
    const state = gt.load({
      steam_games: { '9': { app_id: 9, name: 'Bare', current_players: 0, price: { amount: 1, discount_percent: 0 }, genre: 'puzzle' } },
    });
    expect(state.steam_games['9']).toEqual({
      app_id: 9,
      name: 'Bare',
      current_players: 0,
      price: { amount: 1, discount_percent: 0 },
      genre: 'puzzle',
    });
  });

  it('refuses a game outside the reference’s game model', () => {
    expect(() => gt.load({ epic_games: { x: { app_id: 1, name: 'No price', current_players: 3 } } })).toThrow(/price/);
    expect(() =>
      gt.load({ steam_games: { '1': { app_id: 1, name: 'X', current_players: 3, price: { amount: 1, discount_percent: 150 } } } }),
    ).toThrow(/discount_percent/);
  });
});
