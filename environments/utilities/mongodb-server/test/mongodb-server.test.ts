import { describe, expect, it } from 'vitest';
import { mongodbServer as env } from '../src/index.js';

type Docs = { documents: Record<string, unknown>[]; results: Record<string, unknown>[]; count: number };

function call(scenario: unknown, name: string, args: Record<string, unknown>) {
  return env.call(env.load(scenario), name, args);
}

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(before);
}

const demo = env.presets.demo;
const ids = (content: unknown) => ((content as Docs).documents ?? (content as Docs).results).map((d) => d._id);
const find = (args: Record<string, unknown>, scenario: unknown = {}) =>
  call(scenario, 'find', { database: 'testdb', collection: 'users', ...args }).content;
const agg = (pipeline: unknown[], collection = 'users', scenario: unknown = {}) =>
  call(scenario, 'aggregate', { database: 'testdb', collection, pipeline }).content as Docs;

describe('MongoDBServer', () => {
  it('loads the reference default world from {}', () => {
    const state = env.load({});
    expect(state.databases.map((d) => d.name)).toEqual(['admin', 'config', 'local', 'testdb', 'analyticsdb', 'logsdb']);
    expect(Object.keys(state.documents)).toHaveLength(6);
    expect(state.next_id_counter).toBe(1000);
  });

  it('lists databases and collections; unknown databases have none', () => {
    expect((call(demo, 'list_databases', {}).content as { databases: unknown[] }).databases).toHaveLength(7);
    expect(call(demo, 'list_collections', { database: 'archive' }).content).toEqual({ database: 'archive', collections: [] });
    const bookshop = call(demo, 'list_collections', { database: 'bookshop' }).content as { collections: { name: string; type: string }[] };
    expect(bookshop.collections.map((c) => `${c.name}:${c.type}`)).toEqual([
      'customers:collection',
      'orders:collection',
      'books:collection',
      'open_orders:view',
    ]);
    expectFailure(demo, 'list_collections', { database: '' }, 'database must be a non-empty string');
  });

  it('filters by exact equality, where 1 == 1.0 == true and a missing field equals null', () => {
    expect(ids(find({ filter: { role: 'user', age: 25.0 } }))).toEqual(['u002']);
    expect(ids(find({ filter: { nickname: null } }))).toEqual(['u001', 'u002', 'u003']);
    expect(ids(find({ filter: { age: { $gt: 20 } } }))).toEqual([]);
    const flags = {
      documents: {
        'f.x': [
          { _id: 1, on: true },
          { _id: 2, on: 1 },
          { _id: 3, on: 0 },
        ],
      },
    };
    expect(ids(call(flags, 'find', { database: 'f', collection: 'x', filter: { on: 1 } }).content)).toEqual([1, 2]);
  });

  it('sorts stably by several keys, the first key deciding', () => {
    expect(ids(find({ sort: { role: 1, age: -1 } }))).toEqual(['u001', 'u003', 'u002']);
    expect(ids(find({ sort: '{"age": -1}' }))).toEqual(['u003', 'u001', 'u002']);
    // Only -1 means descending.
    expect(ids(find({ sort: { age: '-1' } }))).toEqual(['u002', 'u001', 'u003']);
  });

  it('refuses to sort on a field some documents lack, or on values of mixed types', () => {
    expectFailure(
      {},
      'find',
      { database: 'testdb', collection: 'users', sort: { nickname: 1 } },
      'Cannot sort by "nickname": some documents have no value (missing or null) to order by',
    );
    expectFailure(demo, 'find', { database: 'bookshop', collection: 'customers', sort: { city: 1 } }, /Cannot sort by "city"/);
    const mixed = {
      documents: {
        'm.x': [
          { _id: 1, v: 2 },
          { _id: 2, v: 'two' },
        ],
      },
    };
    expectFailure(
      mixed,
      'aggregate',
      { database: 'm', collection: 'x', pipeline: [{ $sort: { v: 1 } }] },
      'Cannot sort by "v": values of different types (int, str) cannot be ordered',
    );
    // A single document never needs a comparison.
    expect(
      ids(call(demo, 'find', { database: 'bookshop', collection: 'customers', filter: { _id: 'c106' }, sort: { city: 1 } }).content),
    ).toEqual(['c106']);
  });

  it('pages with skip and limit using Python slicing, then projects', () => {
    expect(ids(find({ skip: 1, limit: 1 }))).toEqual(['u002']);
    expect(ids(find({ limit: -1 }))).toEqual(['u001', 'u002']);
    expect(ids(find({ skip: -1 }))).toEqual(['u003']);
    expect(ids(find({ limit: 0 }))).toEqual([]);
    expect((find({ projection: { name: 1 }, limit: 1 }) as Docs).documents).toEqual([{ name: 'Alice' }]);
    expect((find({ projection: { _id: 0, email: 0, age: 0 }, limit: 1 }) as Docs).documents).toEqual([{ name: 'Alice', role: 'admin' }]);
    expect(find({ filter: { role: 'user' }, limit: 1 })).toMatchObject({ database: 'testdb', collection: 'users', count: 1 });
  });

  it('returns nothing for an unknown collection and rejects empty names', () => {
    expect(find({}, {})).toMatchObject({ count: 3 });
    expect(call({}, 'find', { database: 'nodb', collection: 'x' }).content).toEqual({
      database: 'nodb',
      collection: 'x',
      documents: [],
      count: 0,
    });
    expectFailure({}, 'find', { database: '', collection: 'users' }, 'database must be a non-empty string');
    expectFailure({}, 'find', { database: 'testdb', collection: '' }, 'collection must be a non-empty string');
  });

  it('runs $match, $sort, $skip, $limit, $project and $count stages in order', () => {
    const out = agg([{ $match: { role: 'user' } }, { $sort: { age: -1 } }, { $limit: 1 }, { $project: { name: 1 } }]);
    expect(out).toEqual({ database: 'testdb', collection: 'users', results: [{ name: 'Carol' }], count: 1 });
    expect(agg([{ $skip: 2 }]).results.map((d) => d._id)).toEqual(['u003']);
    expect(agg([{ $count: 'total' }]).results).toEqual([{ total: 3 }]);
    expect(agg([{ $match: { role: 'nobody' } }, { $count: 'n' }]).results).toEqual([{ n: 0 }]);
    // A stage naming two operators runs the first recognised one; unknown stages are skipped.
    expect(agg([{ $sort: { age: 1 }, $match: { role: 'user' } }]).count).toBe(2);
    expect(agg([{ $lookup: { from: 'orders' } }]).count).toBe(3);
  });

  it('groups with $sum, $avg, $push and $first', () => {
    const out = agg(
      [
        {
          $group: {
            _id: '$userId',
            n: { $sum: 1 },
            total: { $sum: '$amount' },
            avg: { $avg: '$amount' },
            products: { $push: '$product' },
            first: { $first: '$status' },
          },
        },
      ],
      'orders',
    );
    expect(out.results).toEqual([
      { _id: 'u001', n: 2, total: 1700, avg: 850, products: ['Laptop', 'Tablet'], first: 'shipped' },
      { _id: 'u002', n: 1, total: 800, avg: 800, products: ['Phone'], first: 'pending' },
    ]);
    // Group keys merge as Python dict keys do: 1, 1.0 and true are one key.
    const keys = { documents: { 'g.k': [{ _id: 1, k: 1 }, { _id: 2, k: true }, { _id: 3, k: '1' }, { _id: 4 }] } };
    const grouped = call(keys, 'aggregate', {
      database: 'g',
      collection: 'k',
      pipeline: [{ $group: { _id: '$k', ids: { $push: '$_id' } } }],
    }).content as Docs;
    expect(grouped.results).toEqual([
      { _id: 1, ids: [1, 2] },
      { _id: '1', ids: [3] },
      { _id: null, ids: [4] },
    ]);
  });

  it('refuses malformed stages without changing anything', () => {
    const users = { database: 'testdb', collection: 'users' };
    expectFailure(
      {},
      'aggregate',
      { ...users, pipeline: [{ $sort: 'age' }] },
      'pipeline[0].$sort must be an object mapping field names to values',
    );
    expectFailure({}, 'aggregate', { ...users, pipeline: [{ $limit: 'two' }] }, 'pipeline[0].$limit must be an integer, got str');
    expectFailure({}, 'aggregate', { ...users, pipeline: [5] }, 'pipeline[0] must be an object such as {"$match": {...}}, got 5');
    expectFailure(
      {},
      'aggregate',
      { ...users, pipeline: [{ $group: { _id: '$role', n: { $sum: '$name' } } }] },
      'pipeline[0].$group.n: cannot add str to int (only numbers can be summed)',
    );
    expectFailure(
      {},
      'aggregate',
      { ...users, pipeline: [{ $group: { _id: { r: '$role' } } }] },
      'pipeline[0].$group._id: a dict cannot be used as a group key',
    );
    expectFailure(
      demo,
      'aggregate',
      { database: 'bookshop', collection: 'orders', pipeline: [{ $group: { _id: null, sum: { $sum: '$total' } } }] },
      /cannot add NoneType/,
    );
  });

  it('inserts documents, creating the database and collection and generating ids', () => {
    let state = env.load({});
    const first = env.call(state, 'insert_one', { database: 'crm', collection: 'leads', document: { name: 'Zoe' } });
    state = first.state;
    expect(first.content).toEqual({ acknowledged: true, inserted_id: 'gen_1000', document: { name: 'Zoe', _id: 'gen_1000' } });
    const second = env.call(state, 'insert_one', { database: 'crm', collection: 'leads', document: '{"_id": 7, "name": "Yan"}' });
    state = second.state;
    expect(second.content).toMatchObject({ inserted_id: '7' });
    expect(state.next_id_counter).toBe(1001);
    expect(state.databases.at(-1)).toEqual({ name: 'crm', sizeOnDisk: 0, empty: false });
    expect(state.collections.crm).toEqual([{ name: 'leads', type: 'collection', options: {} }]);
    expect(state.documents['crm.leads']).toHaveLength(2);
  });

  it('prints non-string ids the way Python does', () => {
    const inserted = (id: unknown) =>
      (call({}, 'insert_one', { database: 'd', collection: 'c', document: { _id: id } }).content as { inserted_id: string }).inserted_id;
    expect(inserted(true)).toBe('True');
    expect(inserted(null)).toBe('None');
    expect(inserted(0.00001)).toBe('1e-05');
    expect(inserted({ a: [1, "it's", null] })).toBe(`{'a': [1, "it's", None]}`);
  });

  it('refuses an insert into a scenario entry with no name, changing nothing', () => {
    expectFailure(
      { databases: [{ sizeOnDisk: 1 }] },
      'insert_one',
      { database: 'x', collection: 'y', document: {} },
      'A database entry in the scenario has no "name" field',
    );
    expectFailure({}, 'insert_one', { database: '', collection: 'y', document: {} }, 'database must be a non-empty string');
    expectFailure({}, 'insert_one', { database: 'x', collection: '', document: {} }, 'collection must be a non-empty string');
  });

  it('reads next_id_counter the way pydantic does (numeric text, booleans)', () => {
    expect(env.load({ next_id_counter: ' 7 ' }).next_id_counter).toBe(7);
    expect(env.load({ next_id_counter: true }).next_id_counter).toBe(1);
    expect(() => env.load({ next_id_counter: '7.5' })).toThrow(/next_id_counter/);
  });

  it('fails insert_one on a nameless entry even when an earlier entry matches', () => {
    const scenario = {
      databases: [{ name: 'shop' }, { size: 1 }],
      collections: { shop: [{ name: 'orders' }, { type: 'view' }] },
      documents: {},
    };
    expectFailure(
      scenario,
      'insert_one',
      { database: 'shop', collection: 'orders', document: { a: 1 } },
      /database entry in the scenario has no "name"/,
    );
    const onlyCollection = { ...scenario, databases: [{ name: 'shop' }] };
    expectFailure(
      onlyCollection,
      'insert_one',
      { database: 'shop', collection: 'orders', document: { a: 1 } },
      /collection entry in the scenario has no "name"/,
    );
  });

  it('reports a huge integer _id with the digits the reference received', () => {
    const outcome = call({}, 'insert_one', { database: 'a', collection: 'b', document: { _id: 12345678901234567000 } });
    expect(outcome.content).toMatchObject({ inserted_id: '12345678901234567000' });
    const exponent = call({}, 'insert_one', { database: 'a', collection: 'b', document: { _id: 1e21 } });
    expect(exponent.content).toMatchObject({ inserted_id: '1e+21' });
  });
});
