import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Row = [
  id: string,
  address: string,
  city: string,
  state: string,
  zip: string,
  beds: number,
  baths: number,
  sqft: number,
  built: number,
  type: string,
  owner: string,
];

// An investor's watch list in Austin, Denver and the two Portlands (OR and ME, so state matters in
// searches). Edge cases: properties without a valuation, a studio (0 bedrooms), a home both for sale
// and for rent, prices exactly on round bounds, and a ZIP code with properties but no market data.
const properties: Row[] = [
  ['RC-AUS-001', '2107 Bluebonnet Ln', 'Austin', 'TX', '78704', 3, 2, 1640, 1958, 'Single Family', 'Marisol Vega'],
  ['RC-AUS-002', '4410 Avenue D', 'Austin', 'TX', '78751', 2, 1, 1010, 1936, 'Single Family', 'Hyde Park Holdings LLC'],
  ['RC-AUS-003', '300 Bowie St Unit 2804', 'Austin', 'TX', '78703', 1, 1, 820, 2009, 'Condo', 'Daniel Okafor'],
  ['RC-AUS-004', '11820 Tanglebriar Trl', 'Austin', 'TX', '78750', 4, 3, 2890, 1997, 'Single Family', 'Priya & Arjun Mehta'],
  ['RC-AUS-005', '1600 E 6th St Apt 115', 'Austin', 'TX', '78702', 0, 1, 480, 2016, 'Apartment', 'Eastside Lofts LP'],
  ['RC-AUS-006', '7005 Manchaca Rd', 'Austin', 'TX', '78745', 3, 2.5, 1725, 2021, 'Townhouse', 'Greenline Builders'],
  ['RC-DEN-001', '1244 S Pearl St', 'Denver', 'CO', '80210', 3, 2, 1580, 1925, 'Single Family', 'Hannah Lindqvist'],
  ['RC-DEN-002', '3350 Brighton Blvd Unit 410', 'Denver', 'CO', '80216', 2, 2, 1105, 2018, 'Condo', 'Theo Ramirez'],
  ['RC-DEN-003', '4620 W 35th Ave', 'Denver', 'CO', '80212', 4, 3.5, 2600, 2019, 'Single Family', 'Kowalski Family Trust'],
  ['RC-DEN-004', '901 N Ogden St', 'Denver', 'CO', '80218', 6, 3, 3900, 1903, 'Multi Family', 'Capitol Hill Partners'],
  ['RC-PDX-001', '5322 SE Woodstock Blvd', 'Portland', 'OR', '97206', 3, 1.5, 1450, 1948, 'Single Family', 'Ngozi Adeyemi'],
  ['RC-PDX-002', '1830 NW Irving St Apt 3', 'Portland', 'OR', '97209', 1, 1, 690, 1911, 'Apartment', 'Alphabet District Rentals'],
  ['RC-PWM-001', '74 Pine St', 'Portland', 'ME', '04102', 3, 2, 1880, 1880, 'Multi Family', 'Casco Bay Properties'],
  ['RC-PWM-002', '12 Eastern Promenade Unit 5', 'Portland', 'ME', '04101', 2, 1, 950, 1890, 'Condo', 'Eleanor Whitcomb'],
];

type Estimate = [id: string, value: number, spread: number, confidence: number, date: string];

// Not every property has been valued: RC-AUS-006 (new build) and RC-PWM-001 have no estimate.
const estimates: Estimate[] = [
  ['RC-AUS-001', 712000, 0.06, 0.88, '2025-02-14'],
  ['RC-AUS-002', 598000, 0.07, 0.81, '2025-02-14'],
  ['RC-AUS-003', 405000, 0.05, 0.9, '2025-02-11'],
  ['RC-AUS-004', 865000, 0.06, 0.86, '2025-02-09'],
  ['RC-AUS-005', 214000, 0.1, 0.64, '2025-01-30'],
  ['RC-DEN-001', 845000, 0.06, 0.87, '2025-02-12'],
  ['RC-DEN-002', 560000, 0.05, 0.91, '2025-02-12'],
  ['RC-DEN-003', 1235000, 0.08, 0.79, '2025-02-03'],
  ['RC-DEN-004', 1620000, 0.12, 0.58, '2025-01-21'],
  ['RC-PDX-001', 529000, 0.07, 0.83, '2025-02-07'],
  ['RC-PDX-002', 289000, 0.09, 0.72, '2025-02-07'],
  ['RC-PWM-002', 515000, 0.08, 0.7, '2025-02-05'],
];

const byId = new Map(properties.map((row) => [row[0], row]));
const located = (id: string) => {
  const row = byId.get(id);
  if (!row) throw new Error(`demo preset: unknown property ${id}`);
  return { id, address: row[1], city: row[2], state: row[3], bedrooms: row[5], bathrooms: row[6], sqft: row[7] };
};

const forSale: [id: string, price: number, days: number][] = [
  ['RC-AUS-001', 725000, 18],
  ['RC-AUS-004', 875000, 42],
  ['RC-AUS-006', 499000, 3],
  ['RC-AUS-003', 400000, 67],
  ['RC-DEN-003', 1250000, 9],
  ['RC-DEN-004', 1500000, 121],
  ['RC-PDX-001', 535000, 25],
  ['RC-PWM-001', 899000, 14],
];

const forRent: [id: string, rent: number, available: string][] = [
  ['RC-AUS-002', 2650, '2025-03-01'],
  ['RC-AUS-003', 2200, '2025-03-15'],
  ['RC-AUS-005', 1150, '2025-02-20'],
  ['RC-DEN-002', 2400, '2025-04-01'],
  ['RC-DEN-001', 3500, '2025-03-01'],
  ['RC-PDX-002', 1495, '2025-03-10'],
  ['RC-PWM-002', 2200, '2025-05-01'],
  ['RC-PDX-001', 2800, '2025-06-01'],
];

type Market = [zip: string, sale: number, rent: number, perSqft: number, inventory: number, days: number];

// 78750 and 04102 deliberately have no market statistics.
const markets: Market[] = [
  ['78704', 735000, 2450, 448.5, 96, 41],
  ['78751', 610000, 2100, 512.25, 38, 33],
  ['78703', 980000, 2900, 495, 71, 52],
  ['78702', 540000, 1900, 402.75, 104, 47],
  ['78745', 505000, 2050, 298.6, 133, 38],
  ['80210', 830000, 2650, 468.1, 57, 29],
  ['80216', 575000, 2300, 455.4, 88, 35],
  ['80212', 905000, 2750, 442, 64, 24],
  ['80218', 690000, 2100, 431.9, 112, 44],
  ['97206', 545000, 2150, 352.3, 81, 31],
  ['97209', 410000, 1750, 498.8, 143, 58],
  ['04101', 620000, 2250, 505.6, 22, 27],
];

export const demo: z.input<typeof scenarioSchema> = {
  properties: Object.fromEntries(
    properties.map(([id, address, city, state, zipcode, bedrooms, bathrooms, sqft, year_built, property_type, owner_name]) => [
      id,
      { id, address, city, state, zipcode, bedrooms, bathrooms, sqft, year_built, property_type, owner_name },
    ]),
  ),
  valuations: Object.fromEntries(
    estimates.map(([id, value, spread, confidence, date]) => [
      id,
      {
        property_id: id,
        estimated_value: value,
        value_range_low: Math.round(value * (1 - spread)),
        value_range_high: Math.round(value * (1 + spread)),
        confidence_score: confidence,
        valuation_date: date,
      },
    ]),
  ),
  sale_listings: forSale.map(([id, price, days]) => {
    const p = located(id);
    return {
      id,
      address: p.address,
      city: p.city,
      state: p.state,
      list_price: price,
      bedrooms: p.bedrooms,
      bathrooms: p.bathrooms,
      sqft: p.sqft,
      days_on_market: days,
    };
  }),
  rental_listings: forRent.map(([id, rent, available]) => {
    const p = located(id);
    return {
      id,
      address: p.address,
      city: p.city,
      state: p.state,
      monthly_rent: rent,
      bedrooms: p.bedrooms,
      bathrooms: p.bathrooms,
      available_date: available,
    };
  }),
  market_data: Object.fromEntries(
    markets.map(([zip, sale, rent, perSqft, inventory, days]) => [
      zip,
      {
        zip_code: zip,
        average_sale_price: sale,
        average_rent: rent,
        price_per_sqft: perSqft,
        inventory_count: inventory,
        days_on_market_avg: days,
      },
    ]),
  ),
};
