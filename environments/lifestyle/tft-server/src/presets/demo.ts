import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const item = (item_name: string, priority: number, win_rate: number) => ({ item_name, priority, win_rate });
const synergy = (champion_name: string, synergy_score: number, win_rate: number) => ({ champion_name, synergy_score, win_rate });

// A patch-day snapshot of a later set: builds for six champions (one freshly released with no data yet),
// five play styles, eight augments, synergies for four items (one with no champions recorded), seven
// recipes and six meta decks whose names share fragments ("Sorcerers", "Sorcery Reroll", "Vanguard")
// so the name filter has something to tell apart.
export const demo: Input = {
  championBuildsMap: {
    Kaisa: {
      champion_name: "Kai'Sa",
      items: [item('Guinsoo’s Rageblade', 1, 66.4), item('Giant Slayer', 2, 63.9), item('Infinity Edge', 3, 62.7)],
    },
    Xerath: {
      champion_name: 'Xerath',
      items: [item('Archangel’s Staff', 1, 64.8), item('Blue Buff', 2, 63.1), item("Rabadon's Deathcap", 3, 61.6)],
    },
    Sejuani: {
      champion_name: 'Sejuani',
      items: [item('Warmog’s Armor', 1, 59.7), item('Dragon’s Claw', 2, 58.2), item('Bramble Vest', 3, 57.9)],
    },
    Aphelios: {
      champion_name: 'Aphelios',
      items: [item('Infinity Edge', 1, 68.3), item('Last Whisper', 2, 66.0), item('Bloodthirster', 3, 64.4)],
    },
    Taric: {
      champion_name: 'Taric',
      items: [item('Gargoyle Stoneplate', 1, 58.8), item('Sunfire Cape', 2, 57.4)],
    },
    Smolder: { champion_name: 'Smolder', items: [] },
  },
  playStylesMap: {
    aggro: {
      style: 'aggro',
      description: 'Play your strongest board every round and protect the win streak.',
      recommendations: [
        'Slam the first completed item you can build',
        'Level to 5 on 2-1 if you open strong',
        'Roll down on 3-2 to stabilise',
      ],
    },
    economy: {
      style: 'economy',
      description: 'Sit on interest and accept early losses for a richer late game.',
      recommendations: ['Hold 50 gold by stage 3', 'Only roll when a loss streak is about to break'],
    },
    reroll: {
      style: 'reroll',
      description: 'Three-star a pair of cheap carries at a low level.',
      recommendations: ['Stay on level 5 or 6 and slow roll above 50 gold', 'Scout who else is contesting your units'],
    },
    fast9: {
      style: 'fast9',
      description: 'Push levels hard to find five-cost legendaries.',
      recommendations: ['Skip rolling until level 8', 'Keep enough health to survive stage 5'],
    },
    flex: {
      style: 'flex',
      description: 'Commit late, following the items and augments the game offers.',
      recommendations: [],
    },
  },
  augmentsList: [
    { name: 'Pandora’s Items', tier: 'Silver', description: 'Your bench items change at the start of every round', win_rate: 55.6 },
    { name: 'Combat Training', tier: 'Silver', description: 'Your strongest unit gains attack damage each combat', win_rate: 57.0 },
    { name: 'Tiny Titans', tier: 'Silver', description: 'Your Tactician gains 30 health and moves faster', win_rate: 56.2 },
    { name: 'Cluttered Mind', tier: 'Gold', description: 'Gain 4 random 1-cost champions; a full bench grants experience', win_rate: 60.9 },
    { name: 'Jeweled Lotus', tier: 'Gold', description: 'Abilities can critically strike', win_rate: 62.4 },
    { name: 'Think Fast', tier: 'Gold', description: 'Rerolls are free until you next buy experience', win_rate: 61.3 },
    { name: 'Golden Ticket', tier: 'Prismatic', description: 'Each shop refresh may be free', win_rate: 68.9 },
    { name: 'Radiant Relics', tier: 'Prismatic', description: 'Open an armory of radiant items', win_rate: 70.2 },
  ],
  itemChampionSynergiesMap: {
    'Infinity Edge': [synergy('Aphelios', 9.4, 68.3), synergy("Kai'Sa", 8.1, 62.7), synergy('Caitlyn', 7.6, 61.0)],
    'Blue Buff': [synergy('Xerath', 9.6, 63.1), synergy('Syndra', 8.9, 62.5)],
    'Sunfire Cape': [synergy('Sejuani', 8.3, 58.0), synergy('Taric', 7.2, 57.4)],
    'Spear of Shojin': [],
  },
  itemCombinationsList: [
    {
      item1: 'B.F. Sword',
      item2: 'B.F. Sword',
      result: 'Infinity Edge',
      description: 'Abilities can critically strike; bonus critical damage',
    },
    { item1: 'Tear of the Goddess', item2: 'Tear of the Goddess', result: 'Blue Buff', description: 'Mana refunds after each cast' },
    {
      item1: 'Recurve Bow',
      item2: 'Needlessly Large Rod',
      result: 'Guinsoo’s Rageblade',
      description: 'Attacks grant stacking attack speed',
    },
    {
      item1: 'Tear of the Goddess',
      item2: 'Needlessly Large Rod',
      result: 'Archangel’s Staff',
      description: 'Gain ability power every few seconds of combat',
    },
    { item1: "Giant's Belt", item2: "Giant's Belt", result: 'Warmog’s Armor', description: 'Grants a large amount of bonus health' },
    {
      item1: 'Chain Vest',
      item2: 'Negatron Cloak',
      result: 'Gargoyle Stoneplate',
      description: 'Gain resistances for each enemy targeting the holder',
    },
    { item1: 'Chain Vest', item2: "Giant's Belt", result: 'Sunfire Cape', description: 'Burns and wounds nearby enemies' },
  ],
  metaDecksList: [
    {
      name: 'Sorcerers',
      champions: ['Xerath', 'Syndra', 'Ahri', 'Kassadin', 'Zoe', 'Neeko', 'Taric', 'Sejuani'],
      traits: ['Sorcerer', 'Bastion', 'Arcana'],
      win_rate: 23.6,
      play_rate: 17.9,
    },
    {
      name: 'Sorcery Reroll',
      champions: ['Ziggs', 'Syndra', 'Lillia', 'Poppy', 'Zoe', 'Nomsy', 'Warwick'],
      traits: ['Sorcerer', 'Faerie'],
      win_rate: 19.4,
      play_rate: 9.2,
    },
    {
      name: 'Vanguard Snipers',
      champions: ['Aphelios', 'Caitlyn', 'Sejuani', 'Taric', 'Mordekaiser', 'Jinx', 'Varus', 'Ezreal'],
      traits: ['Vanguard', 'Sniper', 'Multistriker'],
      win_rate: 21.2,
      play_rate: 14.1,
    },
    {
      name: "Kai'Sa Blasters",
      champions: ["Kai'Sa", 'Smolder', 'Kog’Maw', 'Tristana', 'Gwen', 'Rakan', 'Galio', 'Jax'],
      traits: ['Blaster', 'Scholar', 'Honeymancy'],
      win_rate: 18.5,
      play_rate: 11.6,
    },
    {
      name: 'Chrono Fast 9',
      champions: ['Camille', 'Diana', 'Ezreal', 'Zilean', 'Xerath', 'Norra', 'Briar', 'Milio', 'Taric'],
      traits: ['Chrono', 'Ascendant'],
      win_rate: 17.3,
      play_rate: 6.4,
    },
    { name: 'Frost Flex', champions: [], traits: [], win_rate: 0, play_rate: 0.8 },
  ],
};
