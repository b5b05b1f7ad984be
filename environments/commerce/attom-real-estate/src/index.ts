import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getNearbySchools } from './tools/nearby-schools.js';
import { getPropertyDetails, getPropertyProfile, getPropertyValuation, getTaxAssessment } from './tools/property-records.js';

export const attomRealEstate = defineEnvironment({
  name: 'AttomRealEstate',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'ATTOM-style property data by street address: identifying profile (APN, FIPS), building details, automated ' +
    'valuation, tax assessment and nearby schools within a radius. Read-only.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getPropertyProfile, getPropertyDetails, getPropertyValuation, getTaxAssessment, getNearbySchools],
});

export default attomRealEstate;
export { scenarioSchema };
export type { AttomState, School } from './scenario.js';
