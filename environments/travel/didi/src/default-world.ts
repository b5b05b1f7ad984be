import type { AddressInfo, Place, RouteInfo } from './scenario.js';

// The reference's default world, which `{}` loads: places around Tiananmen Square by category,
// five known addresses keyed by "lat,lng", and the four ways from Tiananmen to the Forbidden City.

function place(name: string, address: string, latitude: number, longitude: number, distance: number): Place {
  return { name, address, location: { latitude, longitude }, distance };
}

export function defaultPlaces(): Record<string, Place[]> {
  return {
    restaurant: [
      place('Golden Dragon Restaurant', '123 Main St, Beijing', 39.9042, 116.4074, 500),
      place('Sichuan Cuisine House', '456 Park Ave, Beijing', 39.9142, 116.4174, 1200),
      place('Italian Bistro', '789 Center St, Beijing', 39.8942, 116.3974, 800),
      place('Japanese Sushi Bar', '321 East Rd, Beijing', 39.9242, 116.4274, 1500),
      place('French Cafe', '654 West Ave, Beijing', 39.8842, 116.3874, 2000),
    ],
    hotel: [
      place('Grand Hotel Beijing', '1 Palace Rd, Beijing', 39.9142, 116.3974, 1000),
      place('Business Inn', '2 Commerce St, Beijing', 39.8942, 116.4174, 800),
      place('Airport Hotel', '3 Airport Blvd, Beijing', 39.9542, 116.4574, 3000),
      place('City Center Hotel', '4 Central Ave, Beijing', 39.9042, 116.4074, 200),
      place('Budget Lodge', '5 Budget St, Beijing', 39.8842, 116.4274, 2500),
    ],
    'gas station': [
      place('Shell Gas Station', '100 Fuel Rd, Beijing', 39.9242, 116.3874, 1800),
      place('PetroChina Station', '200 Oil Ave, Beijing', 39.8742, 116.4374, 2200),
      place('Sinopec Gas', '300 Petroleum St, Beijing', 39.9442, 116.3674, 2800),
      place('BP Service Station', '400 Gas Blvd, Beijing', 39.8642, 116.4474, 3200),
      place('ExxonMobil', '500 Energy Rd, Beijing', 39.9542, 116.3574, 3500),
    ],
  };
}

function beijing(address: string, district: string, street: string): AddressInfo {
  return { address, province: 'Beijing', city: 'Beijing', district, street };
}

export function defaultAddresses(): Record<string, AddressInfo> {
  return {
    '39.9042,116.4074': beijing('Tiananmen Square, Beijing', 'Dongcheng', 'Tiananmen Square'),
    '39.9142,116.3974': beijing('Forbidden City, Beijing', 'Dongcheng', '4 Jingshan Front St'),
    '39.8942,116.4174': beijing('Temple of Heaven, Beijing', 'Dongcheng', '1 Tiantan Rd'),
    '39.9242,116.3874': beijing('Beihai Park, Beijing', 'Xicheng', '1 Wenjin St'),
    '39.8842,116.4274': beijing('Beijing South Station', 'Fengtai', '12 South Station Rd'),
  };
}

const TIANANMEN_TO_PALACE = '39.9042,116.4074_39.9142,116.3974';

function straightPath(): Record<string, unknown>[] {
  return [
    { lat: 39.9042, lng: 116.4074 },
    { lat: 39.9092, lng: 116.4024 },
    { lat: 39.9142, lng: 116.3974 },
  ];
}

export function defaultRoutes(): Record<string, RouteInfo> {
  return {
    [`driving_${TIANANMEN_TO_PALACE}`]: { distance: 2000, duration: 480, transfers: null, route: straightPath() },
    [`transit_${TIANANMEN_TO_PALACE}`]: {
      distance: 2200,
      duration: 900,
      transfers: 1,
      route: [
        { type: 'subway', line: 'Line 1', stops: 3 },
        { type: 'walk', distance: 200 },
      ],
    },
    [`walking_${TIANANMEN_TO_PALACE}`]: { distance: 1800, duration: 1200, transfers: null, route: straightPath() },
    [`bicycling_${TIANANMEN_TO_PALACE}`]: { distance: 1900, duration: 600, transfers: null, route: straightPath() },
  };
}
