import { z } from 'zod';

// Same fields and default world as the reference's MongoDBScenario. Databases, collections and
// documents are free-form JSON objects, exactly as the reference stores them.
const record = () => z.record(z.string(), z.any());

export const scenarioSchema = z.object({
  databases: z.array(record()).default(() => [
    { name: 'admin', sizeOnDisk: 40960, empty: false },
    { name: 'config', sizeOnDisk: 73728, empty: false },
    { name: 'local', sizeOnDisk: 40960, empty: false },
    { name: 'testdb', sizeOnDisk: 204800, empty: false },
    { name: 'analyticsdb', sizeOnDisk: 512000, empty: false },
    { name: 'logsdb', sizeOnDisk: 1048576, empty: false },
  ]),
  collections: z.record(z.string(), z.array(record())).default(() => ({
    testdb: [
      { name: 'users', type: 'collection', options: {} },
      { name: 'orders', type: 'collection', options: {} },
      { name: 'products', type: 'collection', options: {} },
    ],
    analyticsdb: [
      { name: 'events', type: 'collection', options: {} },
      { name: 'sessions', type: 'collection', options: {} },
    ],
    logsdb: [{ name: 'applogs', type: 'collection', options: {} }],
  })),
  documents: z.record(z.string(), z.array(record())).default(() => ({
    'testdb.users': [
      { _id: 'u001', name: 'Alice', email: 'alice@example.com', age: 30, role: 'admin' },
      { _id: 'u002', name: 'Bob', email: 'bob@example.com', age: 25, role: 'user' },
      { _id: 'u003', name: 'Carol', email: 'carol@example.com', age: 35, role: 'user' },
    ],
    'testdb.orders': [
      { _id: 'o001', userId: 'u001', product: 'Laptop', amount: 1200.0, status: 'shipped' },
      { _id: 'o002', userId: 'u002', product: 'Phone', amount: 800.0, status: 'pending' },
      { _id: 'o003', userId: 'u001', product: 'Tablet', amount: 500.0, status: 'delivered' },
    ],
    'testdb.products': [
      { _id: 'p001', name: 'Laptop', price: 1200.0, stock: 50, category: 'electronics' },
      { _id: 'p002', name: 'Phone', price: 800.0, stock: 100, category: 'electronics' },
      { _id: 'p003', name: 'Tablet', price: 500.0, stock: 75, category: 'electronics' },
    ],
    'analyticsdb.events': [
      { _id: 'e001', type: 'click', userId: 'u001', timestamp: '2026-04-17T00:00:00' },
      { _id: 'e002', type: 'view', userId: 'u002', timestamp: '2026-04-17T00:01:00' },
    ],
    'analyticsdb.sessions': [{ _id: 's001', userId: 'u001', duration: 120, pages: 5 }],
    'logsdb.applogs': [
      { _id: 'l001', level: 'INFO', message: 'Server started', timestamp: '2026-04-17T00:00:00' },
      { _id: 'l002', level: 'ERROR', message: 'Connection timeout', timestamp: '2026-04-17T00:05:00' },
    ],
  })),
  next_id_counter: z.int().min(0).default(1000),
});

export type MongoState = z.output<typeof scenarioSchema>;
/** One stored document: any JSON object. */
export type MongoDocument = Record<string, unknown>;
