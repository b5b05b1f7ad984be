import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCharacterInfo } from './tools/get-character-info.js';
import { getCharacterProfile } from './tools/get-character-profile.js';
import { getEchoInfo } from './tools/get-echo-info.js';

export const wuWa = defineEnvironment({
  name: 'WuWa',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'Wuthering Waves game guide: look up a character’s in-game build and teams, an echo set’s bonuses, or a character’s profile and lore, by Chinese name.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getCharacterInfo, getEchoInfo, getCharacterProfile],
});

export default wuWa;
export { scenarioSchema };
export type { WuWaState } from './scenario.js';
