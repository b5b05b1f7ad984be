import { integerKeyed, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's LeagueOfLegends scenario — champions, items (by numeric id), pro players,
// the esports schedule and standings, and free-form statistics: champion_stats by champion (rates,
// builds, matchups by lane, meta by lane, leaderboard rank, abilities...), summoner profiles and match
// histories by "<summoner>:<region>", and skins on sale. {} is empty apart from the region names.
export const championSchema = z.object({
  name: z.string(),
  title: z.string(),
  roles: z.array(z.string()).default(() => []),
  difficulty: z.int().min(1).max(10),
});

export const itemSchema = z.object({
  item_id: z.int().min(0),
  name: z.string(),
  description: z.string(),
  gold: z.int().min(0),
  stats: keyedRecord(z.any()).default(() => ({})),
});

export const proPlayerSchema = z.object({
  pro_player_name: z.string(),
  riot_id: z.string(),
  team: z.string(),
  region: z.string(),
});

export const esportsMatchSchema = z.object({
  match_id: z.string(),
  league: z.string(),
  team1: z.string(),
  team2: z.string(),
  scheduled_time: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
  status: z.string(),
});

export const teamStandingSchema = z.object({
  rank: z.int().min(1),
  team_name: z.string(),
  wins: z.int().min(0),
  losses: z.int().min(0),
  win_rate: z.number().min(0).max(100),
});

// The reference's LeagueScenario.
export const scenarioSchema = z.object({
  champions: keyedRecord(championSchema).default(() => ({})),
  items: integerKeyed(itemSchema).default(() => ({})),
  pro_players: keyedRecord(proPlayerSchema).default(() => ({})),
  esports_schedule: z.array(esportsMatchSchema).default(() => []),
  team_standings: keyedRecord(z.array(teamStandingSchema)).default(() => ({})),
  champion_stats: keyedRecord(keyedRecord(z.any())).default(() => ({})),
  summoner_profiles: keyedRecord(keyedRecord(z.any())).default(() => ({})),
  match_history: keyedRecord(z.array(keyedRecord(z.any()))).default(() => ({})),
  discounted_skins: z.array(keyedRecord(z.any())).default(() => []),
  // Region codes and their names; no tool reads it, it is kept so scenarios round-trip.
  regionMap: keyedRecord(z.string()).default(() => ({
    kr: 'Korea',
    na: 'North America',
    euw: 'Europe West',
    eune: 'Europe Nordic',
    br: 'Brazil',
    lan: 'Latin America North',
    las: 'Latin America South',
    oce: 'Oceania',
    ru: 'Russia',
    tr: 'Turkey',
    jp: 'Japan',
    sg: 'Singapore',
    th: 'Thailand',
    vn: 'Vietnam',
    ph: 'Philippines',
    tw: 'Taiwan',
    default: 'North America',
  })),
});

export type LeagueOfLegendsState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of LeagueOfLegendsState. */
export const defineLeagueOfLegendsTool = toolsFor<LeagueOfLegendsState>();
