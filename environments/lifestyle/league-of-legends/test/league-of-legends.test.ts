import { describe, expect, it } from 'vitest';
import { leagueOfLegends } from '../src/index.js';

type Args = Record<string, unknown>;
type Scenario = Parameters<typeof leagueOfLegends.load>[0];
const demo = () => leagueOfLegends.loadPreset('demo');
const call = (name: string, args: Args) => leagueOfLegends.call(demo(), name, args).content as Record<string, unknown>;
const column = (rows: unknown, key: string) => (rows as Record<string, unknown>[]).map((row) => row[key]);
const withStats = (champion_stats: Record<string, Record<string, unknown>>) => leagueOfLegends.load({ champion_stats } as Scenario);

function expectFailure(name: string, args: Args, message: RegExp, state = demo()) {
  const outcome = leagueOfLegends.call(state, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message: expect.stringMatching(message) } });
  expect(outcome.state).toBe(state);
}

describe('LeagueOfLegends', () => {
  it('loads an empty world with the region names from {}', () => {
    const state = leagueOfLegends.load({});
    expect(state.champions).toEqual({});
    expect(state.regionMap.euw).toBe('Europe West');
    expect(Object.keys(state.regionMap)).toHaveLength(17);
    expect(leagueOfLegends.call(state, 'lol_list_champions', {}).content).toEqual({ champions: [] });
  });

  it('lol_list_champions / lol_list_items / lol_list_discounted_skins: the first `limit`, below 1 refused', () => {
    expect(call('lol_list_champions', { limit: 2 })).toEqual({
      champions: [
        { name: 'Ahri', title: 'the Nine-Tailed Fox', roles: ['Mage', 'Assassin'], difficulty: 5 },
        { name: 'Orianna', title: 'the Lady of Clockwork', roles: ['Mage'], difficulty: 7 },
      ],
    });
    const items = call('lol_list_items', {}).items as Record<string, unknown>[];
    expect(column(items, 'item_id')).toEqual([1001, 3020, 3089, 3142, 6655]);
    expect(items[4]).toEqual({
      item_id: 6655,
      name: "Luden's Companion",
      description: 'Charges that deal bonus magic damage.',
      gold: 2900,
      stats: {},
    });
    expect(column(call('lol_list_discounted_skins', { limit: '1' }).skins, 'sale_price')).toEqual([675]);
    for (const tool of ['lol_list_champions', 'lol_list_items', 'lol_list_discounted_skins', 'lol_list_champion_leaderboard']) {
      expectFailure(tool, { limit: 0 }, /limit must be a positive integer/);
      expectFailure(tool, { limit: -3 }, /limit must be a positive integer/);
    }
  });

  it('lol_get_champion_analysis and lol_get_champion_synergies: statistics as stored, zeros when missing', () => {
    expect(call('lol_get_champion_analysis', { champion_name: 'Zed', lane: 'mid', region: 'kr' })).toEqual({
      champion_name: 'Zed',
      win_rate: 49.5,
      pick_rate: 8.8,
      ban_rate: 18.9,
      builds: [],
      counters: ['Lissandra', 'Malzahar'],
      synergies: [],
    });
    expect(call('lol_get_champion_analysis', { champion_name: 'Yone' })).toEqual({
      champion_name: 'Yone',
      win_rate: 0,
      pick_rate: 0,
      ban_rate: 0,
      builds: [],
      counters: [],
      synergies: [],
    });
    expect(call('lol_get_champion_synergies', { champion_name: 'Lee Sin' })).toEqual({
      champion_name: 'Lee Sin',
      synergies: [
        { champion: 'Ahri', score: 8.1 },
        { champion: 'Orianna', score: 7.4 },
      ],
    });
    expect(call('lol_get_champion_synergies', { champion_name: 'constructor' })).toEqual({ champion_name: 'constructor', synergies: [] });
    expectFailure('lol_get_champion_analysis', { champion_name: '' }, /champion_name must be a non-empty string/);
    expectFailure('lol_get_champion_synergies', { champion_name: '' }, /champion_name must be a non-empty string/);
  });

  it('lol_get_lane_matchup_guide: matchups for the lane; a matchups value that is not an object fails', () => {
    expect(
      column(call('lol_get_lane_matchup_guide', { lane: 'mid', champion_name: 'Ahri', enemy_champion: 'Zed' }).matchups, 'enemy'),
    ).toEqual(['Zed', 'Orianna']);
    expect(call('lol_get_lane_matchup_guide', { lane: 'top', champion_name: 'Ahri' })).toEqual({
      lane: 'top',
      champion_name: 'Ahri',
      matchups: [],
    });
    expect(call('lol_get_lane_matchup_guide', { lane: 'mid', champion_name: 'Zed' })).toEqual({
      lane: 'mid',
      champion_name: 'Zed',
      matchups: [],
    });
    expectFailure('lol_get_lane_matchup_guide', { lane: '', champion_name: 'Ahri' }, /lane must be a non-empty string/);
    expectFailure('lol_get_lane_matchup_guide', { lane: 'mid', champion_name: '' }, /champion_name must be a non-empty string/);
    expectFailure(
      'lol_get_lane_matchup_guide',
      { lane: 'mid', champion_name: 'A' },
      /A\.matchups must be an object/,
      withStats({ A: { matchups: ['mid'] } }),
    );
  });

  it('lol_list_champion_details: up to ten names, in order, unknown ones skipped', () => {
    const { champions } = call('lol_list_champion_details', { champion_names: ['Orianna', 'Nobody', 'Yone', 'Orianna'] }) as {
      champions: Record<string, unknown>[];
    };
    expect(column(champions, 'name')).toEqual(['Orianna', 'Yone', 'Orianna']);
    expect(champions[0]).toMatchObject({ abilities: expect.arrayContaining(['Command: Shockwave']), tips: [], lore: '', stats: {} });
    expect(champions[1]).toEqual({
      name: 'Yone',
      title: 'the Unforgotten',
      roles: ['Fighter', 'Assassin'],
      difficulty: 8,
      abilities: [],
      tips: [],
      lore: '',
      stats: {},
    });
    expect((call('lol_list_champion_details', { champion_names: Array(10).fill('Jinx') }).champions as unknown[]).length).toBe(10);
    expectFailure('lol_list_champion_details', { champion_names: [] }, /champion_names must list at least one/);
    expectFailure('lol_list_champion_details', { champion_names: Array(11).fill('Jinx') }, /at most 10/);
  });

  it('lol_list_champion_leaderboard: champions with a leaderboard entry, by rank (missing rank = 0)', () => {
    expect(call('lol_list_champion_leaderboard', { lane: 'mid', tier: 'gold' })).toEqual({
      leaderboard: [
        { rank: 0, champion_name: 'Jinx', win_rate: 52.6, pick_rate: 14.9, ban_rate: 6.7 },
        { rank: 1, champion_name: 'Lee Sin', win_rate: 48.7, pick_rate: 12.5, ban_rate: 10.2 },
        { rank: 2, champion_name: 'Ahri', win_rate: 51.8, pick_rate: 9.4, ban_rate: 4.1 },
        { rank: 3, champion_name: 'Orianna', win_rate: 50.2, pick_rate: 6.1, ban_rate: 1.3 },
      ],
    });
    expect(column(call('lol_list_champion_leaderboard', { limit: 2 }).leaderboard, 'champion_name')).toEqual(['Jinx', 'Lee Sin']);
    const texts = withStats({ A: { leaderboard: { rank: 'b' } }, B: { leaderboard: { rank: 'a' } } });
    expect(
      column(
        (leagueOfLegends.call(texts, 'lol_list_champion_leaderboard', {}).content as { leaderboard: unknown }).leaderboard,
        'champion_name',
      ),
    ).toEqual(['B', 'A']);
    const mixed = withStats({ A: { leaderboard: { rank: 'b' } }, B: { leaderboard: { rank: 1 } } });
    expectFailure('lol_list_champion_leaderboard', {}, /ranks in champion_stats cannot be ordered/, mixed);
    expectFailure('lol_list_champion_leaderboard', {}, /A\.leaderboard must be an object/, withStats({ A: { leaderboard: 4 } }));
  });

  it('lol_list_lane_meta_champions: champions whose meta has the lane, tier C by default', () => {
    expect(call('lol_list_lane_meta_champions', { lane: 'mid', region: 'kr' })).toEqual({
      lane: 'mid',
      champions: [
        { champion_name: 'Ahri', tier: 'S', win_rate: 51.8, pick_rate: 9.4, ban_rate: 4.1, kda: 3.4 },
        { champion_name: 'Orianna', tier: 'A', win_rate: 50.2, pick_rate: 6.1, ban_rate: 1.3, kda: 3.9 },
      ],
    });
    expect(call('lol_list_lane_meta_champions', { lane: 'top' })).toEqual({
      lane: 'top',
      champions: [{ champion_name: 'Lee Sin', tier: 'C', win_rate: 48.7, pick_rate: 12.5, ban_rate: 10.2, kda: 2.1 }],
    });
    expect(call('lol_list_lane_meta_champions', { lane: 'support' })).toEqual({ lane: 'support', champions: [] });
    expectFailure('lol_list_lane_meta_champions', { lane: '' }, /lane must be a non-empty string/);
    // A meta list or text only fails when it contains the lane; a number always does.
    const listed = withStats({ A: { meta: ['mid'] } });
    expect(leagueOfLegends.call(listed, 'lol_list_lane_meta_champions', { lane: 'top' }).content).toEqual({ lane: 'top', champions: [] });
    expectFailure('lol_list_lane_meta_champions', { lane: 'mid' }, /A\.meta must map lanes/, listed);
    expectFailure('lol_list_lane_meta_champions', { lane: 'mid' }, /A\.meta must map lanes/, withStats({ A: { meta: 'middle' } }));
    expectFailure('lol_list_lane_meta_champions', { lane: 'top' }, /A\.meta must map lanes/, withStats({ A: { meta: 3 } }));
  });

  it('summoner tools: keyed by name and region, blank answers when unknown', () => {
    expect(call('lol_get_summoner_profile', { summoner_name: 'Hide on bush', region: 'na' })).toMatchObject({ tier: 'Diamond', lp: 41 });
    expect(call('lol_get_summoner_profile', { summoner_name: 'Hide on bush', region: 'euw' })).toEqual({
      summoner_name: 'Hide on bush',
      rank: '',
      tier: '',
      lp: 0,
      win_rate: 0,
      champion_pool: [],
    });
    expect(column(call('lol_list_summoner_matches', { summoner_name: 'Hide on bush', region: 'kr', limit: 2 }).matches, 'game_id')).toEqual(
      ['KR-7001', 'KR-7000'],
    );
    expect(call('lol_list_summoner_matches', { summoner_name: 'Hide on bush', region: 'na' })).toEqual({ matches: [] });
    expect(call('lol_get_summoner_game_detail', { summoner_name: 'Hide on bush', game_id: 'KR-7000', region: 'kr' })).toEqual({
      game_id: 'KR-7000',
      game_mode: 'Ranked Solo',
      duration: 2011,
      players: [],
    });
    // The stored id 6999 is a number: the text "6999" does not match it.
    expect(call('lol_get_summoner_game_detail', { summoner_name: 'Hide on bush', game_id: '6999', region: 'kr' })).toEqual({
      game_id: '6999',
      game_mode: '',
      duration: 0,
      players: [],
    });
    expectFailure('lol_get_summoner_profile', { summoner_name: '', region: 'kr' }, /summoner_name must be a non-empty string/);
    expectFailure('lol_get_summoner_profile', { summoner_name: 'x', region: '' }, /region must be a non-empty string/);
    expectFailure('lol_get_summoner_game_detail', { summoner_name: 'x', game_id: '', region: 'kr' }, /game_id must be a non-empty string/);
    expectFailure('lol_list_summoner_matches', { summoner_name: 'x', region: 'kr', limit: 0 }, /limit must be a positive integer/);
  });

  it('pro players and esports: exact names; schedules by league; a region filter is refused', () => {
    expect(call('lol_get_pro_player_riot_id', { pro_player_name: 'Caps' })).toEqual({
      pro_player_name: 'Caps',
      riot_id: 'G2 Caps#EUW',
      team: 'G2 Esports',
      region: 'LEC',
    });
    expect(call('lol_get_pro_player_riot_id', { pro_player_name: 'faker' })).toEqual({
      pro_player_name: 'faker',
      riot_id: '',
      team: '',
      region: '',
    });
    expect(column(call('lol_esports_list_schedules', { league: 'LCK', limit: 2 }).schedules, 'match_id')).toEqual([
      'LCK-0412-1',
      'LCK-0412-2',
    ]);
    expect((call('lol_esports_list_schedules', {}).schedules as unknown[]).length).toBe(4);
    expect(call('lol_esports_list_schedules', { league: 'LPL', region: 'cn' })).toEqual({ schedules: [] });
    expectFailure('lol_esports_list_schedules', { league: 'LEC', region: 'euw' }, /no region to filter by/);
    expect(column(call('lol_esports_list_team_standings', { league: 'LEC', region: 'euw' }).standings, 'win_rate')).toEqual([77.8, 55.6]);
    expect(call('lol_esports_list_team_standings', { league: 'LPL' })).toEqual({ standings: [] });
    expectFailure('lol_get_pro_player_riot_id', { pro_player_name: '' }, /pro_player_name must be a non-empty string/);
    expectFailure('lol_esports_list_team_standings', { league: '' }, /league must be a non-empty string/);
  });

  it('refuses scenarios outside the reference bounds', () => {
    expect(() => leagueOfLegends.load({ champions: { A: { name: 'A', title: 't', difficulty: 11 } } })).toThrow(/difficulty/);
    expect(() =>
      leagueOfLegends.load({
        esports_schedule: [{ match_id: 'm', league: 'L', team1: 'a', team2: 'b', scheduled_time: '2025-01-01 08:00', status: 's' }],
      }),
    ).toThrow(/scheduled_time/);
  });
});
