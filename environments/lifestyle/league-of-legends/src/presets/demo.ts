import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const champion = (name: string, title: string, roles: string[], difficulty: number) => ({ name, title, roles, difficulty });
const match = (match_id: string, league: string, team1: string, team2: string, scheduled_time: string, status: string) => ({
  match_id,
  league,
  team1,
  team2,
  scheduled_time,
  status,
});
const standing = (rank: number, team_name: string, wins: number, losses: number) => ({
  rank,
  team_name,
  wins,
  losses,
  win_rate: Math.round((wins / (wins + losses)) * 1000) / 10,
});

// Mid-split on patch 14.9: six champions (Zed has statistics but no meta or leaderboard entry; Yone has
// no statistics at all), five items, four pro players, two leagues' schedules and standings, two
// summoners (one with the same name on two servers) with match histories, and three skins on sale.
export const demo: Input = {
  champions: {
    Ahri: champion('Ahri', 'the Nine-Tailed Fox', ['Mage', 'Assassin'], 5),
    Orianna: champion('Orianna', 'the Lady of Clockwork', ['Mage'], 7),
    'Lee Sin': champion('Lee Sin', 'the Blind Monk', ['Fighter', 'Assassin'], 6),
    Jinx: champion('Jinx', 'the Loose Cannon', ['Marksman'], 6),
    Zed: champion('Zed', 'the Master of Shadows', ['Assassin'], 7),
    Yone: champion('Yone', 'the Unforgotten', ['Fighter', 'Assassin'], 8),
  },
  items: {
    '1001': { item_id: 1001, name: 'Boots', description: 'Slightly increases movement speed.', gold: 300, stats: { move_speed: 25 } },
    '3020': {
      item_id: 3020,
      name: "Sorcerer's Shoes",
      description: 'Enhances movement speed and magic penetration.',
      gold: 1100,
      stats: { move_speed: 45, magic_penetration: 18 },
    },
    '3089': {
      item_id: 3089,
      name: "Rabadon's Deathcap",
      description: 'Greatly increases ability power.',
      gold: 3600,
      stats: { ability_power: 140, ability_power_amp: 0.35 },
    },
    '3142': {
      item_id: 3142,
      name: "Youmuu's Ghostblade",
      description: 'Lethality and out-of-combat speed.',
      gold: 2800,
      stats: { attack_damage: 60, lethality: 18 },
    },
    '6655': { item_id: 6655, name: "Luden's Companion", description: 'Charges that deal bonus magic damage.', gold: 2900 },
  },
  pro_players: {
    Faker: { pro_player_name: 'Faker', riot_id: 'Hide on bush#KR1', team: 'T1', region: 'LCK' },
    Chovy: { pro_player_name: 'Chovy', riot_id: 'Chovy#KR2', team: 'Gen.G', region: 'LCK' },
    Caps: { pro_player_name: 'Caps', riot_id: 'G2 Caps#EUW', team: 'G2 Esports', region: 'LEC' },
    Jankos: { pro_player_name: 'Jankos', riot_id: 'Jankos#EUW', team: 'Free agent', region: 'LEC' },
  },
  esports_schedule: [
    match('LCK-0412-1', 'LCK', 'T1', 'Gen.G', '2025-04-12T08:00:00', 'upcoming'),
    match('LCK-0412-2', 'LCK', 'Hanwha Life', 'KT Rolster', '2025-04-12T11:00:00', 'upcoming'),
    match('LEC-0413-1', 'LEC', 'G2 Esports', 'Fnatic', '2025-04-13T17:00:00', 'upcoming'),
    match('LCK-0405-1', 'LCK', 'T1', 'Dplus KIA', '2025-04-05T08:00:00', 'completed'),
  ],
  team_standings: {
    LCK: [standing(1, 'Gen.G', 9, 1), standing(2, 'T1', 7, 3), standing(3, 'Hanwha Life', 6, 4), standing(4, 'KT Rolster', 3, 7)],
    LEC: [standing(1, 'G2 Esports', 7, 2), standing(2, 'Fnatic', 5, 4)],
  },
  champion_stats: {
    Ahri: {
      win_rate: 51.8,
      pick_rate: 9.4,
      ban_rate: 4.1,
      builds: [{ core: ["Luden's Companion", "Sorcerer's Shoes", "Rabadon's Deathcap"], win_rate: 53.2 }],
      counters: ['Kassadin', 'Fizz'],
      synergies: [{ champion: 'Lee Sin', score: 8.1 }],
      matchups: {
        mid: [
          { enemy: 'Zed', win_rate: 52.4, difficulty: 'medium' },
          { enemy: 'Orianna', win_rate: 49.1, difficulty: 'hard' },
        ],
      },
      meta: { mid: { tier: 'S', kda: 3.4 } },
      leaderboard: { rank: 2 },
      abilities: ['Orb of Deception', 'Fox-Fire', 'Charm', 'Spirit Rush'],
      tips: ['Land Charm before committing Spirit Rush'],
      lore: 'A vastayan who hunts for memories.',
      stats: { hp: 590, attack_range: 550 },
    },
    Orianna: {
      win_rate: 50.2,
      pick_rate: 6.1,
      ban_rate: 1.3,
      matchups: { mid: [{ enemy: 'Ahri', win_rate: 50.9, difficulty: 'medium' }] },
      meta: { mid: { tier: 'A', kda: 3.9 } },
      leaderboard: { rank: 3 },
      abilities: ['Command: Attack', 'Command: Dissonance', 'Command: Protect', 'Command: Shockwave'],
    },
    'Lee Sin': {
      win_rate: 48.7,
      pick_rate: 12.5,
      ban_rate: 10.2,
      synergies: [
        { champion: 'Ahri', score: 8.1 },
        { champion: 'Orianna', score: 7.4 },
      ],
      meta: { jungle: { tier: 'A', kda: 2.8 }, top: { kda: 2.1 } },
      leaderboard: { rank: 1 },
    },
    Jinx: {
      win_rate: 52.6,
      pick_rate: 14.9,
      ban_rate: 6.7,
      meta: { bottom: { tier: 'S', kda: 3.1 } },
      leaderboard: {},
    },
    Zed: { win_rate: 49.5, pick_rate: 8.8, ban_rate: 18.9, counters: ['Lissandra', 'Malzahar'] },
  },
  summoner_profiles: {
    'Hide on bush:kr': {
      summoner_name: 'Hide on bush',
      rank: 'I',
      tier: 'Challenger',
      lp: 1342,
      win_rate: 58.3,
      champion_pool: ['Ahri', 'Orianna', 'Azir'],
    },
    'Hide on bush:na': { summoner_name: 'Hide on bush', rank: 'II', tier: 'Diamond', lp: 41, win_rate: 54.0, champion_pool: ['Ahri'] },
    'Rookie Rita:euw': { summoner_name: 'Rookie Rita', rank: 'IV', tier: 'Silver', lp: 12, win_rate: 47.5, champion_pool: ['Jinx'] },
  },
  match_history: {
    'Hide on bush:kr': [
      {
        game_id: 'KR-7001',
        champion: 'Ahri',
        result: 'win',
        kda: '8/1/9',
        game_mode: 'Ranked Solo',
        duration: 1784,
        players: [
          { summoner_name: 'Hide on bush', champion: 'Ahri', team: 'blue' },
          { summoner_name: 'Chovy', champion: 'Orianna', team: 'red' },
        ],
      },
      { game_id: 'KR-7000', champion: 'Orianna', result: 'loss', kda: '2/3/6', game_mode: 'Ranked Solo', duration: 2011 },
      { game_id: 6999, champion: 'Azir', result: 'win', kda: '5/0/4' },
    ],
    'Rookie Rita:euw': [
      { game_id: 'EUW-501', champion: 'Jinx', result: 'loss', kda: '3/7/2', game_mode: 'ARAM', duration: 1120, players: [] },
    ],
  },
  discounted_skins: [
    { skin_name: 'Spirit Blossom Ahri', champion: 'Ahri', original_price: 1350, sale_price: 675 },
    { skin_name: 'Star Guardian Jinx', champion: 'Jinx', original_price: 1820, sale_price: 1092 },
    { skin_name: 'PROJECT: Zed', champion: 'Zed', original_price: 1350, sale_price: 810 },
  ],
};
