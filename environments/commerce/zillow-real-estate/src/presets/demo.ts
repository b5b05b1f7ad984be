import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// [street, city, state, zip, beds, baths, sqft, lot, built, zestimate, low, high, updated, price]
type Row = [string, string, string, string, number, number, number, number, number, number, number, number, string, number];

// Homes in five markets. Edge cases worth exploring: "100 Main St" exists in three cities, there
// is a Springfield in IL and in MO, a studio condo with 0 bedrooms and no lot, an 1890s house, a
// list price well above its Zestimate, and comps lists that point at a sold-off zpid (Z9999).
const rows: Record<string, Row> = {
  Z1001: ['100 Main St', 'Seattle', 'WA', '98101', 2, 2, 1150, 0, 2008, 712000, 680000, 745000, '2025-02-14', 699000],
  Z1002: ['2217 Queen Anne Ave N', 'Seattle', 'WA', '98109', 4, 2.5, 2640, 5000, 1926, 1385000, 1310000, 1460000, '2025-02-10', 1425000],
  Z1003: ['5504 Ballard Ave NW', 'Seattle', 'WA', '98107', 3, 1.75, 1720, 4200, 1948, 965000, 915000, 1010000, '2025-02-12', 949000],
  Z1004: ['811 E Pike St Unit 402', 'Seattle', 'WA', '98122', 0, 1, 480, 0, 2016, 389000, 365000, 412000, '2025-02-15', 375000],
  Z1005: ['3901 Rainier Ave S', 'Seattle', 'WA', '98144', 3, 2, 1580, 3800, 1962, 798000, 755000, 840000, '2025-02-11', 789000],
  Z1006: ['7012 35th Ave NE', 'Seattle', 'WA', '98115', 4, 3, 2410, 5600, 1939, 1249000, 1180000, 1315000, '2025-02-09', 1275000],
  Z1007: ['1420 NW 65th St', 'Seattle', 'WA', '98117', 3, 2.5, 1890, 3000, 2019, 1098000, 1045000, 1150000, '2025-02-13', 1150000],
  Z2001: ['100 Main St', 'Bellevue', 'WA', '98004', 3, 2.5, 2050, 0, 2012, 1540000, 1470000, 1610000, '2025-02-14', 1525000],
  Z2002: ['14620 SE 16th St', 'Bellevue', 'WA', '98007', 4, 2.75, 2780, 9100, 1968, 1720000, 1630000, 1810000, '2025-02-08', 1699000],
  Z2003: ['4410 172nd Ave SE', 'Bellevue', 'WA', '98006', 5, 4.5, 4650, 14800, 2004, 2895000, 2740000, 3050000, '2025-02-07', 2950000],
  Z3001: ['2935 SE Division St', 'Portland', 'OR', '97202', 3, 2, 1640, 5000, 1912, 689000, 650000, 728000, '2025-02-12', 675000],
  Z3002: ['1733 NE Alberta St', 'Portland', 'OR', '97211', 2, 1, 1080, 4500, 1924, 512000, 484000, 540000, '2025-02-10', 499000],
  Z3003: ['8120 N Denver Ave', 'Portland', 'OR', '97217', 4, 2.5, 2310, 6000, 1998, 618000, 588000, 650000, '2025-02-11', 629000],
  Z3004: ['621 SW Harrison St Unit 9C', 'Portland', 'OR', '97201', 1, 1, 760, 0, 1974, 298000, 279000, 318000, '2025-02-13', 289000],
  Z3005: ['4415 NE Going St', 'Portland', 'OR', '97218', 3, 1.5, 1470, 5000, 1951, 541000, 512000, 570000, '2025-02-09', 549900],
  Z4001: ['100 Main St', 'Austin', 'TX', '78701', 1, 1, 820, 0, 2014, 455000, 428000, 482000, '2025-02-14', 465000],
  Z4002: ['1608 Travis Heights Blvd', 'Austin', 'TX', '78704', 3, 2, 1940, 8300, 1937, 1185000, 1120000, 1250000, '2025-02-08', 1200000],
  Z4003: ['11401 Jollyville Rd', 'Austin', 'TX', '78759', 4, 3, 2520, 8700, 1985, 648000, 615000, 681000, '2025-02-10', 639000],
  Z4004: ['6904 Bethune Ave', 'Austin', 'TX', '78752', 3, 2, 1360, 7400, 1955, 472000, 446000, 498000, '2025-02-12', 485000],
  Z4005: ['2713 E 7th St', 'Austin', 'TX', '78702', 3, 2.5, 1710, 2900, 2021, 739000, 702000, 776000, '2025-02-11', 899000],
  Z4006: ['9217 Brodie Ln', 'Austin', 'TX', '78748', 4, 2.5, 2180, 6900, 2002, 529000, 503000, 556000, '2025-02-13', 519000],
  Z5001: ['1121 S Walnut St', 'Springfield', 'IL', '62704', 4, 2, 2260, 9600, 1894, 238000, 221000, 256000, '2025-02-06', 229900],
  Z5002: ['2840 W Lawrence Ave', 'Springfield', 'IL', '62704', 3, 1.5, 1520, 8200, 1958, 164000, 152000, 177000, '2025-02-07', 159000],
  Z5003: ['719 E Cherry St', 'Springfield', 'MO', '65806', 2, 1, 1090, 6100, 1921, 151000, 140000, 163000, '2025-02-05', 149500],
  Z5004: ['4127 S Nettleton Ave', 'Springfield', 'MO', '65807', 3, 2, 1680, 10400, 1976, 226000, 212000, 240000, '2025-02-08', 234000],
  Z5005: ['3350 E Battlefield St', 'Springfield', 'MO', '65804', 4, 3, 2890, 12500, 2007, 389000, 366000, 412000, '2025-02-09', 395000],
};

export const demo: z.input<typeof scenarioSchema> = {
  properties: Object.fromEntries(
    Object.entries(rows).map(([zpid, r]) => [
      zpid,
      {
        zpid,
        street: r[0],
        city: r[1],
        state: r[2],
        zipcode: r[3],
        bedrooms: r[4],
        bathrooms: r[5],
        sqft: r[6],
        lot_size: r[7],
        year_built: r[8],
        zestimate: r[9],
        value_range_low: r[10],
        value_range_high: r[11],
        last_updated: r[12],
        price: r[13],
      },
    ]),
  ),
  comparables_map: {
    Z1001: ['Z1004', 'Z1005', 'Z1003', 'Z9999'],
    Z1002: ['Z1006', 'Z1007', 'Z1003', 'Z2001', 'Z1005', 'Z1001'],
    Z1003: ['Z1007', 'Z1005', 'Z1006'],
    Z1006: ['Z1002', 'Z1007', 'Z1003'],
    Z2002: ['Z2001', 'Z2003', 'Z1006'],
    Z3001: ['Z3005', 'Z3003', 'Z3002', 'Z9999', 'Z3004'],
    Z3002: ['Z3005', 'Z3001'],
    Z4002: ['Z4005', 'Z4003', 'Z4006', 'Z4004', 'Z4001'],
    Z4004: ['Z4006', 'Z4003', 'Z4005'],
    Z5001: ['Z5002'],
    Z5004: ['Z5003', 'Z5005'],
  },
};
