import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { bookHotel } from './tools/book-hotel.js';
import { cancelBooking } from './tools/cancel-booking.js';
import { getHotelDetails } from './tools/get-hotel-details.js';
import { getHotels } from './tools/get-hotels.js';
import { searchDestinations } from './tools/search-destinations.js';

export const hotelBooking = defineEnvironment({
  name: 'HotelBooking',
  domain: 'travel',
  version: '0.1.0',
  description:
    "Hotel booking: find destinations by city, list hotels for a stay, read a hotel's details and room types, book a stay for named guests and cancel a booking.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchDestinations, getHotels, bookHotel, getHotelDetails, cancelBooking],
});

export default hotelBooking;
export { scenarioSchema };
export type { HotelBookingState } from './scenario.js';
