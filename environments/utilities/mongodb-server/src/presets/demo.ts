import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A small bookshop's MongoDB deployment. Worth exploring: a customer with no "city" (so sorting
// customers by city is refused), an order whose total is null, a read-only view listed beside
// real collections, an "archive" database with no collections, and ids of mixed styles.
const customers = [
  { _id: 'c101', name: 'Amara Okafor', email: 'amara@example.org', city: 'Lagos', tier: 'gold', joined: '2023-02-11', orders: 14 },
  { _id: 'c102', name: 'Bruno Silva', email: 'bruno.silva@example.com', city: 'Porto', tier: 'silver', joined: '2023-06-30', orders: 6 },
  { _id: 'c103', name: 'Chen Wei', email: 'chen.wei@example.cn', city: 'Chengdu', tier: 'gold', joined: '2022-11-02', orders: 21 },
  { _id: 'c104', name: 'Dana Kowalski', email: 'dana.k@example.pl', city: 'Kraków', tier: 'bronze', joined: '2024-01-19', orders: 2 },
  { _id: 'c105', name: 'Elif Demir', email: 'elif@example.com.tr', city: 'Izmir', tier: 'silver', joined: '2023-09-07', orders: 9 },
  { _id: 'c106', name: 'Farah Haddad', email: 'farah.h@example.com', tier: 'bronze', joined: '2024-03-22', orders: 1 },
  { _id: 'c107', name: 'Gus Lindqvist', email: 'gus@example.se', city: 'Porto', tier: 'bronze', joined: '2024-05-01', orders: 0 },
  { _id: 'c108', name: 'Hana Sato', email: 'hana.sato@example.jp', city: 'Osaka', tier: 'gold', joined: '2022-08-15', orders: 33 },
];

const orders = [
  {
    _id: 'ord-9001',
    customerId: 'c101',
    items: ['978-0141439518', '978-0553418026'],
    total: 31.5,
    status: 'delivered',
    placed: '2025-01-04',
  },
  { _id: 'ord-9002', customerId: 'c103', items: ['978-0062316097'], total: 18.99, status: 'delivered', placed: '2025-01-05' },
  {
    _id: 'ord-9003',
    customerId: 'c108',
    items: ['978-4101001616', '978-0099448822', '978-0679783275'],
    total: 52.25,
    status: 'shipped',
    placed: '2025-01-07',
  },
  { _id: 'ord-9004', customerId: 'c102', items: ['978-0553418026'], total: 14.0, status: 'pending', placed: '2025-01-08' },
  { _id: 'ord-9005', customerId: 'c101', items: ['978-0679783275'], total: 9.5, status: 'cancelled', placed: '2025-01-08' },
  { _id: 'ord-9006', customerId: 'c105', items: ['978-0141439518'], total: 12.75, status: 'shipped', placed: '2025-01-09' },
  {
    _id: 'ord-9007',
    customerId: 'c108',
    items: ['978-0062316097', '978-0141439518'],
    total: 31.74,
    status: 'pending',
    placed: '2025-01-10',
  },
  { _id: 'ord-9008', customerId: 'c104', items: ['978-0099448822'], total: null, status: 'pending', placed: '2025-01-10' },
  { _id: 'ord-9009', customerId: 'c103', items: ['978-4101001616'], total: 22.0, status: 'delivered', placed: '2025-01-11' },
];

const books = [
  {
    _id: '978-0141439518',
    title: 'Pride and Prejudice',
    author: 'Jane Austen',
    genre: 'classic',
    price: 12.75,
    stock: 40,
    tags: ['romance', 'regency'],
  },
  {
    _id: '978-0553418026',
    title: 'The Martian',
    author: 'Andy Weir',
    genre: 'sci-fi',
    price: 14.0,
    stock: 12,
    tags: ['space', 'survival'],
  },
  { _id: '978-0062316097', title: 'Sapiens', author: 'Yuval Noah Harari', genre: 'history', price: 18.99, stock: 0, tags: [] },
  { _id: '978-4101001616', title: 'Kokoro', author: 'Natsume Sōseki', genre: 'classic', price: 22.0, stock: 5, tags: ['japan'] },
  {
    _id: '978-0099448822',
    title: 'Norwegian Wood',
    author: 'Haruki Murakami',
    genre: 'literary',
    price: 15.5,
    stock: 18,
    tags: ['japan', 'romance'],
  },
  {
    _id: '978-0679783275',
    title: 'Pride and Prejudice (Modern Library)',
    author: 'Jane Austen',
    genre: 'classic',
    price: 9.5,
    stock: 7,
    tags: ['romance'],
  },
  {
    _id: '978-1250301697',
    title: 'The Silent Patient',
    author: 'Alex Michaelides',
    genre: 'thriller',
    price: 11.25,
    stock: 22,
    tags: ['mystery'],
  },
];

const pageViews = [
  { _id: 'pv1', customerId: 'c101', page: '/books/978-0141439518', seconds: 42, device: 'mobile', at: '2025-01-10T08:01:00' },
  { _id: 'pv2', customerId: 'c108', page: '/books/978-4101001616', seconds: 130, device: 'desktop', at: '2025-01-10T08:03:10' },
  { _id: 'pv3', customerId: 'c108', page: '/cart', seconds: 15, device: 'desktop', at: '2025-01-10T08:05:44' },
  { _id: 'pv4', customerId: 'c103', page: '/search?q=classic', seconds: 27, device: 'tablet', at: '2025-01-10T09:12:00' },
  { _id: 'pv5', customerId: 'c107', page: '/', seconds: 3, device: 'mobile', at: '2025-01-10T09:20:31' },
  { _id: 'pv6', customerId: 'c101', page: '/cart', seconds: 64, device: 'mobile', at: '2025-01-10T10:00:02' },
];

const dailySales = [
  { _id: '2025-01-08', orders: 2, revenue: 23.5 },
  { _id: '2025-01-09', orders: 1, revenue: 12.75 },
  { _id: '2025-01-10', orders: 2, revenue: 31.74 },
];

const logs = [
  { _id: 'l-0001', level: 'INFO', service: 'api', message: 'Service started on port 8080', at: '2025-01-10T07:59:58' },
  { _id: 'l-0002', level: 'WARN', service: 'payments', message: 'Retrying card authorisation (attempt 2)', at: '2025-01-10T08:05:51' },
  { _id: 'l-0003', level: 'ERROR', service: 'payments', message: 'Card declined: insufficient funds', at: '2025-01-10T08:05:53' },
  { _id: 'l-0004', level: 'INFO', service: 'mailer', message: 'Sent shipping confirmation for ord-9003', at: '2025-01-10T08:30:00' },
  { _id: 'l-0005', level: 'ERROR', service: 'api', message: 'Timeout calling inventory service', at: '2025-01-10T09:41:17' },
];

const collection = (name: string) => ({ name, type: 'collection', options: {} });

export const demo: z.input<typeof scenarioSchema> = {
  databases: [
    { name: 'admin', sizeOnDisk: 40960, empty: false },
    { name: 'config', sizeOnDisk: 61440, empty: false },
    { name: 'local', sizeOnDisk: 73728, empty: false },
    { name: 'bookshop', sizeOnDisk: 368640, empty: false },
    { name: 'analytics', sizeOnDisk: 221184, empty: false },
    { name: 'logs', sizeOnDisk: 131072, empty: false },
    { name: 'archive', sizeOnDisk: 0, empty: true },
  ],
  collections: {
    bookshop: [
      collection('customers'),
      collection('orders'),
      collection('books'),
      { name: 'open_orders', type: 'view', options: { viewOn: 'orders', pipeline: [{ $match: { status: 'pending' } }] } },
    ],
    analytics: [collection('page_views'), collection('daily_sales')],
    logs: [{ name: 'app', type: 'collection', options: { capped: true, size: 1048576 } }],
  },
  documents: {
    'bookshop.customers': customers,
    'bookshop.orders': orders,
    'bookshop.books': books,
    'analytics.page_views': pageViews,
    'analytics.daily_sales': dailySales,
    'logs.app': logs,
  },
  next_id_counter: 5000,
};
