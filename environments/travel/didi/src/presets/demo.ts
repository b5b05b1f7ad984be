import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Place = { name: string; address: string; location: { latitude: number; longitude: number }; distance: number };

// A Friday morning in Shanghai, 08:30, standing at People's Square. Worth exploring: a booked
// economy ride still waiting for a driver, a comfort ride whose driver is on the way, one in
// progress, a completed and a cancelled one; a stored quote to the airport ready to book; a place
// category with nothing in it (car wash); two cafés of one chain at different distances; a
// charging station just past the default 5 km radius; known addresses and routes for the commute
// from home (Jing'an Temple) to the office (Lujiazui), including a transit route with a transfer.
function place(name: string, address: string, latitude: number, longitude: number, distance: number): Place {
  return { name, address, location: { latitude, longitude }, distance };
}

const HOME = '31.2235,121.4453';
const OFFICE = '31.2397,121.4998';
const commutePath = [
  { lat: 31.2235, lng: 121.4453 },
  { lat: 31.2304, lng: 121.4737 },
  { lat: 31.2397, lng: 121.4998 },
];

const airportQuote = (id: string) => ({
  estimate_trace_id: id,
  products: [
    { product_category: 'economy', price: 99.3, estimated_duration: 4569 },
    { product_category: 'comfort', price: 149.95, estimated_duration: 4569 },
    { product_category: 'business', price: 258.25, estimated_duration: 4569 },
    { product_category: 'luxury', price: 416.2, estimated_duration: 4569 },
  ],
});

export const demo: Input = {
  current_location: { latitude: 31.2304, longitude: 121.4737 },
  current_time: '2025-03-14T08:30:00',
  random_seed: 20250314,
  orders: {
    ORDER_41873_5120: {
      order_id: 'ORDER_41873_5120',
      status: 'pending',
      driver_name: null,
      driver_phone: null,
      license_plate: null,
      estimated_arrival: 420,
    },
    ORDER_41873_2291: {
      order_id: 'ORDER_41873_2291',
      status: 'accepted',
      driver_name: 'Wang Lei',
      driver_phone: '13816620457',
      license_plate: '沪A7K2Q9',
      estimated_arrival: 300,
    },
    ORDER_30552_7784: {
      order_id: 'ORDER_30552_7784',
      status: 'in_progress',
      driver_name: 'Zhao Min',
      driver_phone: '13901887342',
      license_plate: '沪B30X61',
      estimated_arrival: 0,
    },
    ORDER_12907_6403: {
      order_id: 'ORDER_12907_6403',
      status: 'completed',
      driver_name: 'Liu Yang',
      driver_phone: '13761205589',
      license_plate: '沪C9M5T2',
      estimated_arrival: 0,
    },
    ORDER_12907_3318: {
      order_id: 'ORDER_12907_3318',
      status: 'cancelled',
      driver_name: null,
      driver_phone: null,
      license_plate: null,
      estimated_arrival: 780,
    },
  },
  estimates: {
    EST_41873_8846: airportQuote('EST_41873_8846'),
    EST_41873_1057: {
      estimate_trace_id: 'EST_41873_1057',
      products: [
        { product_category: 'economy', price: 20.56, estimated_duration: 753 },
        { product_category: 'comfort', price: 30.84, estimated_duration: 753 },
      ],
    },
  },
  places_database: {
    restaurant: [
      place('Din Tai Fung (Xintiandi)', '123 Xingye Rd, Huangpu, Shanghai', 31.2196, 121.4755, 1200),
      place('Jia Jia Tang Bao', '90 Huanghe Rd, Huangpu, Shanghai', 31.2361, 121.4705, 650),
      place('Lost Heaven Yunnan', '17 Yan’an East Rd, Huangpu, Shanghai', 31.2335, 121.4883, 1500),
      place('Old Jesse', '41 Tianping Rd, Xuhui, Shanghai', 31.2078, 121.4391, 4300),
      place('Ultraviolet', 'Undisclosed, Huangpu, Shanghai', 31.239, 121.49, 5600),
    ],
    coffee: [
      place('Manner Coffee (Nanjing West Rd)', '1038 Nanjing West Rd, Jing’an, Shanghai', 31.2289, 121.4558, 1700),
      place('Manner Coffee (Lujiazui)', '8 Century Ave, Pudong, Shanghai', 31.2395, 121.502, 2900),
      place('Seesaw Coffee', '433 Yuyuan Rd, Jing’an, Shanghai', 31.223, 121.4417, 3200),
    ],
    hotel: [
      place('Park Hotel Shanghai', '170 Nanjing West Rd, Huangpu, Shanghai', 31.2339, 121.4716, 400),
      place('The Peninsula Shanghai', '32 Zhongshan East 1st Rd, Huangpu, Shanghai', 31.2432, 121.4904, 2200),
      place('Jinjiang Inn (People’s Square)', '680 Fuzhou Rd, Huangpu, Shanghai', 31.2345, 121.4778, 600),
    ],
    'gas station': [
      place('Sinopec (Yan’an Elevated)', '1500 Yan’an West Rd, Changning, Shanghai', 31.2186, 121.4326, 4100),
      place('Shell (Zhaojiabang Rd)', '800 Zhaojiabang Rd, Xuhui, Shanghai', 31.1997, 121.4506, 4000),
    ],
    'charging station': [
      place('Tesla Supercharger (Xintiandi)', 'B2, 168 Hubin Rd, Huangpu, Shanghai', 31.2183, 121.4759, 1400),
      place('State Grid EV Charging (Expo Park)', '1099 Guozhan Rd, Pudong, Shanghai', 31.1874, 121.494, 5200),
    ],
    hospital: [place('Ruijin Hospital', '197 Ruijin 2nd Rd, Huangpu, Shanghai', 31.2117, 121.4661, 2300)],
    'car wash': [],
  },
  address_database: {
    '31.2304,121.4737': {
      address: 'People’s Square, Huangpu, Shanghai',
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Huangpu',
      street: '120 People’s Ave',
    },
    [HOME]: {
      address: '1686 Nanjing West Rd, Jing’an, Shanghai',
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Jing’an',
      street: '1686 Nanjing West Rd',
    },
    [OFFICE]: {
      address: 'Shanghai Tower, 501 Yincheng Middle Rd, Pudong, Shanghai',
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Pudong',
      street: '501 Yincheng Middle Rd',
    },
    '31.1443,121.8083': {
      address: 'Pudong International Airport T2, Pudong, Shanghai',
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Pudong',
      street: '900 Qihang Rd',
    },
    '31.1945,121.3205': {
      address: 'Hongqiao Railway Station, Minhang, Shanghai',
      province: 'Shanghai',
      city: 'Shanghai',
      district: 'Minhang',
      street: '200 Shenhong Rd',
    },
  },
  route_database: {
    [`driving_${HOME}_${OFFICE}`]: { distance: 7400, duration: 1500, route: commutePath },
    [`transit_${HOME}_${OFFICE}`]: {
      distance: 6900,
      duration: 1680,
      transfers: 1,
      route: [
        { type: 'walk', distance: 300 },
        { type: 'subway', line: 'Line 2', stops: 4 },
        { type: 'subway', line: 'Line 14', stops: 1 },
        { type: 'walk', distance: 250 },
      ],
    },
    [`bicycling_${HOME}_${OFFICE}`]: { distance: 6500, duration: 1800, route: commutePath },
    [`walking_${OFFICE}_${HOME}`]: { distance: 6200, duration: 4500, route: [...commutePath].reverse() },
  },
};
