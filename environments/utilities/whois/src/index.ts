import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { whoisAs, whoisDomain, whoisIp, whoisTld } from './tools/lookups.js';

export const whois = defineEnvironment({
  name: 'Whois',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'An offline WHOIS registry: registration records of domain names, allocations of IP addresses, autonomous ' +
    'systems and top-level domains.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [whoisDomain, whoisIp, whoisAs, whoisTld],
});

export default whois;
export { scenarioSchema };
export type { WhoisState } from './scenario.js';
