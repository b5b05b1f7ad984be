import { describe, expect, it } from 'vitest';
import { etsyServer } from '../src/index.js';

type Result = { listing_id: number; price: { amount: number; currency: string }; state?: string };
type Page = { count: number; results: Result[] };

const demo = () => etsyServer.loadPreset('demo');
const CLAY = 28114021;
const TIN = 19875530;
const FRESH = 35500001;

function call(name: string, args: Record<string, unknown>, state = demo()) {
  return etsyServer.call(state, name, args);
}

const ids = (name: string, args: Record<string, unknown>, state = demo()) =>
  (call(name, args, state).content as Page).results.map((r) => r.listing_id);

function expectFailure(name: string, args: Record<string, unknown>, message: string, before = demo()) {
  const outcome = etsyServer.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const newListing = {
  shop_id: FRESH,
  title: 'Soy Candle - Cedar',
  description: '8 oz soy candle',
  price: 22.5,
  quantity: 12,
  taxonomy_id: 1071,
};

describe('EtsyServer', () => {
  it('loads an empty marketplace from {} and reads id keys as integers', () => {
    expect(etsyServer.load({})).toEqual({ listings: {}, shops: {}, receipts: {}, shop_listings: {} });
    const state = etsyServer.load({
      shops: { '007': { shop_id: 7, shop_name: 's', url: 'u', rating: 1 } },
      shop_listings: { ' +7 ': [1] },
    });
    expect(Object.keys(state.shops)).toEqual(['7']);
    expect(Object.keys(state.shop_listings)).toEqual(['7']);
    expect(() => etsyServer.load({ shop_listings: { x: [] } })).toThrow(/shop_listings\.x/);
    expect(() => etsyServer.load({ shops: { '1': { shop_id: 1, shop_name: 's', url: 'u', rating: 5.5 } } })).toThrow(/rating/);
  });

  it('reads numeric text and booleans in number fields, as pydantic does', () => {
    const state = etsyServer.load({
      shops: { '7': { shop_id: '7', shop_name: 's', url: 'u', rating: ' 4.5 ' } },
      shop_listings: { '7': ['1', 2.0, true] },
    });
    expect(state.shops['7']).toMatchObject({ shop_id: 7, rating: 4.5 });
    expect(state.shop_listings['7']).toEqual([1, 2, 1]);
    expect(() => etsyServer.load({ shop_listings: { '7': ['1.5'] } })).toThrow(/shop_listings/);
  });

  describe('search_listings', () => {
    it('matches title, description or tags and shows prices in currency units', () => {
      const page = call('search_listings', { keywords: 'POUR OVER' }).content as Page;
      expect(page).toEqual({
        count: 1,
        results: [
          {
            listing_id: 1502,
            title: 'Ceramic Pour-Over Coffee Dripper',
            price: { amount: 48, currency: 'USD' },
            quantity: 6,
            shop_name: 'WheelhouseClayCo',
            url: 'https://www.etsy.com/listing/1502',
            images: ['https://i.etsystatic.com/demo/il_fullxfull.1502_1.jpg', 'https://i.etsystatic.com/demo/il_fullxfull.1502_2.jpg'],
          },
        ],
      });
      const yen = call('search_listings', { keywords: 'washi' }).content as Page;
      expect(yen.results[0]?.price).toEqual({ amount: 2200, currency: 'JPY' });
    });

    it('filters by category as an exact lower-cased tag, and by price bounds', () => {
      expect(ids('search_listings', { keywords: 'e', category: 'BOHO' })).toEqual([2203]);
      expect(ids('search_listings', { keywords: 'e', category: 'home decor' })).toEqual([2201, 2202]);
      expect(ids('search_listings', { keywords: 'e', min_price: 30, max_price: 50 })).toEqual([1501, 1502, 2202]);
    });

    it('stops at limit and rejects a limit outside 1-100', () => {
      expect((call('search_listings', { keywords: 'e', limit: 3 }).content as Page).count).toBe(3);
      expect((call('search_listings', { keywords: 'e' }).content as Page).count).toBe(10);
      expectFailure('search_listings', { keywords: 'e', limit: 0 }, 'Limit must be between 1 and 100');
      expectFailure('search_listings', { keywords: 'e', limit: 101 }, 'Limit must be between 1 and 100');
      expectFailure('search_listings', { keywords: '' }, 'Keywords must be a non-empty string');
    });
  });

  describe('get_listing_details', () => {
    it('returns the stored listing with its raw price', () => {
      expect(call('get_listing_details', { listing_id: '1504' }).content).toMatchObject({
        quantity: 0,
        price: { amount: 1800, currency: 'USD', divisor: 100 },
      });
    });

    it('fails for a listing that does not exist', () => {
      expectFailure('get_listing_details', { listing_id: 1999 }, 'Listing 1999 not found');
    });
  });

  describe('get_shop_listings', () => {
    it("limits the shop's id list before skipping removed listings, echoing status as state", () => {
      expect(ids('get_shop_listings', { shop_id: TIN })).toEqual([3301, 3302, 3303]);
      const page = call('get_shop_listings', { shop_id: TIN, limit: 2, status: 'inactive' }).content as Page;
      expect(page.results.map((r) => [r.listing_id, r.state])).toEqual([
        [3301, 'inactive'],
        [3302, 'inactive'],
      ]);
      expect(call('get_shop_listings', { shop_id: TIN }).content).toMatchObject({
        results: [{}, {}, { price: { amount: 68, currency: 'EUR' } }],
      });
      expect(call('get_shop_listings', { shop_id: FRESH }).content).toEqual({ count: 0, results: [] });
    });

    it('needs a known shop and a limit within 1-100', () => {
      expectFailure('get_shop_listings', { shop_id: 1 }, 'Shop 1 not found');
      expectFailure('get_shop_listings', { shop_id: CLAY, limit: 0 }, 'Limit must be between 1 and 100');
    });
  });

  describe('get_receipts', () => {
    it('returns every receipt in an inclusive time window once the shop exists', () => {
      expect((call('get_receipts', { shop_id: FRESH }).content as Page).count).toBe(8);
      const window = call('get_receipts', { shop_id: CLAY, min_created: 1709395200, max_created: 1709640000 }).content as {
        results: { receipt_id: number }[];
      };
      expect(window.results.map((r) => r.receipt_id)).toEqual([7700103, 7700104, 7700105, 7700106]);
    });

    it('needs a known shop and whole-second bounds', () => {
      expectFailure('get_receipts', { shop_id: 999 }, 'Shop 999 not found');
      expectFailure(
        'get_receipts',
        { shop_id: CLAY, min_created: 1.5 },
        'Invalid argument "min_created": expected integer, got number 1.5',
      );
    });
  });

  describe('create_listing', () => {
    it('adds a USD listing after the highest id and appends it to the shop', () => {
      const outcome = call('create_listing', newListing);
      expect(outcome.content).toEqual({
        listing_id: 5104,
        title: 'Soy Candle - Cedar',
        state: 'active',
        creation_tsz: 1709640834,
        url: 'https://www.etsy.com/listing/5104',
      });
      expect(outcome.state.listings['5104']).toEqual({
        listing_id: 5104,
        title: 'Soy Candle - Cedar',
        description: '8 oz soy candle',
        price: { amount: 2250, currency: 'USD', divisor: 100 },
        quantity: 12,
        shop: { shop_id: FRESH, shop_name: 'FreshStartCandles', url: 'https://www.etsy.com/shop/FreshStartCandles', rating: 0 },
        images: [],
        tags: [],
        materials: [],
        shipping_profile: {},
      });
      expect(outcome.state.shop_listings[String(FRESH)]).toEqual([5104]);
      expect(ids('search_listings', { keywords: 'candle' }, outcome.state)).toEqual([5104]);
    });

    it('starts at 1 in an empty catalog and opens a list for a shop that had none', () => {
      const state = etsyServer.load({ shops: { '7': { shop_id: 7, shop_name: 's', url: 'u', rating: 1 } } });
      const outcome = call('create_listing', { ...newListing, shop_id: 7, price: 19.99 }, state);
      expect(outcome.content).toMatchObject({ listing_id: 1 });
      expect(outcome.state.shop_listings).toEqual({ '7': [1] });
      expect(outcome.state.listings['1']?.price.amount).toBe(19.99 * 100);
    });

    it('checks shop, text, price and quantity in that order and creates nothing on failure', () => {
      expectFailure('create_listing', { ...newListing, shop_id: 999, title: '' }, 'Shop 999 not found');
      expectFailure('create_listing', { ...newListing, title: '' }, 'Title must be a non-empty string');
      expectFailure('create_listing', { ...newListing, description: '' }, 'Description must be a non-empty string');
      expectFailure('create_listing', { ...newListing, price: -0.5, quantity: -1 }, 'price must be 0 or more, got -0.5');
      expectFailure('create_listing', { ...newListing, quantity: -1 }, 'quantity must be 0 or more, got -1');
      const { taxonomy_id: _omitted, ...withoutTaxonomy } = newListing;
      expectFailure('create_listing', withoutTaxonomy, 'Missing required argument "taxonomy_id"');
    });
  });
});
