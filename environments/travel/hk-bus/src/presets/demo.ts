import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const stop = (stop_id: string, stop_name: string, latitude: number, longitude: number) => ({
  stop_id,
  stop_name,
  location: { latitude, longitude },
});
const stops = (...names: string[]) => names.map((stop_name, index) => ({ stop_order: index + 1, stop_name }));
const eta = (time: string, distance: number) => ({ estimated_arrival_time: `2025-06-02T${time}`, distance_from_stop: distance });

// A weekday morning (2 June 2025) on a slice of Hong Kong's bus network: the 1A and 6 in both
// directions, the A11 airport bus, the cross-harbour 103 and the 960 without a direction. Arrivals
// are known at a few stops, one route has no buses coming, and two stop pairs have connections,
// one of them with a change.
export const demo: Input = {
  stops: {
    '001313': stop('001313', 'Star Ferry', 22.2937, 114.1689),
    '001025': stop('001025', 'Mong Kok Road', 22.3203, 114.1694),
    '002403': stop('002403', 'Central (Exchange Square)', 22.2833, 114.1582),
    '002737': stop('002737', 'Admiralty Station', 22.2788, 114.1652),
    '003121': stop('003121', 'Causeway Bay (Times Square)', 22.278, 114.1819),
    '004512': stop('004512', 'Stanley Village', 22.2188, 114.2126),
    '005007': stop('005007', 'Airport (Ground Transportation Centre)', 22.3156, 113.9363),
    '006230': stop('006230', 'Tuen Mun Town Centre', 22.3917, 113.9771),
  },
  routes: {
    '1A': { route_number: '1A', route_name: 'Star Ferry - Sau Mau Ping (Central)', direction: 'to Sau Mau Ping' },
    '6': { route_number: '6', route_name: 'Central (Exchange Square) - Stanley Prison', direction: 'to Stanley' },
    A11: { route_number: 'A11', route_name: 'Airport - North Point Ferry Pier via Central', direction: 'to North Point' },
    '103': { route_number: '103', route_name: 'Pokfield Road - Chuk Yuen Estate via Mong Kok', direction: null },
    '960': { route_number: '960', route_name: 'Tuen Mun (Kin Sang Estate) - Wan Chai North via Central' },
  },
  route_stops: {
    '1A:to Sau Mau Ping': stops('Star Ferry', 'Mong Kok Road', 'Sau Mau Ping (Central)'),
    '1A:to Star Ferry': stops('Sau Mau Ping (Central)', 'Mong Kok Road', 'Star Ferry'),
    '6:to Stanley': stops('Central (Exchange Square)', 'Admiralty Station', 'Stanley Village', 'Stanley Prison'),
    'A11:to North Point': stops(
      'Airport (Ground Transportation Centre)',
      'Central (Exchange Square)',
      'Admiralty Station',
      'Causeway Bay (Times Square)',
      'North Point Ferry Pier',
    ),
    '960:': stops('Tuen Mun Town Centre', 'Central (Exchange Square)', 'Admiralty Station', 'Wan Chai North'),
  },
  stop_routes: {
    'Central (Exchange Square)': [
      { route_number: '6', route_name: 'Central (Exchange Square) - Stanley Prison', direction: 'to Stanley' },
      { route_number: 'A11', route_name: 'Airport - North Point Ferry Pier via Central', direction: 'to North Point' },
      { route_number: '960', route_name: 'Tuen Mun (Kin Sang Estate) - Wan Chai North via Central' },
    ],
    'Star Ferry': [{ route_number: '1A', route_name: 'Star Ferry - Sau Mau Ping (Central)', direction: 'to Sau Mau Ping' }],
    'Mong Kok Road': [
      { route_number: '1A', route_name: 'Star Ferry - Sau Mau Ping (Central)', direction: 'to Sau Mau Ping' },
      { route_number: '103', route_name: 'Pokfield Road - Chuk Yuen Estate via Mong Kok' },
    ],
  },
  bus_arrivals: {
    '6:Central (Exchange Square):to Stanley': [eta('08:04:00', 0.6), eta('08:16:00', 3.1), eta('08:31:00', 7.4), eta('08:45:00', 11.2)],
    '1A:Star Ferry:to Sau Mau Ping': [eta('08:02:30', 0.3), eta('08:12:30', 2.8)],
    'A11:Airport (Ground Transportation Centre):to North Point': [eta('08:20:00', 1.5)],
    '960:Central (Exchange Square):': [eta('08:09:00', 1.2), eta('08:27:00', 6.8)],
    '103:Mong Kok Road:': [],
  },
  route_connections: {
    'Central (Exchange Square):Stanley Village': [{ route_number: '6', transfer_information: { is_direct: true, transfer_stops: [] } }],
    'Airport (Ground Transportation Centre):Stanley Village': [
      { route_number: 'A11', transfer_information: { is_direct: false, transfer_stops: ['Central (Exchange Square)'] } },
      { route_number: '6', transfer_information: { is_direct: false, transfer_stops: ['Central (Exchange Square)'] } },
    ],
  },
};
