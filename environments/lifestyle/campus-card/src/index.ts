import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { lostCard } from './tools/lost-card.js';
import { queryBalance } from './tools/query-balance.js';
import { queryBasicInfo } from './tools/query-basic-info.js';
import { queryTransactions } from './tools/query-transactions.js';
import { recharge } from './tools/recharge.js';
import { updateInfo } from './tools/update-info.js';

export const campusCard = defineEnvironment({
  name: 'CampusCard',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "A university campus card office: check a card's balance and transactions, read the holder's status, top the card up, update contact details and report a card lost.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [queryBalance, queryTransactions, queryBasicInfo, recharge, updateInfo, lostCard],
});

export default campusCard;
export { scenarioSchema };
export type { CampusCardState } from './scenario.js';
