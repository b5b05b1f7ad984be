import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const day = (date: string, recommended_rate: number, demand_level: string) => ({ date, recommended_rate, demand_level });

// Short-term-rental analytics for four markets: Austin (with its downtown as a neighborhood market),
// Nashville, Asheville and Lake Tahoe (California, where the 180-day cap applies). Two addresses have
// stored estimates, three listings have twelve-month figures, and one has a week of smart rates
// around a festival weekend.
export const demo: Input = {
  markets: {
    'mkt-001': { market_id: 'mkt-001', market_name: 'Austin', market_type: 'city', state: 'TX' },
    'mkt-002': { market_id: 'mkt-002', market_name: 'Downtown Austin', market_type: 'neighborhood', state: 'TX' },
    'mkt-003': { market_id: 'mkt-003', market_name: 'Nashville', market_type: 'city', state: 'TN' },
    'mkt-004': { market_id: 'mkt-004', market_name: 'Asheville', market_type: 'city', state: 'NC' },
    'mkt-005': { market_id: 'mkt-005', market_name: 'Lake Tahoe', market_type: 'metro', state: 'CA' },
  },
  rental_estimates: {
    '1100_e_6th_st,_austin,_tx': {
      address: '1100 E 6th St, Austin, TX',
      estimated_revenue: 71540.5,
      average_daily_rate: 245.0,
      occupancy_rate: 80.0,
      confidence_score: 0.92,
    },
    '48_lakeshore_blvd,_south_lake_tahoe,_ca': {
      address: '48 Lakeshore Blvd, South Lake Tahoe, CA',
      estimated_revenue: 58200.0,
      average_daily_rate: 389.0,
      occupancy_rate: 41.0,
      confidence_score: 0.68,
    },
  },
  market_data_map: {
    austin_tx: {
      city: 'Austin',
      state: 'TX',
      market_score: 82,
      average_adr: 212.4,
      average_occupancy: 61.5,
      active_listings: 11873,
      revpar: 130.6,
    },
    nashville_tn: {
      city: 'Nashville',
      state: 'TN',
      market_score: 88,
      average_adr: 238.9,
      average_occupancy: 66.2,
      active_listings: 9412,
      revpar: 158.2,
    },
    asheville_nc: {
      city: 'Asheville',
      state: 'NC',
      market_score: 74,
      average_adr: 186.0,
      average_occupancy: 58.9,
      active_listings: 3120,
      revpar: 109.6,
    },
    'south lake tahoe_ca': {
      city: 'South Lake Tahoe',
      state: 'CA',
      market_score: 69,
      average_adr: 341.7,
      average_occupancy: 44.3,
      active_listings: 2754,
      revpar: 151.4,
    },
  },
  listing_data_map: {
    '53011427': {
      property_id: '53011427',
      revenue_ltm: 68412.0,
      occupancy_ltm: 78.4,
      adr_ltm: 239.1,
      number_of_reviews: 312,
      rating: 4.91,
    },
    '7741209': { property_id: '7741209', revenue_ltm: 22950.5, occupancy_ltm: 47.0, adr_ltm: 133.8, number_of_reviews: 41, rating: 4.55 },
    'tahoe-cabin-9': {
      property_id: 'tahoe-cabin-9',
      revenue_ltm: 0.0,
      occupancy_ltm: 0.0,
      adr_ltm: 0.0,
      number_of_reviews: 0,
      rating: 0.0,
    },
  },
  smart_rates_map: {
    '53011427': {
      airbnb_property_id: '53011427',
      start_date: '2025-03-10',
      end_date: '2025-03-16',
      recommendations: [
        day('2025-03-10', 229.0, 'medium'),
        day('2025-03-11', 235.0, 'medium'),
        day('2025-03-12', 298.0, 'high'),
        day('2025-03-13', 412.0, 'peak'),
        day('2025-03-14', 455.0, 'peak'),
        day('2025-03-15', 440.0, 'peak'),
        day('2025-03-16', 210.0, 'low'),
      ],
    },
  },
};
