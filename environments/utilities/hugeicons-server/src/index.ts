import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getIconGlyphByStyle } from './tools/get-icon-glyph.js';
import { listIcons } from './tools/list-icons.js';
import { searchIcons } from './tools/search-icons.js';

export const hugeiconsServer = defineEnvironment({
  name: 'HugeiconsServer',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'The Hugeicons icon library: page through icons, search them by name and tags, and look up the Unicode ' +
    'glyph of an icon in a visual style.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listIcons, searchIcons, getIconGlyphByStyle],
});

export default hugeiconsServer;
export { scenarioSchema };
export type { HugeiconsState, Icon } from './scenario.js';
