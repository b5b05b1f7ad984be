import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { listBills, sendPaymentRequest } from './tools/bills.js';
import { getCustomerById, getCustomerByName, getCustomerByPhone, getDetailsById } from './tools/customers.js';
import { disableRoaming, enableRoaming, getUsage, refuelData, resumeLine, suspendLine } from './tools/lines.js';

export const telecom = defineEnvironment({
  name: 'Telecom',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'Customer care for a mobile carrier: identify customers by phone, id or name and birth date, review bills and ' +
    'data usage, suspend and resume lines, switch roaming, buy extra data and send payment requests.',
  scenario: scenarioSchema,
  presets: { demo },
  // current_time is a UTC wall-clock time without a zone suffix.
  clock: (state) => `${state.current_time}Z`,
  tools: [
    getCustomerByPhone,
    getCustomerById,
    getCustomerByName,
    getDetailsById,
    listBills,
    getUsage,
    suspendLine,
    resumeLine,
    enableRoaming,
    disableRoaming,
    refuelData,
    sendPaymentRequest,
  ],
});

export default telecom;
export { scenarioSchema };
export type { Bill, Customer, Line, TelecomState } from './scenario.js';
