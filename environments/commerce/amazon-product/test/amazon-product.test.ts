import { describe, expect, it } from 'vitest';
import { amazonProduct as env } from '../src/index.js';

function call(scenario: unknown, name: string, args: Record<string, unknown>) {
  return env.call(env.load(scenario), name, args);
}

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const demo = env.presets.demo;
const asins = (content: unknown, key: string) => (content as Record<string, { ASIN: string }[]>)[key]?.map((r) => r.ASIN);

// 25 products titled "Widget 0" … "Widget 24", to exercise paging.
const widgets = {
  products: Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => {
      const asin = `W${String(i).padStart(9, '0')}`;
      return [asin, { ASIN: asin, title: `Widget ${i}`, detail_page_url: `https://example.com/${asin}` }];
    }),
  ),
};

describe('AmazonProduct', () => {
  it('loads an empty catalog from {} with the ten standard search indexes', () => {
    const state = env.load({});
    expect(state.products).toEqual({});
    expect(state.deals).toEqual([]);
    expect(Object.keys(state.search_index_map)).toEqual([
      'All',
      'Electronics',
      'Books',
      'Clothing',
      'Home',
      'Sports',
      'Toys',
      'Beauty',
      'Automotive',
      'Garden',
    ]);
  });

  it('fills optional product fields with null and rejects malformed records', () => {
    const state = env.load({ products: { B000000001: { ASIN: 'B000000001', title: 't', detail_page_url: 'u' } } });
    expect(state.products.B000000001).toEqual({
      ASIN: 'B000000001',
      title: 't',
      detail_page_url: 'u',
      price: null,
      image_url: null,
      rating: null,
      total_reviews: null,
    });
    expect(() => env.load({ products: { x: { ASIN: 'lowercase1', title: 't', detail_page_url: 'u' } } })).toThrow(/ASIN/);
    expect(() => env.load({ items: { x: { ASIN: 'B000000001', title: 't', rating: 5.5 } } })).toThrow(/rating/);
  });

  it('searches titles case-insensitively, narrowed by a search index that has products', () => {
    expect(asins(call(demo, 'search_items', { keywords: 'kindle' }).content, 'products')).toHaveLength(4);
    expect(asins(call(demo, 'search_items', { keywords: 'KINDLE', search_index: 'Electronics' }).content, 'products')).toEqual([
      'B0BSHF7WHW',
      'B09SWW583J',
    ]);
    expect(asins(call(demo, 'search_items', { keywords: 'kindle', search_index: 'Books' }).content, 'products')).toEqual(['1984801252']);
    // No products assigned to Toys, and no such index as Gadgets: both search everything.
    expect(asins(call(demo, 'search_items', { keywords: 'kindle kids', search_index: 'Toys' }).content, 'products')).toEqual([
      'B0CFPJYX7P',
    ]);
    expect(asins(call(demo, 'search_items', { keywords: 'air fryer', search_index: 'Gadgets' }).content, 'products')).toEqual([
      'B0874ZZH8R',
    ]);
  });

  it("pages results ten at a time, with the reference's slicing for pages below 1", () => {
    const page = (item_page: number) => asins(call(widgets, 'search_items', { keywords: 'widget', item_page }).content, 'products') ?? [];
    expect(page(1)).toHaveLength(10);
    expect(page(3)).toEqual(['W000000020', 'W000000021', 'W000000022', 'W000000023', 'W000000024']);
    expect(page(4)).toEqual([]);
    expect(page(0)).toEqual([]);
    expect(page(-1)).toEqual([
      'W000000005',
      'W000000006',
      'W000000007',
      'W000000008',
      'W000000009',
      'W000000010',
      'W000000011',
      'W000000012',
      'W000000013',
      'W000000014',
    ]);
  });

  it('returns item details for known ASINs only, in the order asked', () => {
    const outcome = call(demo, 'get_items', { asins: ['B0C1H26C46', 'B08J65DST5', 'NOTANASIN0', 'B08KTZ8249'], resources: ['ItemInfo'] });
    expect(asins(outcome.content, 'items')).toEqual(['B0C1H26C46', 'B08KTZ8249']);
    expect((outcome.content as { items: unknown[] }).items[0]).toMatchObject({
      availability: 'In Stock',
      features: ['Industry-leading noise canceling', '30-hour battery life', 'Multipoint connection'],
    });
  });

  it('lists variations of a parent and an empty list for a product without any', () => {
    expect(asins(call(demo, 'get_variations', { asin: 'B0BX4FK1W4' }).content, 'variations')).toEqual(['B0BX4FK1W5', 'B0BX4FK1W6']);
    expect(call(demo, 'get_variations', { asin: 'B08KTZ8249' }).content).toEqual({ variations: [] });
  });

  it('looks up browse nodes by id, skipping unknown ids', () => {
    const outcome = call(demo, 'get_browse_nodes', { browse_node_ids: ['541966', '999', '172282'] });
    expect((outcome.content as { browse_nodes: { name: string }[] }).browse_nodes.map((n) => n.name)).toEqual([
      'Computers & Accessories',
      'Electronics',
    ]);
  });

  it('returns every deal whatever deal_types says', () => {
    const all = call(demo, 'get_deals', {}).content as { deals: unknown[] };
    expect(all.deals).toHaveLength(5);
    expect(call(demo, 'get_deals', { deal_types: ['LightningDeals'] }).content).toEqual(all);
  });

  it('refuses empty keywords, ASIN lists and node lists without changing anything', () => {
    expectFailure(demo, 'search_items', { keywords: '' }, 'Keywords must be a non-empty string');
    expectFailure(demo, 'get_items', { asins: [] }, 'ASINs must be a non-empty list');
    expectFailure(demo, 'get_variations', { asin: '' }, 'ASIN must be a non-empty string');
    expectFailure(demo, 'get_browse_nodes', { browse_node_ids: [] }, 'Browse node IDs must be a non-empty list');
    expectFailure(
      demo,
      'search_items',
      { keywords: 'x', item_page: 1.5 },
      'Invalid argument "item_page": expected integer, got number 1.5',
    );
  });

  it('reads numeric and boolean fields of a scenario the way pydantic does', () => {
    const state = env.load({
      products: {
        B000000001: {
          ASIN: 'B000000001',
          title: 't',
          detail_page_url: 'u',
          rating: '4.5',
          total_reviews: true,
          price: { amount: ' 12 ', currency: 'USD' },
        },
      },
      browse_nodes: { 1: { id: '1', name: 'n', is_root: 'yes' }, 2: { id: '2', name: 'm', is_root: 0 } },
    });
    expect(state.products.B000000001).toMatchObject({ rating: 4.5, total_reviews: 1, price: { amount: 12 } });
    expect(state.browse_nodes['1']?.is_root).toBe(true);
    expect(state.browse_nodes['2']?.is_root).toBe(false);
    expect(() => env.load({ browse_nodes: { 1: { id: '1', name: 'n', is_root: 2 } } })).toThrow(/is_root/);
  });
});
