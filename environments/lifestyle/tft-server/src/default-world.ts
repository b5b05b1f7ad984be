import type { Augment, ChampionBuild, ChampionItemSynergy, ItemCombination, MetaDeck, PlayStyle } from './scenario.js';

// The reference's default world, which `{}` loads: item builds for five carries, four play styles,
// ten augments across the three tiers, item-to-champion synergies for three items, ten item recipes
// and five meta decks.

function build(champion_name: string, items: [string, number][]): ChampionBuild {
  return { champion_name, items: items.map(([item_name, win_rate], index) => ({ item_name, priority: index + 1, win_rate })) };
}

export function defaultChampionBuilds(): Record<string, ChampionBuild> {
  return {
    Jinx: build('Jinx', [
      ['Infinity Edge', 67.5],
      ['Last Whisper', 65.2],
      ['Giant Slayer', 63.8],
    ]),
    Yasuo: build('Yasuo', [
      ['Bloodthirster', 69.1],
      ["Titan's Resolve", 66.7],
      ['Quicksilver', 64.3],
    ]),
    Ahri: build('Ahri', [
      ['Jeweled Gauntlet', 68.9],
      ['Blue Buff', 67.4],
      ["Rabadon's Deathcap", 65.1],
    ]),
    Garen: build('Garen', [
      ['Sunfire Cape', 64.2],
      ['Bramble Vest', 62.8],
      ["Dragon's Claw", 61.5],
    ]),
    Jhin: build('Jhin', [
      ['Infinity Edge', 71.3],
      ['Last Whisper', 69.7],
      ['Giant Slayer', 68.2],
    ]),
  };
}

export function defaultPlayStyles(): Record<string, PlayStyle> {
  return {
    aggro: {
      style: 'aggro',
      description: 'Aggressive early game strategy focused on winning streaks and maintaining board strength',
      recommendations: [
        'Roll early to upgrade 1 and 2 cost units',
        'Prioritize strong early game items like Sunfire Cape',
        'Maintain win streak by leveling aggressively',
        'Spend gold to keep board strength high',
      ],
    },
    economy: {
      style: 'economy',
      description: 'Gold-focused strategy building economy through loss streaks or interest optimization',
      recommendations: [
        'Build 50 gold quickly for maximum interest',
        'Accept loss streaks early for better carousel priority',
        'Only spend gold when it provides significant power spike',
        'Transition to strong board at level 7-8',
      ],
    },
    reroll: {
      style: 'reroll',
      description: 'Strategy focused on 3-starring low cost units by rolling at low levels',
      recommendations: [
        'Stay at level 4-5 to maximize 1-2 cost unit odds',
        'Slow roll above 50 gold to maintain economy',
        'Focus on 3-4 key units to 3-star',
        'Build items that scale well with unit upgrades',
      ],
    },
    fast8: {
      style: 'fast8',
      description: 'Rush to level 8 quickly to find 4 and 5 cost units',
      recommendations: [
        'Build economy early while maintaining health',
        'Level to 6 at 3-2, 7 at 4-1, 8 at 4-5',
        'Roll at level 8 for 4-5 cost carries',
        'Use strong mid-game units to preserve health',
      ],
    },
  };
}

function augment(name: string, tier: string, description: string, win_rate: number): Augment {
  return { name, tier, description, win_rate };
}

export function defaultAugments(): Augment[] {
  return [
    augment('Cybernetic Implants', 'Silver', 'Your units with items gain 200 HP and 20% attack damage', 58.5),
    augment('Titanic Strength', 'Silver', 'Your units gain 15% of their maximum HP as attack damage', 59.2),
    augment('Binary Airdrop', 'Gold', 'Your champions equipped with exactly 2 items gain a random completed item', 63.7),
    augment('Wise Spending', 'Gold', 'Gain 2 experience points when you refresh the shop', 62.1),
    augment('High End Shopping', 'Prismatic', 'Champions in your shop appear as higher tier', 71.4),
    augment('Level Up!', 'Prismatic', 'When you buy experience points, gain an additional 3 points', 69.8),
    augment('Windfall', 'Silver', 'Gain 20 gold immediately', 57.3),
    augment('Thrill of the Hunt', 'Silver', 'Your units heal 400 HP on kill', 60.1),
    augment('Portable Forge', 'Gold', 'Gain an Ornn item component and 7 gold', 64.5),
    augment('Sunfire Board', 'Gold', 'At start of combat, enemies take true damage for 10 seconds', 61.9),
  ];
}

function synergies(rows: [string, number, number][]): ChampionItemSynergy[] {
  return rows.map(([champion_name, synergy_score, win_rate]) => ({ champion_name, synergy_score, win_rate }));
}

export function defaultItemSynergies(): Record<string, ChampionItemSynergy[]> {
  return {
    'Infinity Edge': synergies([
      ['Jhin', 9.5, 71.3],
      ['Jinx', 8.8, 67.5],
      ['Caitlyn', 8.2, 65.1],
      ['Tristana', 7.9, 63.7],
      ['Zeri', 7.5, 62.3],
    ]),
    'Blue Buff': synergies([
      ['Ahri', 9.8, 68.9],
      ['Lux', 9.1, 66.4],
      ['Ziggs', 8.5, 64.8],
      ['Malzahar', 8.0, 63.2],
      ['Twisted Fate', 7.7, 61.9],
    ]),
    Bloodthirster: synergies([
      ['Yasuo', 9.3, 69.1],
      ['Fiora', 8.7, 66.8],
      ['Irelia', 8.4, 65.5],
      ['Tryndamere', 8.1, 64.2],
      ['Riven', 7.8, 62.9],
    ]),
  };
}

function recipe(item1: string, item2: string, result: string, description: string): ItemCombination {
  return { item1, item2, result, description };
}

export function defaultItemCombinations(): ItemCombination[] {
  return [
    recipe('B.F. Sword', 'B.F. Sword', 'Infinity Edge', 'Grants 75% critical strike chance and 10% critical strike damage'),
    recipe('Tear of the Goddess', 'Tear of the Goddess', 'Blue Buff', 'After casting, set mana to 20. Gain 30 mana on takedown'),
    recipe('B.F. Sword', 'Negatron Cloak', 'Bloodthirster', 'Grant 40% omnivamp. Once per combat at 40% HP, gain 25% max HP shield'),
    recipe('Chain Vest', "Giant's Belt", 'Sunfire Cape', 'Grant 150 bonus HP. Every 2 seconds, deal true damage to nearby enemies'),
    recipe('Recurve Bow', 'Chain Vest', "Titan's Resolve", 'Grant 2% attack damage and 2% armor and magic resist, stacking up to 25 times'),
    recipe(
      'Needlessly Large Rod',
      'Sparring Gloves',
      'Jeweled Gauntlet',
      'Abilities can critically strike and gain 30% critical strike damage',
    ),
    recipe('B.F. Sword', 'Recurve Bow', 'Giant Slayer', 'Deal 20% bonus damage. If target has more than 1600 HP, deal 60% bonus instead'),
    recipe(
      'Chain Vest',
      'Chain Vest',
      'Bramble Vest',
      'Neglect 50% bonus damage from all critical strikes. When struck, deal magic damage',
    ),
    recipe('Negatron Cloak', 'Negatron Cloak', "Dragon's Claw", 'Grant 30 bonus magic resist. Reduce incoming magic damage by 30%'),
    recipe('Needlessly Large Rod', 'Needlessly Large Rod', "Rabadon's Deathcap", 'Grant 75 bonus ability power'),
  ];
}

function deck(name: string, champions: string[], traits: string[], win_rate: number, play_rate: number): MetaDeck {
  return { name, champions, traits, win_rate, play_rate };
}

export function defaultMetaDecks(): MetaDeck[] {
  return [
    deck(
      'Syphoners',
      ['Nasus', 'Renekton', 'Rakan', 'Xayah', 'Zeri', 'Sivir', 'Aatrox', 'Kayle'],
      ['Syphoner', 'Shimmerscale', 'Ragewing', 'Swiftshot', 'Guardian'],
      24.3,
      18.7,
    ),
    deck(
      'Mage Guild',
      ['Heimerdinger', 'Ryvra', 'Tulsi', 'Lux', 'Ziggs', 'Sona', 'Bard', 'Lulu'],
      ['Mage', 'Guild', 'Evoker', 'Caretaker', 'Mystic'],
      22.1,
      16.2,
    ),
    deck(
      'Dragonmancer',
      ['Lee Sin', 'Karma', 'Volibear', 'Yasuo', 'Sett', 'Shen', 'Swain', 'Shi Oh Yu'],
      ['Dragonmancer', 'Legendary', 'Mystic', 'Guardian', 'Bruiser'],
      19.8,
      14.5,
    ),
    deck(
      'Assassins',
      ['Pyke', 'Qiyana', 'Diana', 'Talom', 'Akali', 'Katarina', "Kha'Zix", 'Zed'],
      ['Assassin', 'Whispers', 'Scalescorn', 'Thief', 'Mystic'],
      18.2,
      12.3,
    ),
    deck(
      'Cavaliers',
      ['Sejuani', 'Lillia', 'Nunu', 'Hecarim', 'Rell', 'Yone', 'Braum', 'Daeja'],
      ['Cavalier', 'Mirage', 'Guardian', 'Cannon', 'Revel'],
      16.7,
      10.8,
    ),
  ];
}
