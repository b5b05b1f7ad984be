import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's Valorant scenario: agents and maps by name, match histories by player,
// leaderboards by region, team compositions by map and agent statistics by agent. {} is empty.

export const agentSchema = z.object({
  name: z.string(),
  role: z.string(),
  description: z.string(),
  abilities: z.array(z.record(z.string(), z.any())).default(() => []),
});

export const mapSchema = z.object({
  name: z.string(),
  description: z.string(),
  location: z.string(),
  site_count: z.int().min(1).max(3),
});

export const playerMatchSchema = z.object({
  match_id: z.string(),
  map: z.string(),
  agent: z.string(),
  result: z.string(),
  score: z.string(),
  created_at: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
});

export const leaderboardEntrySchema = z.object({
  rank: z.int().min(1),
  player_name: z.string(),
  rating: z.int().min(0),
  wins: z.int().min(0),
  rank_tier: z.string(),
});

export const agentCompositionSchema = z.object({
  agents: z.array(z.string()),
  win_rate: z.number().min(0).max(100),
  play_rate: z.number().min(0).max(100),
  description: z.string(),
});

export const agentStatsSchema = z.object({
  agent_name: z.string(),
  pick_rate: z.number().min(0).max(100),
  win_rate: z.number().min(0).max(100),
  avg_score: z.number().min(0),
});

// The reference's ValorantScenario.
export const scenarioSchema = z.object({
  agents: z.record(z.string(), agentSchema).default(() => ({})),
  maps: z.record(z.string(), mapSchema).default(() => ({})),
  player_matches: z.record(z.string(), z.array(playerMatchSchema)).default(() => ({})),
  leaderboards: z.record(z.string(), z.array(leaderboardEntrySchema)).default(() => ({})),
  agent_compositions: z.record(z.string(), z.array(agentCompositionSchema)).default(() => ({})),
  agent_statistics: z.record(z.string(), agentStatsSchema).default(() => ({})),
});

export type ValorantState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of ValorantState. */
export const defineValorantTool = toolsFor<ValorantState>();
