import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import {
  defaultAugments,
  defaultChampionBuilds,
  defaultItemCombinations,
  defaultItemSynergies,
  defaultMetaDecks,
  defaultPlayStyles,
} from './default-world.js';

// The state: EnvFactory's TFTServer scenario — Teamfight Tactics reference data: item builds per
// champion, play styles, augments, champions that suit an item, item recipes and meta decks. Every
// field has a default, so {} loads the reference's default world (see default-world.ts).
export const itemBuildSchema = z.object({
  item_name: z.string(),
  priority: z.int().min(1),
  win_rate: z.number().min(0).max(100),
});

export const championBuildSchema = z.object({
  champion_name: z.string(),
  items: z.array(itemBuildSchema).default(() => []),
});

export const playStyleSchema = z.object({
  style: z.string(),
  description: z.string(),
  recommendations: z.array(z.string()).default(() => []),
});

export const augmentSchema = z.object({
  name: z.string(),
  tier: z.string(),
  description: z.string(),
  win_rate: z.number().min(0).max(100),
});

export const championItemSynergySchema = z.object({
  champion_name: z.string(),
  synergy_score: z.number().min(0).max(10),
  win_rate: z.number().min(0).max(100),
});

export const itemCombinationSchema = z.object({
  item1: z.string(),
  item2: z.string(),
  result: z.string(),
  description: z.string(),
});

export const metaDeckSchema = z.object({
  name: z.string(),
  champions: z.array(z.string()).default(() => []),
  traits: z.array(z.string()).default(() => []),
  win_rate: z.number().min(0).max(100),
  play_rate: z.number().min(0).max(100),
});

// The reference's TFTScenario: every field defaults to the reference's default world.
export const scenarioSchema = z.object({
  championBuildsMap: keyedRecord(championBuildSchema).default(defaultChampionBuilds),
  playStylesMap: keyedRecord(playStyleSchema).default(defaultPlayStyles),
  augmentsList: z.array(augmentSchema).default(defaultAugments),
  itemChampionSynergiesMap: keyedRecord(z.array(championItemSynergySchema)).default(defaultItemSynergies),
  itemCombinationsList: z.array(itemCombinationSchema).default(defaultItemCombinations),
  metaDecksList: z.array(metaDeckSchema).default(defaultMetaDecks),
});

export type ChampionBuild = z.output<typeof championBuildSchema>;
export type PlayStyle = z.output<typeof playStyleSchema>;
export type Augment = z.output<typeof augmentSchema>;
export type ChampionItemSynergy = z.output<typeof championItemSynergySchema>;
export type ItemCombination = z.output<typeof itemCombinationSchema>;
export type MetaDeck = z.output<typeof metaDeckSchema>;
export type TFTServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of TFTServerState. */
export const defineTFTServerTool = toolsFor<TFTServerState>();
