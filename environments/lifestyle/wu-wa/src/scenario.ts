import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { defaultWorld } from './default-world.js';

// The state: EnvFactory's WuWa scenario — Wuthering Waves game data: in-game character records
// (rarity, element, weapon type, build, teams, tips), echo sets, and out-of-game character profiles
// (voice actor, lore, release date), each keyed by its Chinese name. {} loads the reference's world.
export const characterBuildSchema = z.object({
  weapon: z.string(),
  echo_set: z.string(),
  main_stats: z.array(z.string()),
  sub_stats: z.array(z.string()),
  talent_priority: z.array(z.string()),
});

export const characterInfoSchema = z.object({
  name: z.string(),
  rarity: z.int().min(4).max(5),
  element: z.string(),
  weapon_type: z.string(),
  build_recommendations: characterBuildSchema,
  team_compositions: z.array(z.array(z.string())),
  gameplay_tips: z.array(z.string()),
});

export const echoInfoSchema = z.object({
  name: z.string(),
  cost: z.int().min(1).max(4),
  attributes: keyedRecord(z.number()),
  set_effect: z.string(),
  recommended_for: z.array(z.string()),
});

export const characterProfileSchema = z.object({
  name: z.string(),
  voice_actor: z.string(),
  background_story: z.string(),
  personality: z.string(),
  design_notes: z.string(),
  release_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
});

// The reference's WuWaScenario; a map left out gets the reference's default entries.
export const scenarioSchema = z.object({
  characterDatabase: keyedRecord(characterInfoSchema).default(() => structuredClone(defaultWorld.characterDatabase)),
  echoDatabase: keyedRecord(echoInfoSchema).default(() => structuredClone(defaultWorld.echoDatabase)),
  characterProfileDatabase: keyedRecord(characterProfileSchema).default(() => structuredClone(defaultWorld.characterProfileDatabase)),
});

export type WuWaState = z.output<typeof scenarioSchema>;
export type CharacterInfo = z.output<typeof characterInfoSchema>;
export type EchoInfo = z.output<typeof echoInfoSchema>;
export type CharacterProfile = z.output<typeof characterProfileSchema>;

/** defineTool for this environment: handlers receive a typed draft of WuWaState. */
export const defineWuWaTool = toolsFor<WuWaState>();
