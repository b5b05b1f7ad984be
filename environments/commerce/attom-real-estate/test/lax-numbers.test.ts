import { describe, expect, it } from 'vitest';
import { attomRealEstate as env } from '../src/index.js';

describe('numbers read like the reference (fuzzing regressions)', () => {
  it('loads numeric text and booleans in numeric scenario fields, saving them as numbers', () => {
    const state = env.load({
      property_details: {
        X: {
          property_id: 'p',
          address: 'X',
          sqft: ' 12 ',
          lot_size: true,
          bedrooms: 3.0,
          bathrooms: '2.5',
          year_built: '2000',
          property_type: 't',
          stories: 1,
          garage_type: 'g',
        },
      },
      tax_assessments: {
        X: {
          assessed_value: true,
          assessed_land_value: false,
          assessed_improvement_value: '1e3',
          tax_amount: 3,
          tax_year: 1900,
          assessment_year: 1900,
        },
      },
    });
    const saved = env.save(state) as any;
    expect(saved.property_details.X).toMatchObject({ sqft: 12, lot_size: 1, bathrooms: 2.5, year_built: 2000 });
    expect(saved.tax_assessments.X).toMatchObject({ assessed_value: 1, assessed_land_value: 0, assessed_improvement_value: 1000 });
  });

  it('still refuses text that is not an integer for an integer field', () => {
    const details = {
      property_id: 'p',
      address: 'X',
      sqft: '1e3',
      lot_size: 0,
      bedrooms: 0,
      bathrooms: 0,
      year_built: 2000,
      property_type: 't',
      stories: 1,
      garage_type: 'g',
    };
    expect(() => env.load({ property_details: { X: details } })).toThrow(/sqft/);
  });

  it('accepts a radius beyond 2^53, as Python integers have no limit', () => {
    const state = env.load({
      schools_by_address: { A: [{ school_name: 'S', distance: 3, school_type: 'Public', grade_level: 'K', rating: 5 }] },
    });
    const outcome = env.call(state, 'get_nearby_schools', { address: 'A', radius: 1e18 });
    expect(outcome.isError).toBe(false);
    expect((outcome.content as any).schools).toHaveLength(1);
    const bad = env.call(state, 'get_nearby_schools', { address: 'A', radius: 1.5 });
    expect(bad.isError).toBe(true);
    expect(bad.state).toBe(state);
  });
});
