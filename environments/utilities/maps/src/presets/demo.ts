import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';
import { fixed4 } from '../text.js';

type Scenario = z.input<typeof scenarioSchema>;

// A West Coast road-trip map. Worth exploring:
//  - City keys are title-cased the way maps_geocode looks them up ("St. John'S" is how Python's
//    title() spells St. John's, so that is the key that geocoding finds).
//  - Places without phone, website or rating (null fields), a 0-star and a 5-star rating.
//  - Elevations below sea level (Badwater Basin, the Dead Sea) and a summit above 4 km.
//  - Place ids follow "pl_<area>_<n>"; "pl_closed_1" is deliberately absent (placeholder answer).
const cities: [name: string, lat: number, lon: number, elevation: number][] = [
  ['Seattle', 47.6062, -122.3321, 56],
  ['Tacoma', 47.2529, -122.4443, 74],
  ['Portland', 45.5152, -122.6784, 15],
  ['Eugene', 44.0521, -123.0868, 130],
  ['Bend', 44.0582, -121.3153, 1100],
  ['Redding', 40.5865, -122.3917, 170],
  ['Sacramento', 38.5816, -121.4944, 9],
  ['San Francisco', 37.7749, -122.4194, 52],
  ['Oakland', 37.8044, -122.2712, 13],
  ['Monterey', 36.6002, -121.8947, 8],
  ['Fresno', 36.7378, -119.7871, 94],
  ['Lone Pine', 36.6061, -118.0629, 1130],
  ['Las Vegas', 36.1699, -115.1398, 610],
  ['Los Angeles', 34.0522, -118.2437, 92],
  ['San Diego', 32.7157, -117.1611, 18],
  ['Vancouver', 49.2827, -123.1207, 70],
  ['Victoria', 48.4284, -123.3656, 23],
  ['Anchorage', 61.2181, -149.9003, 31],
  ["St. John'S", 47.5615, -52.7126, 62],
  ['Mexico City', 19.4326, -99.1332, 2240],
];

type PlaceRow = [id: string, name: string, address: string, lat: number, lon: number, phone: string | null, website: string | null, rating: number | null];
const places: PlaceRow[] = [
  ['pl_sea_1', 'Pike Place Market', '85 Pike St, Seattle, WA 98101, USA', 47.6097, -122.3422, '+1 206-682-7453', 'https://www.pikeplacemarket.org', 4.7],
  ['pl_sea_2', 'Space Needle', '400 Broad St, Seattle, WA 98109, USA', 47.6205, -122.3493, '+1 206-905-2100', 'https://www.spaceneedle.com', 4.6],
  ['pl_sea_3', 'Rainier Summit Hut', 'Columbia Crest, Mount Rainier, WA, USA', 46.8529, -121.7604, null, null, null],
  ['pl_pdx_1', 'Powell\'s City of Books', '1005 W Burnside St, Portland, OR 97209, USA', 45.5231, -122.6814, '+1 503-228-4651', 'https://www.powells.com', 4.8],
  ['pl_pdx_2', 'Multnomah Falls Lodge', '53000 E Historic Columbia River Hwy, Bridal Veil, OR 97010, USA', 45.5762, -122.1158, '+1 503-695-2376', null, 4.5],
  ['pl_pdx_3', 'Voodoo Doughnut', '22 SW 3rd Ave, Portland, OR 97204, USA', 45.5227, -122.6731, '+1 503-241-4704', 'https://www.voodoodoughnut.com', 4.1],
  ['pl_bend_1', 'Smith Rock State Park', '9241 NE Crooked River Dr, Terrebonne, OR 97760, USA', 44.3672, -121.1406, null, 'https://stateparks.oregon.gov', 4.9],
  ['pl_rdg_1', 'Sundial Bridge', 'Sundial Bridge Dr, Redding, CA 96001, USA', 40.5930, -122.3774, null, null, 4.7],
  ['pl_sf_1', 'Golden Gate Bridge', 'Golden Gate Bridge, San Francisco, CA 94129, USA', 37.8199, -122.4783, '+1 415-921-5858', 'https://www.goldengate.org', 4.8],
  ['pl_sf_2', 'Ferry Building Marketplace', '1 Ferry Building, San Francisco, CA 94111, USA', 37.7955, -122.3937, '+1 415-983-8030', 'https://www.ferrybuildingmarketplace.com', 4.6],
  ['pl_sf_3', 'Mission Street Motel', '2200 Mission St, San Francisco, CA 94110, USA', 37.7617, -122.4194, '+1 415-555-0142', null, 0],
  ['pl_mry_1', 'Monterey Bay Aquarium', '886 Cannery Row, Monterey, CA 93940, USA', 36.6182, -121.9019, '+1 831-648-4800', 'https://www.montereybayaquarium.org', 4.8],
  ['pl_mry_2', 'Bixby Creek Bridge', 'Big Sur, CA 93920, USA', 36.3715, -121.9017, null, null, 4.8],
  ['pl_yos_1', 'Tunnel View', 'Wawona Rd, Yosemite Valley, CA 95389, USA', 37.7156, -119.6774, null, 'https://www.nps.gov/yose', 5],
  ['pl_dv_1', 'Badwater Basin', 'Badwater Rd, Death Valley National Park, CA 92328, USA', 36.2297, -116.7670, null, 'https://www.nps.gov/deva', 4.6],
  ['pl_dv_2', 'Stovepipe Wells Gas', '51880 CA-190, Death Valley, CA 92328, USA', 36.6067, -117.1454, '+1 760-786-7090', null, 3.2],
  ['pl_lv_1', 'Hoover Dam', 'Hoover Dam, Boulder City, NV 89005, USA', 36.0161, -114.7377, '+1 702-494-2517', 'https://www.usbr.gov/lc/hooverdam', 4.7],
  ['pl_la_1', 'Griffith Observatory', '2800 E Observatory Rd, Los Angeles, CA 90027, USA', 34.1184, -118.3004, '+1 213-473-0800', 'https://griffithobservatory.org', 4.8],
  ['pl_la_2', 'Santa Monica Pier', '200 Santa Monica Pier, Santa Monica, CA 90401, USA', 34.0092, -118.4976, '+1 310-458-8901', 'https://www.santamonicapier.org', 4.5],
  ['pl_sd_1', 'Balboa Park', '1549 El Prado, San Diego, CA 92101, USA', 32.7341, -117.1446, '+1 619-239-0512', 'https://www.balboapark.org', 4.8],
  ['pl_van_1', 'Stanley Park Seawall', 'Stanley Park, Vancouver, BC V6G 1Z4, Canada', 49.3043, -123.1443, '+1 604-681-6728', 'https://vancouver.ca/parks', 4.8],
  ['pl_vic_1', 'Butchart Gardens', '800 Benvenuto Ave, Brentwood Bay, BC V8M 1J8, Canada', 48.5635, -123.4703, '+1 250-652-4422', 'https://www.butchartgardens.com', 4.8],
  ['pl_il_1', 'Dead Sea Beach', 'Ein Bokek, Israel', 31.2006, 35.3626, null, null, 4.4],
  ['pl_yyt_1', 'Signal Hill', 'Signal Hill Rd, St. John\'s, NL A1A 1B3, Canada', 47.5702, -52.6819, '+1 709-772-5367', null, 4.8],
];

const extraElevations: [lat: number, lon: number, metres: number][] = [
  [46.8529, -121.7604, 4392],
  [36.2297, -116.767, -86],
  [31.2006, 35.3626, -430],
  [37.7156, -119.6774, 1340],
  [45.5762, -122.1158, 40],
  [36.3715, -121.9017, 80],
];

export const demo: Scenario = {
  places: Object.fromEntries(
    places.map(([place_id, name, formatted_address, latitude, longitude, phone_number, website, rating]) => [
      place_id,
      { place_id, name, formatted_address, location: { latitude, longitude }, phone_number, website, rating },
    ]),
  ),
  cityCoordinates: Object.fromEntries(cities.map(([name, latitude, longitude]) => [name, { latitude, longitude }])),
  elevationData: Object.fromEntries([
    ...cities.map(([, latitude, longitude, metres]) => [`${fixed4(latitude)},${fixed4(longitude)}`, metres] as const),
    ...extraElevations.map(([latitude, longitude, metres]) => [`${fixed4(latitude)},${fixed4(longitude)}`, metres] as const),
  ]),
};
