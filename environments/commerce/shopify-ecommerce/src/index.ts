import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCustomers } from './tools/customers.js';
import { createOrder, getOrders } from './tools/orders.js';
import { createProduct, getProducts } from './tools/products.js';

export const shopifyEcommerce = defineEnvironment({
  name: 'ShopifyEcommerce',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'A Shopify-style online store: list and filter products, orders and customers; create products with variants ' + 'and place orders.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getProducts, createProduct, getOrders, createOrder, getCustomers],
});

export default shopifyEcommerce;
export { scenarioSchema };
export type { Customer, Order, OrderLineItem, Product, ProductVariant, ShopifyState } from './scenario.js';
