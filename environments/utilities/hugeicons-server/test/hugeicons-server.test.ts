import { runCalls, type ScriptedCall } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { type HugeiconsState, hugeiconsServer as icons } from '../src/index.js';

// The kit's runCalls, plus each outcome's content (`results`), which most checks read.
function run(scenario: unknown, calls: ScriptedCall[]) {
  const { outcomes, state } = runCalls(icons, scenario, calls);
  return { outcomes, state, results: outcomes.map((o) => o.content) };
}

function expectFailure(state: HugeiconsState, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = icons.call(state, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(state);
}

const icon = (icon_name: string, category: string, tags: string[] = [], styles: string[] = ['outline']) => ({
  icon_name,
  category,
  tags,
  styles,
});

// Five icons in a known order, with tags in mixed case.
const library = {
  icons: [
    icon('arrow-right', 'navigation', ['next', 'Direction', 'chevron']),
    icon('arrow-left', 'navigation', ['back', 'direction', 'chevron']),
    icon('star', 'social', ['favorite', 'rating']),
    icon('camera', 'media', ['photo']),
    icon('calendar', 'productivity'),
  ],
  iconGlyphsMap: {
    'arrow-right': { outline: '\ue91e', solid: '\ue91f' },
    star: { duotone: '\ue90e', outline: '\ue90c' },
    ghost: {},
  },
};

const names = (content: unknown) => (content as { icons: { icon_name: string }[] }).icons.map((i) => i.icon_name);

describe('HugeiconsServer scenario', () => {
  it('loads the reference default world: no icon metadata, glyphs for twenty icons', () => {
    const state = icons.load({});
    expect(state.icons).toEqual([]);
    expect(Object.keys(state.iconGlyphsMap)).toHaveLength(20);
    expect(state.iconGlyphsMap.home).toEqual({ outline: '\ue900', solid: '\ue901', duotone: '\ue902' });
    expect(state.iconGlyphsMap.download).toEqual({ outline: '\ue939', solid: '\ue93a', duotone: '\ue93b' });
  });

  it('fills tags and styles, drops unknown fields, and rejects icons without a name or category', () => {
    const state = icons.load({ icons: [{ icon_name: 'a', category: 'c', extra: 1 }] });
    expect(state.icons).toEqual([{ icon_name: 'a', category: 'c', tags: [], styles: [] }]);
    expect(() => icons.load({ icons: [{ icon_name: 'a' }] })).toThrow(/icons\.0\.category/);
    expect(() => icons.load({ iconGlyphsMap: { a: { outline: 1 } } })).toThrow(/iconGlyphsMap\.a\.outline/);
  });

  it('ships a demo library whose icons mostly have glyphs for every listed style', () => {
    const state = icons.loadPreset('demo');
    expect(state.icons.length).toBeGreaterThan(30);
    const withGlyphs = state.icons.filter((i) => i.styles.every((s) => state.iconGlyphsMap[i.icon_name]?.[s] !== undefined));
    expect(state.icons.length - withGlyphs.length).toBe(1); // ai-magic has no glyphs yet
  });
});

describe('list_icons', () => {
  it('pages with offset and limit, reading negative bounds like a Python slice', () => {
    const { results } = run(library, [
      ['list_icons'],
      ['list_icons', { limit: 2 }],
      ['list_icons', { offset: 3 }],
      ['list_icons', { limit: 2, offset: 1 }],
      ['list_icons', { limit: 0 }],
      ['list_icons', { limit: -1 }],
      ['list_icons', { offset: -2, limit: 1 }],
      ['list_icons', { offset: -2 }],
      ['list_icons', { offset: 10 }],
      ['list_icons', { limit: '3', offset: null }],
    ]);
    expect(results.map(names)).toEqual([
      ['arrow-right', 'arrow-left', 'star', 'camera', 'calendar'],
      ['arrow-right', 'arrow-left'],
      ['camera', 'calendar'],
      ['arrow-left', 'star'],
      [],
      ['arrow-right', 'arrow-left', 'star', 'camera'],
      ['camera'],
      [], // offset -2 with the default limit ends at index 3, before it starts
      [],
      ['arrow-right', 'arrow-left', 'star'],
    ]);
    expect((results[1] as { icons: unknown[] }).icons[0]).toEqual(library.icons[0]);
  });

  it('refuses a non-integer limit', () => {
    expectFailure(icons.load(library), 'list_icons', { limit: 2.5 }, /limit/);
    expectFailure(icons.load(library), 'list_icons', { offset: 'first' }, /offset/);
  });
});

describe('search_icons', () => {
  it('matches the name case-insensitively and requires every given tag', () => {
    const { results } = run(library, [
      ['search_icons', { query: 'ARROW' }],
      ['search_icons', { query: 'a', tags: ['DIRECTION', 'chevron'] }],
      ['search_icons', { query: 'a', tags: ['next'] }],
      ['search_icons', { query: 'a', tags: [] }],
      ['search_icons', { query: 'a', tags: '["photo"]' }],
      ['search_icons', { query: 'photo' }],
      ['search_icons', { query: 'a', limit: 2 }],
      ['search_icons', { query: 'a', limit: -1 }],
      ['search_icons', { query: 'a', limit: 0 }],
    ]);
    expect(results.map(names)).toEqual([
      ['arrow-right', 'arrow-left'],
      ['arrow-right', 'arrow-left'],
      ['arrow-right'],
      ['arrow-right', 'arrow-left', 'star', 'camera', 'calendar'],
      ['camera'],
      [], // tags are not searched by query
      ['arrow-right', 'arrow-left'],
      ['arrow-right', 'arrow-left', 'star', 'camera'],
      [],
    ]);
  });

  it('refuses an empty or missing query and tags that are not a list', () => {
    const state = icons.load(library);
    expectFailure(state, 'search_icons', { query: '' }, 'Query must be a non-empty string');
    expectFailure(state, 'search_icons', {}, 'Missing required argument "query"');
    expectFailure(state, 'search_icons', { query: 'a', tags: 'photo' }, /tags/);
  });
});

describe('get_icon_glyph_by_style', () => {
  it('returns the glyph of the asked style, or of the first style when none is asked', () => {
    const { results } = run(library, [
      ['get_icon_glyph_by_style', { icon_name: 'arrow-right', style: 'solid' }],
      ['get_icon_glyph_by_style', { icon_name: 'star' }],
      ['get_icon_glyph_by_style', { icon_name: 'star', style: null }],
    ]);
    expect(results).toEqual([
      { icon_name: 'arrow-right', style: 'solid', glyph: '\ue91f' },
      { icon_name: 'star', style: 'duotone', glyph: '\ue90e' },
      { icon_name: 'star', style: 'duotone', glyph: '\ue90e' },
    ]);
  });

  it('looks names up in the glyph map only, exactly', () => {
    const state = icons.load(library);
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'camera' }, "Icon 'camera' not found");
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'STAR' }, "Icon 'STAR' not found");
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'constructor' }, "Icon 'constructor' not found");
  });

  it('reports a missing style, an icon without glyphs and an empty name', () => {
    const state = icons.load(library);
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'star', style: 'solid' }, "Style 'solid' not available for icon 'star'");
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'star', style: '' }, "Style '' not available for icon 'star'");
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: 'ghost' }, "Icon 'ghost' has no glyphs in any style");
    expectFailure(state, 'get_icon_glyph_by_style', { icon_name: '' }, 'Icon name must be a non-empty string');
  });

  it('never changes the library', () => {
    const { state, outcomes } = run(icons.presets.demo, [
      ['list_icons', { limit: 5 }],
      ['search_icons', { query: 'cloud', tags: ['sync'] }],
      ['get_icon_glyph_by_style', { icon_name: 'home-01', style: 'bulk-rounded' }],
    ]);
    expect(outcomes.every((o) => !o.isError)).toBe(true);
    expect(names(outcomes[1]?.content)).toEqual(['cloud-upload', 'cloud-download']);
    expect(state).toEqual(icons.loadPreset('demo'));
  });
});

describe('integer arguments beyond 2^53', () => {
  it('reads huge limits and offsets as Python would (empty or full pages)', () => {
    const { results } = run(library, [
      { name: 'list_icons', arguments: { limit: 1e20 } },
      { name: 'list_icons', arguments: { offset: 1e20 } },
      { name: 'list_icons', arguments: { offset: -1e20, limit: 1 } },
      { name: 'search_icons', arguments: { query: 'arrow', limit: 1e20 } },
    ]);
    expect((results[0] as { icons: unknown[] }).icons).toHaveLength(5);
    expect(results[1]).toEqual({ icons: [] });
    expect(results[2]).toEqual({ icons: [] });
    expect((results[3] as { icons: unknown[] }).icons).toHaveLength(2);
  });

  it('refuses numbers only a float could spell, as pydantic does', () => {
    const state = icons.load(library);
    expectFailure(state, 'list_icons', { limit: 1e308 }, /limit/);
    expectFailure(state, 'list_icons', { offset: 2.5 }, /offset/);
  });
});

describe('glyph-map keys that are JavaScript built-in names', () => {
  it('keeps a "__proto__" icon in the glyph map: found, and saved', () => {
    const scenario = JSON.parse('{"iconGlyphsMap": {"__proto__": {"z": "1", "a": "2"}}}');
    const state = icons.load(scenario);
    expect(icons.call(state, 'get_icon_glyph_by_style', { icon_name: '__proto__' }).content).toEqual({
      icon_name: '__proto__',
      style: 'z',
      glyph: '1',
    });
    expect(Object.keys((icons.save(state) as { iconGlyphsMap: object }).iconGlyphsMap)).toEqual(['__proto__']);
  });

  it('still checks a "__proto__" entry like any other', () => {
    expect(() => icons.load(JSON.parse('{"iconGlyphsMap": {"__proto__": {"s": 1}}}'))).toThrow(/__proto__/);
  });
});
