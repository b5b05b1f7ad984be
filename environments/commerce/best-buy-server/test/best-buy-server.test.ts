import { describe, expect, it } from 'vitest';
import { bestBuyServer } from '../src/index.js';

type Summary = { sku: number; name: string; salePrice: number };
type SearchPage = { from: number; to: number; total: number; currentPage: number; totalPages: number; products: Summary[] };

const demo = () => bestBuyServer.loadPreset('demo');

function call(name: string, args: Record<string, unknown>, state = demo()) {
  return bestBuyServer.call(state, name, args);
}

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = bestBuyServer.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('BestBuyServer', () => {
  it('loads an empty catalog from {} and keeps SKU keys in canonical integer form', () => {
    expect(bestBuyServer.load({})).toEqual({ products: {}, reviews: {}, categories: [], stores: [] });
    const product = demo().products['6602210'];
    const state = bestBuyServer.load({ products: { '0042': { ...product, sku: 42 } }, reviews: { '+42': [] } });
    expect(Object.keys(state.products)).toEqual(['42']);
    expect(Object.keys(state.reviews)).toEqual(['42']);
    expect(() => bestBuyServer.load({ products: { abc: product } })).toThrow(/products\.abc/);
  });

  it('reads numeric text and booleans in number fields, and 0/1 or yes/no words in flags, as pydantic does', () => {
    const product = demo().products['6602210'];
    const store = demo().stores[0];
    const state = bestBuyServer.load({
      products: { '42': { ...product, sku: ' 42 ', salePrice: '19.5', customerReviewCount: true, onSale: 'YES' } },
      stores: store ? [{ ...store, storeId: '7.0', lat: '44.5' }] : [],
    });
    expect(state.products['42']).toMatchObject({ sku: 42, salePrice: 19.5, customerReviewCount: 1, onSale: true });
    expect(state.stores[0]).toMatchObject({ storeId: 7, lat: 44.5 });
    expect(bestBuyServer.load({ products: { '42': { ...product, sku: 42, onSale: 0 } } }).products['42']?.onSale).toBe(false);
    expect(() => bestBuyServer.load({ products: { '42': { ...product, sku: '4.5' } } })).toThrow(/sku/);
    expect(() => bestBuyServer.load({ products: { '42': { ...product, sku: 42, onSale: 'maybe' } } })).toThrow(/onSale/);
  });

  it('rejects scenarios that break the reference constraints', () => {
    const reviews = demo().reviews['6505727'] ?? [];
    expect(() => bestBuyServer.load({ reviews: { '1': [{ ...reviews[0], rating: 6 }] } })).toThrow(/rating/);
    expect(() => bestBuyServer.load({ reviews: { '1': [{ ...reviews[0], submissionTime: 'yesterday' }] } })).toThrow(/submissionTime/);
  });

  describe('search_products', () => {
    it('matches keywords case-insensitively against the product name only', () => {
      const page = call('search_products', { keywords: 'oled' }).content as SearchPage;
      expect(page.products.map((p) => p.sku)).toEqual([6364253, 6569876, 6578123]);
      const none = call('search_products', { keywords: 'Mini LED' }).content as SearchPage;
      expect(none).toEqual({ from: 0, to: 0, total: 0, currentPage: 1, totalPages: 0, products: [] });
    });

    it('pages with limit (10 by default, 0 meaning the default) and reports the first page only', () => {
      const all = call('search_products', { keywords: 'e' }).content as SearchPage;
      expect(all).toMatchObject({ from: 1, to: 10, total: 16, currentPage: 1, totalPages: 2 });
      const three = call('search_products', { keywords: 'e', limit: 3 }).content as SearchPage;
      expect(three).toMatchObject({ from: 1, to: 3, total: 16, totalPages: 6 });
      expect(call('search_products', { keywords: 'e', limit: 0 }).content).toEqual(all);
    });

    it('treats a negative limit as the reference did: drop that many from the end, one page', () => {
      const page = call('search_products', { keywords: 'tv', limit: -1 }).content as SearchPage;
      expect(page).toMatchObject({ from: 1, to: 2, total: 3, totalPages: 1 });
    });

    it('filters by exact category name in the path and by sale price bounds (inclusive)', () => {
      const tvs = call('search_products', { keywords: 'e', category: 'TVs' }).content as SearchPage;
      expect(tvs.products.map((p) => p.sku)).toEqual([6501882, 6535495, 6578123]);
      expect((call('search_products', { keywords: 'e', category: 'tvs' }).content as SearchPage).total).toBe(0);
      const band = call('search_products', { keywords: 'e', min_price: 199.99, max_price: 329.99 }).content as SearchPage;
      expect(band.products.map((p) => [p.sku, p.salePrice])).toEqual([
        [6501882, 199.99],
        [6505727, 329.99],
        [6532711, 229.99],
        [6602210, 329.99],
      ]);
    });

    it('summarizes products with a url built from the SKU and no stock data', () => {
      const page = call('search_products', { keywords: 'Charge 5' }).content as SearchPage;
      expect(page.products).toEqual([
        {
          sku: 6560917,
          name: 'JBL - Charge 5 Portable Waterproof Speaker - Blue',
          salePrice: 139.99,
          regularPrice: 179.99,
          onSale: true,
          inStoreAvailability: false,
          onlineAvailability: false,
          thumbnailImage: 'https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6560/6560917_sa.jpg',
          url: 'https://bestbuy.com/product/6560917',
        },
      ]);
    });

    it('refuses in_stock_only when a product reaches the stock filter, since none has stock data', () => {
      expectFailure(
        'search_products',
        { keywords: 'tv', in_stock_only: true },
        'in_stock_only cannot be applied: the catalog records no stock availability for its products (first match: SKU 6501882)',
      );
      expect((call('search_products', { keywords: 'zzz-no-match', in_stock_only: true }).content as SearchPage).total).toBe(0);
      expect((call('search_products', { keywords: 'tv', in_stock_only: false }).content as SearchPage).total).toBe(3);
    });

    it('requires non-empty keywords', () => {
      expectFailure('search_products', { keywords: '' }, 'Keywords must be a non-empty string');
      expectFailure('search_products', {}, 'Missing required argument "keywords"');
    });
  });

  describe('get_product_details', () => {
    it('returns the full record, reading a numeric string SKU', () => {
      const outcome = call('get_product_details', { sku: '6602210' });
      expect(outcome.isError).toBe(false);
      expect(outcome.content).toMatchObject({ sku: 6602210, categoryPath: [], manufacturer: 'Lenovo', customerReviewCount: 0 });
    });

    it('fails for an unknown SKU', () => {
      expectFailure('get_product_details', { sku: 1 }, 'Product 1 not found');
      expectFailure('get_product_details', { sku: 'abc' }, 'Invalid argument "sku": expected integer, got the string "abc"');
    });
  });

  describe('get_product_reviews', () => {
    it('averages over all reviews while returning only the first page', () => {
      const outcome = call('get_product_reviews', { sku: 6535495 }).content as {
        overallRating: number;
        totalReviewCount: number;
        reviews: { id: number }[];
      };
      expect(outcome.totalReviewCount).toBe(12);
      expect(outcome.reviews).toHaveLength(10);
      expect(outcome.overallRating).toBeCloseTo(52 / 12, 12);
      const two = call('get_product_reviews', { sku: 6535495, limit: 2 }).content as { reviews: { reviewer: { displayName: string } }[] };
      expect(two.reviews.map((r) => r.reviewer.displayName)).toEqual(['HomeTheaterHank', 'JennaP']);
    });

    it('reports a zero rating for a product without reviews', () => {
      expect(call('get_product_reviews', { sku: 6602210 }).content).toEqual({
        sku: 6602210,
        overallRating: 0,
        totalReviewCount: 0,
        reviews: [],
      });
    });

    it('needs the product to exist in the catalog', () => {
      expectFailure('get_product_reviews', { sku: 42 }, 'Product 42 not found');
    });
  });

  it('get_categories returns the whole tree', () => {
    const { categories } = call('get_categories', {}).content as { categories: { name: string }[] };
    expect(categories).toHaveLength(10);
    expect(categories[0]).toMatchObject({ name: 'TV & Home Theater', subCategories: [{ id: 'abcat0101000', name: 'TVs' }] });
  });

  describe('get_stores', () => {
    const ids = (args: Record<string, unknown>) =>
      (call('get_stores', args).content as { stores: { storeId: number }[] }).stores.map((s) => s.storeId);

    it('lists every store without filters and combines city, state and zip filters', () => {
      expect(ids({})).toHaveLength(8);
      expect(ids({ city: 'chicago' })).toEqual([1044, 1435]);
      expect(ids({ city: 'Chicago', state: 'mn' })).toEqual([]);
      expect(ids({ state: 'mn' })).toEqual([281, 10, 1407]);
      expect(ids({ zip_code: '55423' })).toEqual([281]);
    });

    it('searches a radius (25 miles by default) only when both lat and lng are given', () => {
      const downtownMinneapolis = { lat: 44.9778, lng: -93.265 };
      expect(ids(downtownMinneapolis)).toEqual([281, 10, 1407]);
      expect(ids({ ...downtownMinneapolis, radius: 10 })).toEqual([281, 1407]);
      expect(ids({ ...downtownMinneapolis, radius: 0 })).toEqual([281, 10, 1407]);
      expect(ids({ lat: downtownMinneapolis.lat })).toHaveLength(8);
    });

    it('fails when a coordinate is so far off that the squared distance overflows', () => {
      expectFailure(
        'get_stores',
        { lat: 1e308, lng: 0 },
        'lat/lng are too far from the stores to compute a distance (numerical result out of range)',
      );
      expect(ids({ lat: 1e150, lng: 0 })).toEqual([]);
    });
  });
});
