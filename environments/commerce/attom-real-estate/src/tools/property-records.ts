import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { AttomState } from '../scenario.js';
import { recordAt, requireAddress } from './address.js';

const byAddress = z.object({ address: z.string() });
const ADDRESS_HINT = 'Pass the address exactly as it is keyed in the dataset (e.g. "123 Main St"); an unknown address is an error.';

export const getPropertyProfile = defineTool({
  name: 'get_property_profile',
  description:
    'Look up the identifying profile of a property: ATTOM property id, county FIPS code, assessor parcel number (APN), ' +
    `standardized street address, city, two-letter state and ZIP. ${ADDRESS_HINT}`,
  input: byAddress,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AttomState>, args) => recordAt(state.property_profiles, requireAddress(args.address), 'Property profile'),
});

export const getPropertyDetails = defineTool({
  name: 'get_property_details',
  description:
    'Look up the building characteristics of a property: living area and lot size (sq ft), bedrooms, bathrooms ' +
    `(half baths as .5), year built, property type, number of stories and garage type. ${ADDRESS_HINT}`,
  input: byAddress,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AttomState>, args) => recordAt(state.property_details, requireAddress(args.address), 'Property details'),
});

export const getPropertyValuation = defineTool({
  name: 'get_property_valuation',
  description:
    'Get the automated valuation (AVM) of a property: estimated market value in USD, its low/high range, a confidence ' +
    `rating (e.g. High/Medium/Low) and the valuation date. ${ADDRESS_HINT}`,
  input: byAddress,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AttomState>, args) => recordAt(state.property_valuations, requireAddress(args.address), 'Property valuation'),
});

export const getTaxAssessment = defineTool({
  name: 'get_tax_assessment',
  description:
    'Get the tax assessor record of a property: total assessed value split into land and improvements, the annual ' +
    `tax bill, the tax year and the assessment year. ${ADDRESS_HINT}`,
  input: byAddress,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AttomState>, args) => recordAt(state.tax_assessments, requireAddress(args.address), 'Tax assessment'),
});
