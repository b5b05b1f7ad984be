import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// Early summer across six parks of the West and the Appalachians. Edges worth trying: parks that
// span states (Yellowstone, the Great Smokies, Death Valley), a park with no activities listed,
// an alert filed under an upper-case park code (filters ignore case), a campground closed for the
// season, a park with no campgrounds, and enough alerts to page through.
const activity = (id: string, name: string) => ({ id, name });
const HIKING = activity('BFF8C027-7C8F-400B-B55D-5414C3AA8BB8', 'Hiking');
const CAMPING = activity('A59947B7-3376-49B4-AD02-C0423E08C5F7', 'Camping');
const FISHING = activity('AE42B46C-E4B7-4889-A122-08FE180371AE', 'Fishing');
const CLIMBING = activity('7CE6E935-F839-4FEC-A63E-052B1DEF39D2', 'Rock Climbing');
const STARGAZING = activity('B33DC9B6-0B7D-4322-BAD7-A13A34C584A3', 'Stargazing');
const BIRDWATCHING = activity('0B685688-3405-4E2A-ABBA-E3069492EC50', 'Birdwatching');
const PHOTOGRAPHY = activity('C8F98B28-3C10-41AE-AA99-092B3B398C43', 'Photography');

const fee = (title: string, cost: string) => ({ title, cost });
const phone = (phoneNumber: string) => ({ phoneNumbers: [{ phoneNumber, type: 'Voice' }] });
const address = (line1: string, city: string, stateCode: string, postalCode: string) => ({
  type: 'Physical',
  line1,
  city,
  stateCode,
  postalCode,
});

export const demo: z.input<typeof scenarioSchema> = {
  parks: {
    yose: {
      parkCode: 'yose',
      fullName: 'Yosemite National Park',
      states: 'CA',
      description: 'Granite cliffs, giant sequoias and some of the tallest waterfalls in North America.',
      activities: [HIKING, CAMPING, CLIMBING, PHOTOGRAPHY],
      directionsInfo: 'Enter from CA-41 (south), CA-140 (west), CA-120 (west and east via Tioga Pass).',
      operatingHours: [{ name: 'Yosemite National Park', description: 'Open all year, 24 hours a day.' }],
      entranceFees: [fee('Private vehicle', '35.00'), fee('Walk-in or bicycle', '20.00')],
      contacts: phone('2093720200'),
      addresses: [address('9035 Village Drive', 'Yosemite National Park', 'CA', '95389')],
    },
    deva: {
      parkCode: 'deva',
      fullName: 'Death Valley National Park',
      states: 'CA,NV',
      description: 'Below-sea-level basin, salt flats and dark skies in the hottest place on Earth.',
      activities: [HIKING, STARGAZING, PHOTOGRAPHY],
      directionsInfo: 'From Las Vegas take NV-160 and NV-373; from the west, CA-190 through Panamint Springs.',
      entranceFees: [fee('Private vehicle', '30.00')],
      contacts: phone('7607863200'),
    },
    yell: {
      parkCode: 'yell',
      fullName: 'Yellowstone National Park',
      states: 'ID,MT,WY',
      description: 'The first national park: geysers, hot springs, and bison in the Lamar Valley.',
      activities: [HIKING, CAMPING, FISHING, BIRDWATCHING],
      directionsInfo: 'Five entrances; the North Entrance at Gardiner, MT is open to cars all year.',
      operatingHours: [{ name: 'Roads', description: 'Most roads close to cars from early November to late April.' }],
      entranceFees: [fee('Private vehicle', '35.00')],
      contacts: phone('3073447381'),
      addresses: [address('2 Officers Row', 'Yellowstone National Park', 'WY', '82190')],
    },
    zion: {
      parkCode: 'zion',
      fullName: 'Zion National Park',
      states: 'UT',
      description: 'Sandstone canyon walls, the Narrows and the Angels Landing trail.',
      activities: [HIKING, CAMPING, CLIMBING],
      entranceFees: [fee('Private vehicle', '35.00')],
    },
    grsm: {
      parkCode: 'grsm',
      fullName: 'Great Smoky Mountains National Park',
      states: 'NC,TN',
      description: 'Misty ridges, old-growth forest and synchronous fireflies in June.',
      activities: [HIKING, CAMPING, FISHING, BIRDWATCHING, PHOTOGRAPHY],
      directionsInfo: 'Main entrances at Gatlinburg, TN and Cherokee, NC, joined by Newfound Gap Road.',
      entranceFees: [],
      contacts: phone('8654361200'),
    },
    whsa: {
      parkCode: 'whsa',
      fullName: 'White Sands National Park',
      states: 'NM',
      description: 'Wave-like dunes of white gypsum sand; sledding allowed.',
      entranceFees: [fee('Per person', '25.00')],
    },
  },
  alerts: [
    {
      id: 'AL-1001',
      parkCode: 'yose',
      title: 'Tioga Road closed for the season',
      description: 'Snow clearing continues; the road is expected to open in early June.',
      category: 'Park Closure',
      lastIndexedDate: '2025-05-28 08:10:00.0',
    },
    {
      id: 'AL-1002',
      parkCode: 'yose',
      title: 'Reservations required on peak days',
      description: 'A reservation is needed to drive into the park 6 am to 2 pm on weekends.',
      category: 'Information',
      lastIndexedDate: '2025-05-20 12:00:00.0',
    },
    {
      id: 'AL-1003',
      parkCode: 'DEVA',
      title: 'Extreme heat',
      description: 'Daytime temperatures above 120°F. Do not hike after 10 am at low elevations.',
      category: 'Danger',
      lastIndexedDate: '2025-06-02 07:30:00.0',
    },
    {
      id: 'AL-1004',
      parkCode: 'yell',
      title: 'Bison rut: keep your distance',
      description: 'Stay at least 25 yards from bison and 100 yards from bears and wolves.',
      category: 'Caution',
      lastIndexedDate: '2025-06-01 09:00:00.0',
    },
    {
      id: 'AL-1005',
      parkCode: 'zion',
      title: 'Narrows closed: high water',
      description: 'The Virgin River is flowing above 150 cfs; the Narrows are closed to hikers.',
      category: 'Park Closure',
      lastIndexedDate: '2025-05-30 16:45:00.0',
    },
    {
      id: 'AL-1006',
      parkCode: 'grsm',
      title: 'Firefly viewing lottery',
      description: 'Shuttle passes for the synchronous firefly event at Elkmont are by lottery.',
      category: 'Information',
      lastIndexedDate: '2025-05-15 10:00:00.0',
    },
  ],
  campgrounds: [
    {
      id: 'CG-201',
      name: 'Upper Pines Campground',
      parkCode: 'yose',
      description: 'In Yosemite Valley near Half Dome; open all year.',
      amenities: { toilets: 'Flush Toilets', potableWater: true, foodStorageLockers: true },
      fees: [fee('Per site', '36.00')],
      reservationUrl: 'https://www.recreation.gov/camping/campgrounds/232447',
    },
    {
      id: 'CG-202',
      name: 'Tuolumne Meadows Campground',
      parkCode: 'yose',
      description: 'High-country campground, closed for the season until Tioga Road opens.',
      amenities: { toilets: 'Flush Toilets', potableWater: false },
      fees: [fee('Per site', '36.00')],
      reservationUrl: '',
    },
    {
      id: 'CG-203',
      name: 'Furnace Creek Campground',
      parkCode: 'deva',
      description: 'Shaded sites at 190 feet below sea level.',
      amenities: { toilets: 'Flush Toilets', potableWater: true },
      fees: [fee('Per site', '22.00')],
      reservationUrl: 'https://www.recreation.gov/camping/campgrounds/232496',
    },
    {
      id: 'CG-204',
      name: 'Madison Campground',
      parkCode: 'yell',
      description: 'Along the Madison River, a short drive from the Old Faithful geyser basin.',
      amenities: { toilets: 'Flush Toilets', potableWater: true, firewoodForSale: true },
      fees: [fee('Per site', '33.00')],
      reservationUrl: 'https://www.yellowstonenationalparklodges.com',
    },
    {
      id: 'CG-205',
      name: 'Elkmont Campground',
      parkCode: 'grsm',
      description: 'The largest campground in the Smokies, on the Little River.',
      amenities: { toilets: 'Flush Toilets', potableWater: true },
      fees: [fee('Per site', '30.00')],
      reservationUrl: 'https://www.recreation.gov/camping/campgrounds/232487',
    },
  ],
  visitor_centers: [
    {
      id: 'VC-301',
      name: 'Yosemite Valley Visitor Center',
      parkCode: 'yose',
      description: 'Exhibits on the valley’s geology and the park film, next to the Ansel Adams Gallery.',
      operatingHours: [{ description: 'Daily 9 am to 5 pm' }],
      contacts: phone('2093720200'),
      addresses: [address('9035 Village Drive', 'Yosemite National Park', 'CA', '95389')],
    },
    {
      id: 'VC-302',
      name: 'Furnace Creek Visitor Center',
      parkCode: 'deva',
      description: 'Museum, park film and the famous outdoor thermometer.',
      operatingHours: [{ description: 'Daily 8 am to 5 pm' }],
      contacts: phone('7607863200'),
      addresses: [],
    },
    {
      id: 'VC-303',
      name: 'Old Faithful Visitor Education Center',
      parkCode: 'yell',
      description: 'Geyser eruption predictions and hydrothermal exhibits.',
      operatingHours: [{ description: 'Daily 8 am to 8 pm in summer' }],
      contacts: {},
      addresses: [],
    },
    {
      id: 'VC-304',
      name: 'Oconaluftee Visitor Center',
      parkCode: 'grsm',
      description: 'On the North Carolina side, next to the Mountain Farm Museum.',
      operatingHours: [{ description: 'Daily 8 am to 6:30 pm' }],
      contacts: phone('8284971904'),
      addresses: [address('1194 Newfound Gap Road', 'Cherokee', 'NC', '28719')],
    },
  ],
};
