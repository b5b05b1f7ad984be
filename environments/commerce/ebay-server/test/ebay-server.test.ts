import { describe, expect, it } from 'vitest';
import { ebayServer } from '../src/index.js';

type Summary = { item_id: string; price: { value: number }; seller: Record<string, unknown>; thumbnail: string };
type Search = { total: number; items: Summary[] };

const demo = () => ebayServer.loadPreset('demo');

function call(name: string, args: Record<string, unknown>, state = demo()) {
  return ebayServer.call(state, name, args);
}

const search = (args: Record<string, unknown>, state = demo()) => call('search_items', args, state).content as Search;
const ids = (args: Record<string, unknown>, state = demo()) => search(args, state).items.map((item) => item.item_id);

function expectFailure(name: string, args: Record<string, unknown>, message: string, before = demo()) {
  const outcome = ebayServer.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const item = (id: string, specifics: Record<string, unknown>) => ({
  item_id: id,
  title: 'Thing',
  description: 'A thing',
  price: { value: 1, currency: 'USD' },
  condition: 'NEW',
  seller: { username: 's', feedback_score: 1 },
  item_specifics: specifics,
});

describe('EbayServer', () => {
  it('reads numeric text and booleans in number fields, as pydantic does', () => {
    const state = ebayServer.load({
      items: { A: { ...item('A', {}), price: { value: '12.5', currency: 'USD' }, seller: { username: 's', feedback_score: '7' } } },
      categories: { C: { category_id: 'C', name: 'c', level: true } },
    });
    expect(state.items.A).toMatchObject({ price: { value: 12.5 }, seller: { feedback_score: 7, feedback_percentage: null } });
    expect(state.categories.C?.level).toBe(1);
    expect(() => ebayServer.load({ categories: { C: { category_id: 'C', name: 'c', level: '1.5' } } })).toThrow(/level/);
  });

  it('loads an empty marketplace from {} with a default clock, and checks timestamps', () => {
    expect(ebayServer.load({})).toEqual({ items: {}, listings: {}, orders: {}, categories: {}, current_time: '2025-01-01T00:00:00' });
    expect(() => ebayServer.load({ current_time: '2025-01-01T00:00:00Z' })).toThrow(/current_time/);
    expect(() =>
      ebayServer.load({
        orders: {
          o: {
            order_id: 'o',
            status: 's',
            buyer: { username: 'b', email: 'e' },
            total: { value: 1, currency: 'usd' },
            created_at: '2025-01-01T00:00:00',
          },
        },
      }),
    ).toThrow(/currency/);
  });

  describe('search_items', () => {
    it('matches title or description case-insensitively, in catalog order', () => {
      expect(ids({ keywords: 'VINTAGE' })).toEqual(['204455661388', '335588120045', '335588120190']);
      expect(ids({ keywords: 'zzz' })).toEqual([]);
    });

    it('sorts by price both ways, keeping ties in catalog order', () => {
      const cheap = search({ keywords: 'star wars', sort: 'price' }).items.map((i) => [i.item_id, i.price.value]);
      expect(cheap).toEqual([
        ['335588120045', 85],
        ['335588120190', 95],
      ]);
      expect(ids({ keywords: 'canon', sort: '-price' })).toEqual(['LST000002']);
      expect(ids({ keywords: 'e', sort: '-price', limit: 3 })).toEqual(['204455661230', '266701239954', '155012349901']);
      expect(ids({ keywords: 'e', sort: 'bestMatch', limit: 2 })).toEqual(ids({ keywords: 'e', limit: 2 }));
    });

    it('caps results at limit (10 by default, 0 meaning the default) and reports the count returned', () => {
      expect(search({ keywords: 'e' }).total).toBe(10);
      expect(search({ keywords: 'e', limit: 0 }).total).toBe(10);
      expect(search({ keywords: 'e', limit: 100 }).total).toBe(15);
      expect(search({ keywords: 'e', limit: -3 }).total).toBe(12);
    });

    it('filters by category id as a substring, list membership or object key', () => {
      expect(ids({ keywords: 'e', category_id: '93' })).toEqual(['LST000001', '155012349901', '266701239954', '266701240017']);
      expect(ids({ keywords: 'e', category_id: '15032' })).toEqual(['155012350112']);
      const state = ebayServer.load({
        items: {
          A: item('A', { category_id: ['x', 'yz'] }),
          B: item('B', { category_id: { x: 1 } }),
          E: item('E', {}),
        },
      });
      expect(ids({ keywords: 'thing', category_id: 'x' }, state)).toEqual(['A', 'B']);
      expect(ids({ keywords: 'thing', category_id: 'y' }, state)).toEqual([]);
      expect(ids({ keywords: 'thing', category_id: '' }, state)).toEqual(['E']);
    });

    it('fails the category search on a keyword-matching item whose category_id is a number or null', () => {
      for (const [value, text] of [
        [625, '625'],
        [null, 'null'],
      ] as const) {
        const before = ebayServer.load({ items: { C: item('C', { category_id: value }), E: item('E', {}) } });
        const outcome = ebayServer.call(before, 'search_items', { keywords: 'thing', category_id: '62' });
        expect(outcome).toMatchObject({
          isError: true,
          content: { message: `Cannot filter by category_id: item C has a non-text item_specifics.category_id (${text})` },
        });
        expect(outcome.state).toBe(before);
        // Without a category filter, or when the item does not match the keywords, nothing fails.
        expect(ids({ keywords: 'thing' }, before)).toEqual(['C', 'E']);
        expect(ids({ keywords: 'zzz', category_id: '62' }, before)).toEqual([]);
      }
    });

    it('summarizes with the seller name and score only and the first image as thumbnail', () => {
      const [summary] = search({ keywords: 'XM4' }).items;
      expect(summary).toEqual({
        item_id: '155012347788',
        title: 'Sony WH-1000XM4 Wireless Noise Cancelling Headphones Black',
        price: { value: 198, currency: 'USD' },
        condition: 'NEW',
        seller: { username: 'gadget_outlet_usa', feedback_score: 48211, feedback_percentage: null },
        listing_url: 'https://ebay.com/itm/155012347788',
        thumbnail: 'https://i.ebayimg.com/images/g/xm4a/s-l1600.jpg',
      });
      expect(search({ keywords: 'Samba' }).items[0]?.thumbnail).toBe('');
    });

    it('requires keywords', () => {
      expectFailure('search_items', { keywords: '' }, 'Keywords must be a non-empty string');
    });
  });

  describe('get_item_details and get_order_details', () => {
    it('return the stored records', () => {
      expect(call('get_item_details', { item_id: 'LST000002' }).content).toMatchObject({
        title: 'Canon EF 50mm f/1.8 STM Lens',
        return_policy: { returns_accepted: false },
      });
      expect(call('get_order_details', { order_id: '12-11880-31337' }).content).toMatchObject({
        status: 'CANCELLED',
        shipping_address: {},
      });
    });

    it('reject empty and unknown ids', () => {
      expectFailure('get_item_details', { item_id: '' }, 'Item ID must be a non-empty string');
      expectFailure('get_item_details', { item_id: 'LST000009' }, 'Item LST000009 not found');
      expectFailure('get_order_details', { order_id: '' }, 'Order ID must be a non-empty string');
      expectFailure('get_order_details', { order_id: '12-0' }, 'Order 12-0 not found');
    });
  });

  it('get_categories lists the taxonomy whatever the marketplace', () => {
    const all = call('get_categories', {}).content as { categories: { category_id: string }[] };
    expect(all.categories).toHaveLength(12);
    expect(call('get_categories', { marketplace_id: 'EBAY_GB' }).content).toEqual(all);
  });

  describe('create_listing', () => {
    it('creates an ACTIVE listing at the marketplace clock and a matching item with defaults', () => {
      const outcome = call('create_listing', {
        title: 'Polaroid SX-70',
        description: 'Folding instant camera',
        category_id: '625',
        price: '180',
        quantity: 0,
        condition: '',
      });
      expect(outcome.content).toEqual({
        listing_id: 'LST000004',
        status: 'ACTIVE',
        created_at: '2025-04-14T09:30:00',
        url: 'https://ebay.com/itm/LST000004',
      });
      expect(outcome.state.items.LST000004).toEqual({
        item_id: 'LST000004',
        title: 'Polaroid SX-70',
        description: 'Folding instant camera',
        price: { value: 180, currency: 'USD' },
        condition: 'NEW',
        seller: { username: 'current_user', feedback_score: 0, feedback_percentage: null },
        images: [],
        item_specifics: { category_id: '625', quantity: 1 },
        shipping_options: [],
        return_policy: {},
      });
      expect(ids({ keywords: 'polaroid' }, outcome.state)).toEqual(['LST000004']);
    });

    it('numbers listings by count and, like the reference, replaces a listing and item already under that id', () => {
      const taken = { listing_id: 'LST000002', status: 'ACTIVE', created_at: '2024-01-01T00:00:00', url: 'u' };
      const state = ebayServer.load({
        listings: { LST000002: taken },
        items: { LST000002: item('LST000002', {}) },
        current_time: '2024-05-01T12:00:00',
      });
      const outcome = call('create_listing', { title: 't', description: 'd', category_id: '1', price: 1, currency: 'EUR' }, state);
      expect(outcome.content).toEqual({
        listing_id: 'LST000002',
        status: 'ACTIVE',
        created_at: '2024-05-01T12:00:00',
        url: 'https://ebay.com/itm/LST000002',
      });
      expect(Object.keys(outcome.state.listings)).toEqual(['LST000002']);
      expect(outcome.state.items.LST000002).toMatchObject({ title: 't', price: { value: 1, currency: 'EUR' } });
    });

    it('validates text fields, price and currency without creating anything', () => {
      expectFailure('create_listing', { title: '', description: 'd', category_id: '1', price: 1 }, 'Title must be a non-empty string');
      expectFailure(
        'create_listing',
        { title: 't', description: '', category_id: '1', price: 1 },
        'Description must be a non-empty string',
      );
      expectFailure(
        'create_listing',
        { title: 't', description: 'd', category_id: '', price: 1 },
        'Category ID must be a non-empty string',
      );
      expectFailure('create_listing', { title: 't', description: 'd', category_id: '1', price: -1 }, 'price must be 0 or more, got -1');
      expectFailure(
        'create_listing',
        { title: 't', description: 'd', category_id: '1', price: 5, currency: 'usd' },
        'currency must be a three-letter ISO 4217 code such as USD, got "usd"',
      );
      expectFailure('create_listing', { title: 't', description: 'd', category_id: '1' }, 'Missing required argument "price"');
    });
  });
});
