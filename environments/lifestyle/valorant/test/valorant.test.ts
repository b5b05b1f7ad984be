import { describe, expect, it } from 'vitest';
import { valorant } from '../src/index.js';

const demo = () => valorant.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => valorant.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = valorant.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('Valorant', () => {
  it('lists agents and maps, the first `limit` when given', () => {
    expect((call('valorant_list_agents', { limit: 2 }) as { agents: { name: string }[] }).agents.map((a) => a.name)).toEqual([
      'Jett',
      'Reyna',
    ]);
    expect((call('valorant_list_maps', {}) as { maps: { site_count: number }[] }).maps.map((m) => m.site_count)).toEqual([2, 3, 3]);
    expectFailure('valorant_list_agents', { limit: 0 }, 'Limit must be a positive integer');
  });

  it('filters a player’s matches to known maps when a region is given', () => {
    const ids = (args: Record<string, unknown>) =>
      (call('valorant_list_player_matches', { player_name: 'Nova#EU1', ...args }) as { matches: { match_id: string }[] }).matches.map(
        (m) => m.match_id,
      );
    expect(ids({})).toEqual(['m-2001', 'm-2002', 'm-2003', 'm-2004']);
    expect(ids({ region: 'eu' })).toEqual(['m-2001', 'm-2002', 'm-2004']);
    expect(ids({ region: 'eu', limit: 1 })).toEqual(['m-2001']);
    expect(call('valorant_list_player_matches', { player_name: 'Ghost#0' })).toEqual({ matches: [] });
    expectFailure('valorant_list_player_matches', { player_name: '' }, 'Player name must be a non-empty string');
  });

  it('gives leaderboards, compositions and statistics', () => {
    expect(
      (call('valorant_list_leaderboard', { region: 'eu', limit: 2 }) as { leaderboard: { player_name: string }[] }).leaderboard.map(
        (e) => e.player_name,
      ),
    ).toEqual(['Nova#EU1', 'Lumi#EU7']);
    expect(call('valorant_list_leaderboard', { region: 'kr' })).toEqual({ leaderboard: [] });
    expect(
      (call('valorant_list_agent_compositions_for_map', { map_name: 'Haven' }) as { compositions: unknown[] }).compositions,
    ).toHaveLength(2);
    expect(call('valorant_list_agent_statistics', { agent_name: 'Omen', map_name: 'Lotus' })).toEqual({
      statistics: [{ agent_name: 'Omen', pick_rate: 19.1, win_rate: 51, avg_score: 201.7 }],
    });
    expect(call('valorant_list_agent_statistics', { agent_name: 'Reyna' })).toEqual({ statistics: [] });
    expect((call('valorant_list_agent_statistics', {}) as { statistics: unknown[] }).statistics).toHaveLength(4);
    expectFailure('valorant_list_agent_compositions_for_map', { map_name: '' }, 'Map name must be a non-empty string');
  });

  it('refuses a map with more than three sites in a scenario', () => {
    expect(() => valorant.load({ maps: { X: { name: 'X', description: '', location: '', site_count: 4 } } })).toThrow(/site_count/);
  });
});
