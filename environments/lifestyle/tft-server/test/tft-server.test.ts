import { describe, expect, it } from 'vitest';
import { tftServer } from '../src/index.js';

type Args = Record<string, unknown>;
const world = (preset?: 'demo') => (preset ? tftServer.loadPreset(preset) : tftServer.load({}));
const call = (name: string, args: Args, preset?: 'demo') => tftServer.call(world(preset), name, args).content;
const names = (rows: unknown, key = 'name') => (rows as Record<string, unknown>[]).map((row) => row[key]);

function expectFailure(name: string, args: Args, message: RegExp) {
  const before = world();
  const outcome = tftServer.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message: expect.stringMatching(message) } });
  expect(outcome.state).toBe(before);
}

describe('TFTServer', () => {
  it('loads the reference default world from {} and a different demo world', () => {
    const state = world();
    expect(Object.keys(state.championBuildsMap)).toEqual(['Jinx', 'Yasuo', 'Ahri', 'Garen', 'Jhin']);
    expect(Object.keys(state.playStylesMap)).toEqual(['aggro', 'economy', 'reroll', 'fast8']);
    expect(state.augmentsList).toHaveLength(10);
    expect(Object.keys(state.itemChampionSynergiesMap)).toEqual(['Infinity Edge', 'Blue Buff', 'Bloodthirster']);
    expect(state.itemCombinationsList).toHaveLength(10);
    expect(names(state.metaDecksList)).toEqual(['Syphoners', 'Mage Guild', 'Dragonmancer', 'Assassins', 'Cavaliers']);
    expect(world('demo')).not.toEqual(state);
  });

  it('a scenario field replaces its whole default, the others keep theirs', () => {
    const state = tftServer.load({ augmentsList: [] });
    expect(state.augmentsList).toEqual([]);
    expect(state.itemCombinationsList).toHaveLength(10);
  });

  it('tft_get_champion_item_build: items in priority order, empty for unknown champions', () => {
    expect(call('tft_get_champion_item_build', { champion_name: 'Jhin' })).toEqual({
      champion_name: 'Jhin',
      items: [
        { item_name: 'Infinity Edge', priority: 1, win_rate: 71.3 },
        { item_name: 'Last Whisper', priority: 2, win_rate: 69.7 },
        { item_name: 'Giant Slayer', priority: 3, win_rate: 68.2 },
      ],
    });
    // Names are matched exactly; the answer echoes the name asked for.
    expect(call('tft_get_champion_item_build', { champion_name: 'jinx' })).toEqual({ champion_name: 'jinx', items: [] });
    expect(call('tft_get_champion_item_build', { champion_name: '__proto__' })).toEqual({ champion_name: '__proto__', items: [] });
    expectFailure('tft_get_champion_item_build', { champion_name: '' }, /champion_name must be a non-empty string/);
  });

  it('tft_get_champion_item_build: the stored champion name wins over the key looked up', () => {
    expect(call('tft_get_champion_item_build', { champion_name: 'Kaisa' }, 'demo')).toMatchObject({ champion_name: "Kai'Sa" });
    expect(call('tft_get_champion_item_build', { champion_name: 'Smolder' }, 'demo')).toEqual({ champion_name: 'Smolder', items: [] });
  });

  it('keeps a "__proto__" champion, style or item as an ordinary entry', () => {
    const state = tftServer.load(
      JSON.parse(
        '{"championBuildsMap": {"__proto__": {"champion_name": "Proto", "items": []}}, "playStylesMap": {"__proto__": {"style": "proto", "description": "d"}}}',
      ),
    );
    expect(tftServer.call(state, 'tft_get_champion_item_build', { champion_name: '__proto__' }).content).toEqual({
      champion_name: 'Proto',
      items: [],
    });
    expect(tftServer.call(state, 'tft_get_play_style', { style: '__proto__' }).content).toMatchObject({ style: 'proto' });
  });

  it('tft_get_play_style: the asked style, else aggro, else a built-in aggro', () => {
    expect(call('tft_get_play_style', { style: 'fast8' })).toMatchObject({ style: 'fast8', recommendations: expect.any(Array) });
    expect(call('tft_get_play_style', {})).toMatchObject({ style: 'aggro' });
    expect(call('tft_get_play_style', { style: 'Economy' })).toMatchObject({ style: 'aggro' });
    expect(call('tft_get_play_style', { style: '' })).toMatchObject({ style: 'aggro' });
    const noAggro = tftServer.load({ playStylesMap: { econ: { style: 'econ', description: 'Hold gold' } } });
    expect(tftServer.call(noAggro, 'tft_get_play_style', { style: 'reroll' }).content).toEqual({
      style: 'aggro',
      description: 'Default aggressive style',
      recommendations: [],
    });
    expect(tftServer.call(noAggro, 'tft_get_play_style', { style: 'econ' }).content).toEqual({
      style: 'econ',
      description: 'Hold gold',
      recommendations: [],
    });
  });

  it('tft_list_augments and tft_list_item_combinations: the first `limit`, 0 meaning all', () => {
    expect(names((call('tft_list_augments', { limit: 2 }) as { augments: unknown }).augments)).toEqual([
      'Cybernetic Implants',
      'Titanic Strength',
    ]);
    expect((call('tft_list_augments', { limit: 0 }) as { augments: unknown[] }).augments).toHaveLength(10);
    expect((call('tft_list_augments', { limit: 500 }) as { augments: unknown[] }).augments).toHaveLength(10);
    expect((call('tft_list_augments', { limit: '3' }) as { augments: unknown[] }).augments).toHaveLength(3);
    expect(call('tft_list_item_combinations', { limit: 1 })).toEqual({
      combinations: [
        {
          item1: 'B.F. Sword',
          item2: 'B.F. Sword',
          result: 'Infinity Edge',
          description: 'Grants 75% critical strike chance and 10% critical strike damage',
        },
      ],
    });
    expect((call('tft_list_item_combinations', {}) as { combinations: unknown[] }).combinations).toHaveLength(10);
    expectFailure('tft_list_augments', { limit: -1 }, /limit must be a non-negative integer/);
    expectFailure('tft_list_item_combinations', { limit: -5 }, /limit must be a non-negative integer/);
  });

  it('tft_list_champions_for_item: synergies in stored order, empty for unknown items', () => {
    const { champions } = call('tft_list_champions_for_item', { item_name: 'Blue Buff' }) as { champions: Record<string, unknown>[] };
    expect(champions[0]).toEqual({ champion_name: 'Ahri', synergy_score: 9.8, win_rate: 68.9 });
    expect(names(champions, 'champion_name')).toEqual(['Ahri', 'Lux', 'Ziggs', 'Malzahar', 'Twisted Fate']);
    expect(call('tft_list_champions_for_item', { item_name: 'blue buff' })).toEqual({ champions: [] });
    expect(call('tft_list_champions_for_item', { item_name: 'Spear of Shojin' }, 'demo')).toEqual({ champions: [] });
    expectFailure('tft_list_champions_for_item', { item_name: '' }, /item_name must be a non-empty string/);
  });

  it('tft_list_meta_decks: `tier` filters by a case-insensitive piece of the deck name', () => {
    const decks = (args: Args, preset?: 'demo') => names((call('tft_list_meta_decks', args, preset) as { decks: unknown }).decks);
    expect(decks({})).toHaveLength(5);
    expect(decks({ tier: 's' })).toEqual(['Syphoners', 'Assassins', 'Cavaliers']);
    expect(decks({ tier: 'S', limit: 2 })).toEqual(['Syphoners', 'Assassins']);
    expect(decks({ tier: 'guild' })).toEqual(['Mage Guild']);
    expect(decks({ tier: 'A' })).toEqual(['Mage Guild', 'Dragonmancer', 'Assassins', 'Cavaliers']);
    expect(decks({ tier: 'B' })).toEqual([]);
    expect(decks({ tier: '' })).toHaveLength(5);
    expect(decks({ tier: 'sorc' }, 'demo')).toEqual(['Sorcerers', 'Sorcery Reroll']);
    expect(decks({ tier: "KAI'SA" }, 'demo')).toEqual(["Kai'Sa Blasters"]);
    expectFailure('tft_list_meta_decks', { tier: 'nothing matches', limit: -1 }, /limit must be a non-negative integer/);
  });

  it('refuses scenarios outside the reference bounds', () => {
    expect(() => tftServer.load({ augmentsList: [{ name: 'a', tier: 'Gold', description: 'd', win_rate: 100.5 }] })).toThrow(/win_rate/);
    expect(() =>
      tftServer.load({ championBuildsMap: { A: { champion_name: 'A', items: [{ item_name: 'x', priority: 0, win_rate: 5 }] } } }),
    ).toThrow(/priority/);
    expect(() => tftServer.load({ itemChampionSynergiesMap: { X: [{ champion_name: 'c', synergy_score: 10.5, win_rate: 1 }] } })).toThrow(
      /synergy_score/,
    );
  });
});
