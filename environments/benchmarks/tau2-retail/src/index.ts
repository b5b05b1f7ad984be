import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema, shippedDb } from './scenario.js';
import { getItemDetails, getProductDetails, listAllProductTypes } from './tools/catalog.js';
import { exchangeDeliveredOrderItems, returnDeliveredOrderItems } from './tools/delivered-orders.js';
import { calculate, transferToHumanAgents } from './tools/generic.js';
import { getOrderDetails } from './tools/orders.js';
import {
  cancelPendingOrder,
  modifyPendingOrderAddress,
  modifyPendingOrderItems,
  modifyPendingOrderPayment,
} from './tools/pending-orders.js';
import { findUserIdByEmail, findUserIdByNameZip, getUserDetails, modifyUserAddress } from './tools/users.js';

export const tau2Retail = defineEnvironment({
  name: 'Tau2Retail',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "τ²-bench's retail customer-service domain, with its tool names, arguments, results and error texts: " +
    'identify a customer, read users, products, items and orders, change addresses, modify or cancel pending ' +
    "orders, return or exchange delivered ones. Starts from τ²'s own database (500 users, 1000 orders, 50 products).",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    calculate,
    cancelPendingOrder,
    exchangeDeliveredOrderItems,
    findUserIdByNameZip,
    findUserIdByEmail,
    getOrderDetails,
    getProductDetails,
    getItemDetails,
    getUserDetails,
    listAllProductTypes,
    modifyPendingOrderAddress,
    modifyPendingOrderItems,
    modifyPendingOrderPayment,
    modifyUserAddress,
    returnDeliveredOrderItems,
    transferToHumanAgents,
  ],
});

export default tau2Retail;
export { pythonDumpsSortedStringMap } from './python-json.js';
export { scenarioSchema, shippedDb };
export type { Order, PaymentMethod, Product, RetailDb, User, Variant } from './scenario.js';
