import { z } from 'zod';

// Same fields and default world as the reference's HugeiconsScenario: no icon metadata, but glyphs
// for twenty common icons in three styles each.
// A string-keyed map checked by `z.record`, but rebuilt with `Object.fromEntries`: `z.record` assigns
// each key, which turns a `__proto__` key into a prototype instead of keeping it as an entry.
const keyedBy = <T extends z.ZodType>(value: T) => {
  const checked = z.record(z.string(), value);
  return z.unknown().transform((raw, ctx) => {
    const result = checked.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: raw } as never);
      return z.NEVER;
    }
    // z.record skips a `__proto__` key, so its value is checked here.
    const entries: [string, unknown][] = [];
    for (const [key, item] of Object.entries(raw as Record<string, unknown>)) {
      const one = value.safeParse(item);
      if (!one.success) {
        for (const issue of one.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as never);
        return z.NEVER;
      }
      entries.push([key, one.data]);
    }
    return Object.fromEntries(entries) as Record<string, z.output<T>>;
  });
};

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
  iconGlyphsMap: keyedBy(keyedBy(z.string())).default(defaultGlyphs),
});

export type HugeiconsState = z.output<typeof scenarioSchema>;
export type Icon = z.output<typeof iconSchema>;
