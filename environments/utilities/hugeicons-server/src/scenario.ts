import { z } from 'zod';

// Same fields and default world as the reference's HugeiconsScenario: no icon metadata, but glyphs
// for twenty common icons in three styles each.
export const iconSchema = z.object({
  icon_name: z.string(),
  category: z.string(),
  tags: z.array(z.string()).default([]),
  styles: z.array(z.string()).default([]),
});

const DEFAULT_ICONS = [
  'home',
  'user',
  'search',
  'heart',
  'star',
  'settings',
  'mail',
  'phone',
  'calendar',
  'camera',
  'arrow-right',
  'arrow-left',
  'arrow-up',
  'arrow-down',
  'plus',
  'minus',
  'check',
  'close',
  'menu',
  'download',
];

// Glyphs run through the private-use area from U+E900, three per icon: outline, solid, duotone.
function defaultGlyphs(): Record<string, Record<string, string>> {
  return Object.fromEntries(
    DEFAULT_ICONS.map((name, i) => [
      name,
      {
        outline: String.fromCodePoint(0xe900 + 3 * i),
        solid: String.fromCodePoint(0xe901 + 3 * i),
        duotone: String.fromCodePoint(0xe902 + 3 * i),
      },
    ]),
  );
}

export const scenarioSchema = z.object({
  icons: z.array(iconSchema).default([]),
  iconGlyphsMap: z.record(z.string(), z.record(z.string(), z.string())).default(defaultGlyphs),
});

export type HugeiconsState = z.output<typeof scenarioSchema>;
export type Icon = z.output<typeof iconSchema>;
