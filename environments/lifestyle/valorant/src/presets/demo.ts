import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const match = (match_id: string, map: string, agent: string, result: string, score: string, created_at: string) => ({
  match_id,
  map,
  agent,
  result,
  score,
  created_at,
});

// A competitive week: five agents (one of each role plus a second duelist), three maps, two players'
// match histories (one played on a map the scenario does not describe), two regional leaderboards, map
// compositions, and statistics for four of the five agents.
export const demo: Input = {
  agents: {
    Jett: {
      name: 'Jett',
      role: 'Duelist',
      description: 'Agile duelist who dashes into sites.',
      abilities: [
        { slot: 'E', name: 'Tailwind' },
        { slot: 'X', name: 'Blade Storm' },
      ],
    },
    Reyna: {
      name: 'Reyna',
      role: 'Duelist',
      description: 'Self-sufficient duelist who feeds on kills.',
      abilities: [{ slot: 'Q', name: 'Devour' }],
    },
    Omen: {
      name: 'Omen',
      role: 'Controller',
      description: 'Shadowy controller who blinds and teleports.',
      abilities: [{ slot: 'E', name: 'Dark Cover' }],
    },
    Sova: {
      name: 'Sova',
      role: 'Initiator',
      description: 'Recon initiator with a drone and shock darts.',
      abilities: [{ slot: 'E', name: 'Recon Bolt' }],
    },
    Killjoy: { name: 'Killjoy', role: 'Sentinel', description: 'Inventor who locks down sites with gadgets.' },
  },
  maps: {
    Ascent: { name: 'Ascent', description: 'Open middle with breakable doors on each site.', location: 'Venice, Italy', site_count: 2 },
    Haven: { name: 'Haven', description: 'The only map with three sites.', location: 'Thimphu, Bhutan', site_count: 3 },
    Lotus: { name: 'Lotus', description: 'Rotating doors and a breakable wall.', location: 'Western Ghats, India', site_count: 3 },
  },
  player_matches: {
    'Nova#EU1': [
      match('m-2001', 'Ascent', 'Jett', 'Victory', '13-9', '2025-03-03T19:10:00'),
      match('m-2002', 'Haven', 'Omen', 'Defeat', '10-13', '2025-03-04T20:00:00'),
      match('m-2003', 'Sunset', 'Jett', 'Victory', '13-5', '2025-03-05T18:45:00'),
      match('m-2004', 'Lotus', 'Killjoy', 'Draw', '15-15', '2025-03-06T21:30:00'),
    ],
    'Kai#NA2': [match('m-3001', 'Haven', 'Sova', 'Victory', '13-11', '2025-03-05T02:00:00')],
  },
  leaderboards: {
    eu: [
      { rank: 1, player_name: 'Nova#EU1', rating: 812, wins: 211, rank_tier: 'Radiant' },
      { rank: 2, player_name: 'Lumi#EU7', rating: 790, wins: 198, rank_tier: 'Radiant' },
      { rank: 3, player_name: 'Brake#EU3', rating: 655, wins: 160, rank_tier: 'Immortal 3' },
    ],
    na: [{ rank: 1, player_name: 'Kai#NA2', rating: 840, wins: 230, rank_tier: 'Radiant' }],
  },
  agent_compositions: {
    Ascent: [
      {
        agents: ['Jett', 'Omen', 'Sova', 'Killjoy', 'Reyna'],
        win_rate: 53.4,
        play_rate: 21.0,
        description: 'Double duelist for fast A executes.',
      },
    ],
    Haven: [
      {
        agents: ['Jett', 'Omen', 'Sova', 'Killjoy', 'Breach'],
        win_rate: 51.2,
        play_rate: 18.5,
        description: 'Standard three-site coverage.',
      },
      { agents: ['Reyna', 'Omen', 'Sova', 'Killjoy', 'Skye'], win_rate: 49.8, play_rate: 9.1, description: 'Flash-heavy retakes.' },
    ],
  },
  agent_statistics: {
    Jett: { agent_name: 'Jett', pick_rate: 24.5, win_rate: 50.3, avg_score: 245.2 },
    Omen: { agent_name: 'Omen', pick_rate: 19.1, win_rate: 51.0, avg_score: 201.7 },
    Sova: { agent_name: 'Sova', pick_rate: 16.8, win_rate: 50.6, avg_score: 198.4 },
    Killjoy: { agent_name: 'Killjoy', pick_rate: 14.2, win_rate: 49.9, avg_score: 190.3 },
  },
};
