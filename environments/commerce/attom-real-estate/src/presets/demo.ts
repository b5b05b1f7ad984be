import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Home = {
  address: string;
  id: string;
  fips: string;
  apn: string;
  city: string;
  state: string;
  zip: string;
  sqft: number;
  lot: number;
  beds: number;
  baths: number;
  built: number;
  type: string;
  stories: number;
  garage: string;
  // Missing on purpose for some homes: not every record exists for every address.
  avm?: [value: number, spread: number, confidence: string, date: string];
  tax?: [assessed: number, landShare: number, rate: number, year: number];
};

// A buyer's shortlist across four metro areas. Edge cases: a new-build with no AVM or tax record yet,
// a condo with no lot, a ZIP+4 address, a rural lot whose schools are all far away, a school exactly
// 5.0 miles out (inside the default radius) and an address with an empty school list.
const homes: Home[] = [
  {
    address: '1420 Alder Creek Dr',
    id: 'ATT-100231',
    fips: '53033',
    apn: '2824059031',
    city: 'Bellevue',
    state: 'WA',
    zip: '98004',
    sqft: 2450,
    lot: 8712,
    beds: 4,
    baths: 2.5,
    built: 1978,
    type: 'Single Family Residence',
    stories: 2,
    garage: 'Attached',
    avm: [1485000, 0.06, 'High', '2025-02-03'],
    tax: [1312000, 0.42, 0.0089, 2024],
  },
  {
    address: '88 Harbor View Ct Unit 1204',
    id: 'ATT-100232',
    fips: '53033',
    apn: '6094400860',
    city: 'Seattle',
    state: 'WA',
    zip: '98121',
    sqft: 980,
    lot: 0,
    beds: 2,
    baths: 2,
    built: 2008,
    type: 'Condominium',
    stories: 1,
    garage: 'Underground',
    avm: [712000, 0.08, 'Medium', '2025-02-03'],
    tax: [655000, 0.18, 0.0092, 2024],
  },
  {
    address: '3907 Juniper Ln',
    id: 'ATT-100233',
    fips: '53061',
    apn: '00391700200100',
    city: 'Everett',
    state: 'WA',
    zip: '98208-3315',
    sqft: 1860,
    lot: 7405,
    beds: 3,
    baths: 2,
    built: 1994,
    type: 'Single Family Residence',
    stories: 2,
    garage: 'Attached',
    avm: [689000, 0.07, 'High', '2025-01-28'],
    tax: [602500, 0.38, 0.0101, 2024],
  },
  {
    address: '17 Quarry Rd',
    id: 'ATT-100234',
    fips: '53037',
    apn: '21-0830-04',
    city: 'Cle Elum',
    state: 'WA',
    zip: '98922',
    sqft: 1320,
    lot: 217800,
    beds: 2,
    baths: 1,
    built: 1952,
    type: 'Single Family Residence',
    stories: 1,
    garage: 'Detached',
    avm: [425000, 0.15, 'Low', '2024-12-10'],
    tax: [318000, 0.55, 0.0078, 2024],
  },
  {
    address: '2215 E Camelback Rd',
    id: 'ATT-200118',
    fips: '04013',
    apn: '163-28-041',
    city: 'Phoenix',
    state: 'AZ',
    zip: '85016',
    sqft: 2980,
    lot: 10018,
    beds: 4,
    baths: 3,
    built: 1969,
    type: 'Single Family Residence',
    stories: 1,
    garage: 'Carport',
    avm: [1060000, 0.07, 'High', '2025-02-10'],
    tax: [702000, 0.3, 0.0061, 2024],
  },
  {
    address: '640 W Palm Ln',
    id: 'ATT-200119',
    fips: '04013',
    apn: '111-21-073',
    city: 'Phoenix',
    state: 'AZ',
    zip: '85003',
    sqft: 1540,
    lot: 6250,
    beds: 3,
    baths: 1.75,
    built: 1928,
    type: 'Single Family Residence',
    stories: 1,
    garage: 'None',
    avm: [598000, 0.09, 'Medium', '2025-02-10'],
    tax: [381000, 0.35, 0.0066, 2024],
  },
  {
    address: '9 Saguaro Vista Way',
    id: 'ATT-200120',
    fips: '04013',
    apn: '304-92-512',
    city: 'Queen Creek',
    state: 'AZ',
    zip: '85142',
    sqft: 2310,
    lot: 5500,
    beds: 4,
    baths: 2.5,
    built: 2025,
    type: 'Single Family Residence',
    stories: 2,
    garage: 'Attached',
  },
  {
    address: '512 Elmwood Ave',
    id: 'ATT-300507',
    fips: '17031',
    apn: '05-07-412-019-0000',
    city: 'Evanston',
    state: 'IL',
    zip: '60202',
    sqft: 3400,
    lot: 6600,
    beds: 5,
    baths: 3.5,
    built: 1911,
    type: 'Multi-Family (2-4 units)',
    stories: 3,
    garage: 'Detached',
    avm: [1150000, 0.1, 'Medium', '2025-01-15'],
    tax: [1025000, 0.24, 0.0215, 2023],
  },
  {
    address: '1800 N Lincoln Park W Apt 7B',
    id: 'ATT-300508',
    fips: '17031',
    apn: '14-33-305-044-1032',
    city: 'Chicago',
    state: 'IL',
    zip: '60614',
    sqft: 1250,
    lot: 0,
    beds: 2,
    baths: 2,
    built: 1925,
    type: 'Condominium',
    stories: 1,
    garage: 'None',
    avm: [545000, 0.09, 'Medium', '2025-01-15'],
    tax: [498000, 0.12, 0.0198, 2023],
  },
  {
    address: '45 Bramble Hill Rd',
    id: 'ATT-400012',
    fips: '09001',
    apn: 'WEST-F08-0217',
    city: 'Westport',
    state: 'CT',
    zip: '06880',
    sqft: 4120,
    lot: 43560,
    beds: 5,
    baths: 4.5,
    built: 1988,
    type: 'Single Family Residence',
    stories: 2,
    garage: 'Attached',
    avm: [2375000, 0.08, 'High', '2025-02-01'],
    tax: [1540000, 0.45, 0.0176, 2024],
  },
  {
    address: '3 Mill Pond Row',
    id: 'ATT-400013',
    fips: '09001',
    apn: 'NORW-B12-0048',
    city: 'Norwalk',
    state: 'CT',
    zip: '06851',
    sqft: 1680,
    lot: 2400,
    beds: 3,
    baths: 2.5,
    built: 2016,
    type: 'Townhouse',
    stories: 3,
    garage: 'Attached',
    avm: [689000, 0.05, 'High', '2025-02-01'],
    tax: [452000, 0.2, 0.0263, 2024],
  },
];

type SchoolRow = [name: string, distance: number, type: string, grades: string, rating: number];

const schools: Record<string, SchoolRow[]> = {
  '1420 Alder Creek Dr': [
    ['Clyde Hill Elementary', 0.6, 'Public', 'K-5', 9.1],
    ['Chinook Middle School', 1.4, 'Public', '6-8', 8.7],
    ['Bellevue High School', 2.2, 'Public', '9-12', 8.9],
    ['Bellevue Christian School', 5, 'Private', 'PK-12', 7.8],
    ['Eastside Prep', 6.3, 'Private', '5-12', 9.4],
  ],
  '88 Harbor View Ct Unit 1204': [
    ['Lawton Elementary', 1.8, 'Public', 'K-5', 8.2],
    ['Seattle Academy', 1.1, 'Private', '6-12', 9],
    ['Summit Sierra High', 2.7, 'Charter', '9-12', 6.9],
  ],
  '3907 Juniper Ln': [
    ['Cedar Wood Elementary', 0.9, 'Public', 'K-5', 7.1],
    ['Heatherwood Middle School', 1.7, 'Public', '6-8', 6.8],
    ['Jackson High School', 3.2, 'Public', '9-12', 7.5],
  ],
  '17 Quarry Rd': [
    ['Cle Elum Roslyn Elementary', 6.4, 'Public', 'K-5', 6.2],
    ['Walter Strom Middle School', 6.6, 'Public', '6-8', 5.9],
    ['Cle Elum Roslyn High', 6.8, 'Public', '9-12', 6.1],
  ],
  '2215 E Camelback Rd': [
    ['Madison Park School', 0.8, 'Public', '6-8', 7.4],
    ['Phoenix Country Day School', 2.9, 'Private', 'PK-12', 9.3],
    ['Camelback High School', 1.9, 'Public', '9-12', 4.8],
    ['Great Hearts Archway Veritas', 4.4, 'Charter', 'K-8', 8.6],
  ],
  '640 W Palm Ln': [
    ['Kenilworth Elementary', 0.4, 'Public', 'K-8', 6.5],
    ['Phoenix Union Bioscience High', 1.2, 'Magnet', '9-12', 8.8],
  ],
  '9 Saguaro Vista Way': [],
  '512 Elmwood Ave': [
    ['Lincoln Elementary', 0.3, 'Public', 'K-5', 8],
    ['Nichols Middle School', 0.7, 'Public', '6-8', 7.6],
    ['Evanston Township High', 1.5, 'Public', '9-12', 8.4],
  ],
  '1800 N Lincoln Park W Apt 7B': [
    ['Lincoln Elementary', 0.5, 'Public', 'K-8', 9.2],
    ['Francis W. Parker School', 0.2, 'Private', 'PK-12', 9.6],
    ['Lincoln Park High', 0.9, 'Public', '9-12', 7.9],
  ],
  '45 Bramble Hill Rd': [
    ['Coleytown Elementary', 1.6, 'Public', 'K-5', 9],
    ['Bedford Middle School', 2.4, 'Public', '6-8', 9.1],
    ['Staples High School', 3.1, 'Public', '9-12', 9.5],
    ['Greens Farms Academy', 4.9, 'Private', '5-12', 9.2],
  ],
};

// Rounded to whole dollars, as assessor and AVM feeds publish them.
const dollars = (value: number) => Math.round(value);

export const demo: z.input<typeof scenarioSchema> = {
  property_profiles: Object.fromEntries(
    homes.map((h) => [
      h.address,
      { property_id: h.id, fips: h.fips, apn: h.apn, address: h.address, city: h.city, state: h.state, zip: h.zip },
    ]),
  ),
  property_details: Object.fromEntries(
    homes.map((h) => [
      h.address,
      {
        property_id: h.id,
        address: h.address,
        sqft: h.sqft,
        lot_size: h.lot,
        bedrooms: h.beds,
        bathrooms: h.baths,
        year_built: h.built,
        property_type: h.type,
        stories: h.stories,
        garage_type: h.garage,
      },
    ]),
  ),
  property_valuations: Object.fromEntries(
    homes.flatMap((h) => {
      if (!h.avm) return [];
      const [value, spread, confidence, date] = h.avm;
      return [
        [
          h.address,
          {
            estimated_value: value,
            value_range_low: dollars(value * (1 - spread)),
            value_range_high: dollars(value * (1 + spread)),
            confidence_score: confidence,
            valuation_date: date,
          },
        ],
      ];
    }),
  ),
  tax_assessments: Object.fromEntries(
    homes.flatMap((h) => {
      if (!h.tax) return [];
      const [assessed, landShare, rate, year] = h.tax;
      const land = dollars(assessed * landShare);
      return [
        [
          h.address,
          {
            assessed_value: assessed,
            assessed_land_value: land,
            assessed_improvement_value: assessed - land,
            tax_amount: dollars(assessed * rate),
            tax_year: year,
            assessment_year: year - 1,
          },
        ],
      ];
    }),
  ),
  schools_by_address: Object.fromEntries(
    Object.entries(schools).map(([address, rows]) => [
      address,
      rows.map(([school_name, distance, school_type, grade_level, rating]) => ({
        school_name,
        distance,
        school_type,
        grade_level,
        rating,
      })),
    ]),
  ),
};
