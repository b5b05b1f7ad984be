import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { tftGetChampionItemBuild } from './tools/tft-get-champion-item-build.js';
import { tftGetPlayStyle } from './tools/tft-get-play-style.js';
import { tftListAugments } from './tools/tft-list-augments.js';
import { tftListChampionsForItem } from './tools/tft-list-champions-for-item.js';
import { tftListItemCombinations } from './tools/tft-list-item-combinations.js';
import { tftListMetaDecks } from './tools/tft-list-meta-decks.js';

export const tftServer = defineEnvironment({
  name: 'TFTServer',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'Teamfight Tactics reference data: item builds per champion, play styles, augments, champions that suit an item, item recipes and meta decks.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [tftGetChampionItemBuild, tftGetPlayStyle, tftListAugments, tftListChampionsForItem, tftListItemCombinations, tftListMetaDecks],
});

export default tftServer;
export { scenarioSchema };
export type { TFTServerState } from './scenario.js';
