import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { HugeiconsState } from '../scenario.js';

export const getIconGlyphByStyle = defineTool({
  name: 'get_icon_glyph_by_style',
  description:
    'Get the Unicode glyph (font character) of an icon in one visual style. icon_name is the exact icon name; ' +
    'style is one of the styles the icon has glyphs for (for example "outline", "solid" or "duotone"). Without ' +
    "style, the icon's first available style is used.",
  input: z.object({
    icon_name: z.string(),
    style: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<HugeiconsState>, args) => {
    const name = args.icon_name;
    if (!name) throw new ToolError('Icon name must be a non-empty string');
    if (!Object.hasOwn(state.iconGlyphsMap, name)) throw new ToolError(`Icon '${name}' not found`);
    const glyphs = state.iconGlyphsMap[name] ?? {};
    if (args.style !== null) {
      if (!Object.hasOwn(glyphs, args.style)) throw new ToolError(`Style '${args.style}' not available for icon '${name}'`);
      return { icon_name: name, style: args.style, glyph: glyphs[args.style] };
    }
    const [style] = Object.keys(glyphs);
    if (style === undefined) throw new ToolError(`Icon '${name}' has no glyphs in any style`);
    return { icon_name: name, style, glyph: glyphs[style] };
  },
});
