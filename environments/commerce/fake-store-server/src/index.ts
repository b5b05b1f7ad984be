import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAllCarts, getUserCart } from './tools/carts.js';
import { createProduct, getAllCategories, getAllProducts, getProductById, getProductsByCategory } from './tools/products.js';
import { userLogin } from './tools/user-login.js';

export const fakeStoreServer = defineEnvironment({
  name: 'FakeStoreServer',
  domain: 'commerce',
  version: '0.1.0',
  description: 'A small online store: browse and add products, list categories, look up shopping carts by user, and sign users in.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getAllProducts, getProductById, getProductsByCategory, getAllCategories, createProduct, getAllCarts, getUserCart, userLogin],
});

export default fakeStoreServer;
export { scenarioSchema };
export type { Cart, FakeStoreState, Product } from './scenario.js';
