import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const ALL = ['stroke-rounded', 'solid-rounded', 'duotone-rounded', 'twotone-rounded', 'bulk-rounded'];
const LINE = ['stroke-rounded', 'stroke-sharp'];

// [name, category, tags, styles]
const icons: [string, string, string[], string[]][] = [
  ['home-01', 'navigation', ['house', 'main', 'dashboard'], ALL],
  ['home-02', 'navigation', ['house', 'building'], ['stroke-rounded', 'solid-rounded']],
  ['menu-01', 'navigation', ['hamburger', 'list', 'nav'], ALL],
  ['arrow-right-01', 'arrows', ['next', 'forward', 'chevron'], ALL],
  ['arrow-left-01', 'arrows', ['back', 'previous', 'chevron'], ALL],
  ['arrow-up-double', 'arrows', ['top', 'scroll', 'Chevron'], LINE],
  ['user', 'users', ['profile', 'account', 'person'], ALL],
  ['user-add-01', 'users', ['invite', 'new', 'person'], ALL],
  ['user-group', 'users', ['team', 'people', 'community'], ['stroke-rounded', 'duotone-rounded']],
  ['search-01', 'interface', ['find', 'magnifier', 'lookup'], ALL],
  ['settings-01', 'interface', ['gear', 'preferences', 'config'], ALL],
  ['notification-01', 'interface', ['bell', 'alert', 'reminder'], ALL],
  ['cancel-01', 'interface', ['close', 'remove', 'x'], ALL],
  ['checkmark-circle-01', 'interface', ['done', 'success', 'confirm'], ALL],
  ['delete-02', 'interface', ['trash', 'remove', 'bin'], ALL],
  ['edit-02', 'interface', ['pencil', 'write', 'modify'], ALL],
  ['mail-01', 'communication', ['email', 'envelope', 'message'], ALL],
  ['message-01', 'communication', ['chat', 'bubble', 'message'], ALL],
  ['call', 'communication', ['phone', 'telephone', 'contact'], ALL],
  ['calendar-03', 'time', ['date', 'schedule', 'event'], ALL],
  ['clock-01', 'time', ['time', 'watch', 'hour'], ALL],
  ['camera-01', 'media', ['photo', 'picture', 'snapshot'], ALL],
  ['image-01', 'media', ['photo', 'gallery', 'picture'], ALL],
  ['video-01', 'media', ['movie', 'film', 'record'], ['stroke-rounded', 'solid-rounded', 'bulk-rounded']],
  ['music-note-01', 'media', ['audio', 'song', 'sound'], ALL],
  ['shopping-cart-01', 'commerce', ['cart', 'buy', 'checkout'], ALL],
  ['credit-card', 'commerce', ['payment', 'card', 'checkout'], ALL],
  ['wallet-01', 'commerce', ['money', 'payment', 'purse'], ALL],
  ['delivery-truck-01', 'commerce', ['shipping', 'delivery', 'logistics'], ['stroke-rounded', 'duotone-rounded']],
  ['cloud-upload', 'files', ['upload', 'storage', 'sync'], ALL],
  ['cloud-download', 'files', ['download', 'storage', 'sync'], ALL],
  ['file-01', 'files', ['document', 'page'], ALL],
  ['folder-01', 'files', ['directory', 'document'], ALL],
  ['lock', 'security', ['password', 'secure', 'private'], ALL],
  ['sun-01', 'weather', ['light', 'day', 'brightness'], ALL],
  ['moon-02', 'weather', ['dark', 'night', 'theme'], ALL],
  ['github', 'brands', [], ['solid-rounded']],
  // Listed in the catalogue before its glyphs were published: search finds it, glyph lookup does not.
  ['ai-magic', 'ai', ['sparkle', 'generate', 'new'], ['stroke-rounded']],
];

// Glyphs from U+E000 upward in catalogue order, one per style the icon lists.
let next = 0xe000;
const iconGlyphsMap: Record<string, Record<string, string>> = {};
for (const [name, , , styles] of icons) {
  if (name === 'ai-magic') continue;
  iconGlyphsMap[name] = Object.fromEntries(styles.map((style) => [style, String.fromCodePoint(next++)]));
}
// Glyphs without catalogue metadata: a legacy alias that list/search never show.
iconGlyphsMap['home'] = { 'stroke-rounded': String.fromCodePoint(next++) };

/**
 * A 38-icon slice of the library with the real Hugeicons style names (stroke, solid, duotone,
 * twotone and bulk, rounded; sharp strokes for one icon). Worth exploring: icons with one or two
 * styles only, an icon without tags, a tag in capitals ("Chevron"), a catalogue icon with no glyphs
 * yet (ai-magic), and a glyph-only legacy name (home) that no listing shows.
 */
export const demo: Input = {
  icons: icons.map(([icon_name, category, tags, styles]) => ({ icon_name, category, tags, styles })),
  iconGlyphsMap,
};
