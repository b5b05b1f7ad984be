import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { exchangeDeliveredOrderItems, returnDeliveredOrderItems } from './tools/delivered-orders.js';
import { getOrderDetails } from './tools/get-order-details.js';
import {
  cancelPendingOrder,
  modifyPendingOrderAddress,
  modifyPendingOrderItems,
  modifyPendingOrderPayment,
} from './tools/pending-orders.js';
import { getProductDetails, listProductTypes } from './tools/products.js';
import { findUserByEmail, findUserByNameZip, getUserDetails, modifyUserAddress } from './tools/users.js';

export const retail = defineEnvironment({
  name: 'Retail',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'Customer-service desk of an online shop: identify a customer (email, or name and zip code), read their profile, ' +
    'the catalog and their orders; change addresses; modify or cancel pending orders; return or exchange items of ' +
    'delivered orders (paid or refunded with a payment method the shop accepts).',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    findUserByEmail,
    findUserByNameZip,
    getUserDetails,
    modifyUserAddress,
    listProductTypes,
    getProductDetails,
    getOrderDetails,
    modifyPendingOrderAddress,
    modifyPendingOrderItems,
    modifyPendingOrderPayment,
    cancelPendingOrder,
    returnDeliveredOrderItems,
    exchangeDeliveredOrderItems,
  ],
});

export default retail;
export { scenarioSchema };
export type { Order, OrderItem, Product, RetailState, User } from './scenario.js';
