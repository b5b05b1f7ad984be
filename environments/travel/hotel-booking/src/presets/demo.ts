import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Hotel = z.input<typeof scenarioSchema>['hotels'] extends Record<string, infer H> | undefined ? H : never;

// A spring of city breaks: Lisbon, Kyoto and two Parises (France and Texas, so a search for "paris"
// needs the country to tell them apart). Most hotels sell the 12–15 May 2025 stay; a few sell other
// dates, one hotel has no details on file, and one booking already exists.
function stay(
  id: string,
  name: string,
  stars: number,
  nightly: number,
  checkin = '2025-05-12',
  checkout = '2025-05-15',
  nights = 3,
): Hotel {
  return {
    hotel_id: id,
    hotel_name: name,
    star_rating: stars,
    checkin_date: checkin,
    checkout_date: checkout,
    price_per_night: nightly,
    total_price: Math.round(nightly * nights * 100) / 100,
  };
}

export const demo: z.input<typeof scenarioSchema> = {
  destinations: {
    D100: {
      destination_id: 'D100',
      city_name: 'Paris',
      country: 'France',
      location: { lat: 48.8566, lng: 2.3522, region: 'Île-de-France' },
    },
    D101: { destination_id: 'D101', city_name: 'Paris', country: 'United States', location: { lat: 33.6609, lng: -95.5555, state: 'TX' } },
    D102: { destination_id: 'D102', city_name: 'Lisbon', country: 'Portugal', location: { lat: 38.7223, lng: -9.1393 } },
    D103: { destination_id: 'D103', city_name: 'Kyoto', country: 'Japan', location: { lat: 35.0116, lng: 135.7681 } },
    D104: { destination_id: 'D104', city_name: 'Porto', country: 'Portugal', location: {} },
  },
  hotels: {
    H1: stay('H1', 'Hôtel des Grands Boulevards', 4, 245.0),
    H2: stay('H2', 'Le Petit Moulin', 3, 162.5),
    H3: stay('H3', 'Lone Star Inn Paris', 2, 89.0),
    H4: stay('H4', 'Alfama Riverside Suites', 5, 310.0),
    H5: stay('H5', 'Casa do Largo', 3, 118.0),
    H6: stay('H6', 'Gion Machiya Stay', 4, 205.0, '2025-05-13', '2025-05-16'),
    H7: stay('H7', 'Kamo River Hostel', 1, 38.0, '2025-05-13', '2025-05-16'),
    H8: stay('H8', 'Ribeira Boutique', 4, 176.0, '2025-06-01', '2025-06-03', 2),
    H9: stay('H9', 'Hotel Montmartre Vue', 3, 139.99),
  },
  hotel_details_map: {
    H1: {
      hotel_name: 'Hôtel des Grands Boulevards',
      address: '17 Boulevard Poissonnière, 75002 Paris, France',
      description: 'A restored 18th-century townhouse with a rooftop bar above the boulevards.',
      room_types: [
        { room_type_id: 'H1-STD', room_name: 'Classic Double', price: 245.0 },
        { room_type_id: 'H1-DLX', room_name: 'Deluxe King with Balcony', price: 325.0 },
      ],
    },
    H2: {
      hotel_name: 'Le Petit Moulin',
      address: '29 Rue du Poitou, 75003 Paris, France',
      description: 'Boutique hotel in a former bakery in the Marais.',
      room_types: [{ room_type_id: 'H2-STD', room_name: 'Cosy Double', price: 162.5 }],
    },
    H3: {
      hotel_name: 'Lone Star Inn Paris',
      address: '3055 NE Loop 286, Paris, TX 75460, United States',
      description: 'Roadside inn with free parking and breakfast.',
      room_types: [
        { room_type_id: 'H3-KING', room_name: 'King Room', price: 89.0 },
        { room_type_id: 'H3-QQ', room_name: 'Two Queens', price: 99.0 },
      ],
    },
    H4: {
      hotel_name: 'Alfama Riverside Suites',
      address: 'Rua de São Miguel 12, 1100-544 Lisboa, Portugal',
      description: 'Suites with Tagus views in the oldest quarter of Lisbon.',
      room_types: [{ room_type_id: 'H4-STE', room_name: 'River Suite', price: 310.0 }],
    },
    H5: {
      hotel_name: 'Casa do Largo',
      address: 'Largo do Carmo 4, 1200-092 Lisboa, Portugal',
      description: 'Guesthouse on a quiet square in Chiado.',
      room_types: [],
    },
    H6: {
      hotel_name: 'Gion Machiya Stay',
      address: '570-120 Gionmachi Minamigawa, Higashiyama-ku, Kyoto, Japan',
      description: 'A renovated wooden townhouse with tatami rooms.',
      room_types: [
        { room_type_id: 'H6-TAT', room_name: 'Tatami Room', price: 205.0 },
        { room_type_id: 'H6-GDN', room_name: 'Garden Suite', price: 290.0 },
      ],
    },
    H8: {
      hotel_name: 'Ribeira Boutique',
      address: 'Cais da Ribeira 41, 4050-510 Porto, Portugal',
      description: 'Riverside rooms above the Douro quay.',
      room_types: [{ room_type_id: 'H8-STD', room_name: 'Douro View Double', price: 176.0 }],
    },
    H9: {
      hotel_name: 'Hotel Montmartre Vue',
      address: '8 Rue Lepic, 75018 Paris, France',
      description: 'Small hotel on the hill below Sacré-Cœur.',
      room_types: [{ room_type_id: 'H9-STD', room_name: 'Double with View', price: 139.99 }],
    },
  },
  bookings: {
    BK1000: {
      booking_id: 'BK1000',
      hotel_id: 'H4',
      hotel_name: 'Alfama Riverside Suites',
      checkin_date: '2025-05-12',
      checkout_date: '2025-05-15',
      total_price: 930.0,
      booking_status: 'confirmed',
    },
  },
  booking_counter: 1001,
};
