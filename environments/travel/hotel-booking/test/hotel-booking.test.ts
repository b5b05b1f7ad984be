import { describe, expect, it } from 'vitest';
import { hotelBooking } from '../src/index.js';

type Outcome = ReturnType<typeof hotelBooking.call>;

const demo = () => hotelBooking.loadPreset('demo');
const guests = [{ name: 'Ines Duarte', phone: '+351 912 345 678', id_number: 'PT-0042' }];
const stay = {
  hotel_id: 'H1',
  checkin_date: '2025-05-12',
  checkout_date: '2025-05-15',
  room_type_id: 'H1-STD',
  adults: 2,
  guest_info: guests,
};

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp): Outcome {
  const before = demo();
  const outcome = hotelBooking.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
  return outcome;
}

describe('search_destinations', () => {
  it('matches a part of the city name, ignoring case, in listing order', () => {
    const { content } = hotelBooking.call(demo(), 'search_destinations', { city: 'PAR' });
    expect(
      (content as { destinations: { destination_id: string; country: string }[] }).destinations.map((d) => [d.destination_id, d.country]),
    ).toEqual([
      ['D100', 'France'],
      ['D101', 'United States'],
    ]);
    expect(hotelBooking.call(demo(), 'search_destinations', { city: 'Oslo' }).content).toEqual({ destinations: [] });
  });

  it('refuses an empty city', () => {
    expectFailure('search_destinations', { city: '' }, 'City must be a non-empty string');
  });
});

describe('get_hotels', () => {
  it('lists the hotels selling exactly that stay, up to the limit; the destination does not filter', () => {
    const all = hotelBooking.call(demo(), 'get_hotels', {
      destination_id: 'D103',
      checkin_date: '2025-05-12',
      checkout_date: '2025-05-15',
    });
    expect((all.content as { hotels: { hotel_id: string }[] }).hotels.map((h) => h.hotel_id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H9']);
    const two = hotelBooking.call(demo(), 'get_hotels', {
      destination_id: 'D100',
      checkin_date: '2025-05-12',
      checkout_date: '2025-05-15',
      limit: '2',
    });
    expect((two.content as { hotels: unknown[] }).hotels).toEqual([
      {
        hotel_id: 'H1',
        hotel_name: 'Hôtel des Grands Boulevards',
        star_rating: 4,
        checkin_date: '2025-05-12',
        checkout_date: '2025-05-15',
        price_per_night: 245,
        total_price: 735,
      },
      {
        hotel_id: 'H2',
        hotel_name: 'Le Petit Moulin',
        star_rating: 3,
        checkin_date: '2025-05-12',
        checkout_date: '2025-05-15',
        price_per_night: 162.5,
        total_price: 487.5,
      },
    ]);
  });

  it('checks adults, kids and limit', () => {
    const base = { destination_id: 'D100', checkin_date: '2025-05-12', checkout_date: '2025-05-15' };
    expectFailure('get_hotels', { ...base, adults: 0 }, 'Adults must be a positive integer');
    expectFailure('get_hotels', { ...base, kids: -1 }, 'Kids must be a non-negative integer');
    expectFailure('get_hotels', { ...base, limit: 0 }, 'Limit must be a positive integer');
    expectFailure('get_hotels', { ...base, checkout_date: '' }, 'Check-out date must be a non-empty string');
  });
});

describe('get_hotel_details', () => {
  it('gives the details on file, or an empty object', () => {
    const details = hotelBooking.call(demo(), 'get_hotel_details', { hotel_id: 'H3' }).content as {
      hotel_details: { room_types: { room_type_id: string }[] };
    };
    expect(details.hotel_details.room_types.map((r) => r.room_type_id)).toEqual(['H3-KING', 'H3-QQ']);
    expect(hotelBooking.call(demo(), 'get_hotel_details', { hotel_id: 'H7' }).content).toEqual({ hotel_details: {} });
    expect(hotelBooking.call(demo(), 'get_hotel_details', { hotel_id: 'constructor' }).content).toEqual({ hotel_details: {} });
  });
});

describe('book_hotel and cancel_booking', () => {
  it('books with the next id and the hotel total, then cancels', () => {
    const booked = hotelBooking.call(demo(), 'book_hotel', stay);
    expect(booked.content).toEqual({
      booking_confirmation: {
        booking_id: 'BK1001',
        hotel_name: 'Hôtel des Grands Boulevards',
        checkin_date: '2025-05-12',
        checkout_date: '2025-05-15',
        total_price: 735,
        booking_status: 'confirmed',
      },
    });
    expect(booked.state.booking_counter).toBe(1002);
    expect(booked.state.bookings.BK1001).toMatchObject({ hotel_id: 'H1', booking_status: 'confirmed' });

    const cancelled = hotelBooking.call(booked.state, 'cancel_booking', { booking_id: 'BK1001' });
    expect(cancelled.content).toEqual({});
    expect(Object.keys(cancelled.state.bookings)).toEqual(['BK1000']);
    expect(cancelled.state.booking_counter).toBe(1002);
  });

  it('books nothing for an unknown hotel and answers with an empty confirmation', () => {
    const before = demo();
    const outcome = hotelBooking.call(before, 'book_hotel', { ...stay, hotel_id: 'H404' });
    expect(outcome).toMatchObject({ isError: false, content: { booking_confirmation: {} } });
    expect(outcome.state.booking_counter).toBe(1001);
  });

  it('takes dates in any script of digits, but only as YYYY-MM-DD', () => {
    const wide = hotelBooking.call(demo(), 'book_hotel', { ...stay, checkin_date: '２０２５-05-12' });
    expect(wide.isError).toBe(false);
    expectFailure('book_hotel', { ...stay, checkin_date: '2025-5-12' }, `checkin_date must be a date YYYY-MM-DD, got '2025-5-12'`);
    expectFailure('book_hotel', { ...stay, checkout_date: '2025-05-15\n' }, /checkout_date must be a date YYYY-MM-DD/);
  });

  it('refuses missing guests, no adults or empty ids, booking nothing', () => {
    expectFailure('book_hotel', { ...stay, guest_info: [] }, 'Guest info must be a non-empty list');
    expectFailure('book_hotel', { ...stay, adults: 0 }, 'Adults must be a positive integer');
    expectFailure('book_hotel', { ...stay, room_type_id: '' }, 'Room type ID must be a non-empty string');
    expectFailure('cancel_booking', { booking_id: '' }, 'Booking ID must be a non-empty string');
  });

  it('reads guests given as JSON text, and cancelling an unknown booking changes nothing', () => {
    const booked = hotelBooking.call(demo(), 'book_hotel', { ...stay, guest_info: JSON.stringify(guests) });
    expect(booked.isError).toBe(false);
    const before = demo();
    const outcome = hotelBooking.call(before, 'cancel_booking', { booking_id: 'BK9999' });
    expect(outcome.content).toEqual({});
    expect(outcome.state).toEqual(before);
  });
});

describe('scenario', () => {
  it('loads empty from {} and refuses out-of-range stars and malformed dates, naming the field', () => {
    expect(hotelBooking.load({})).toEqual({ destinations: {}, hotels: {}, hotel_details_map: {}, bookings: {}, booking_counter: 1000 });
    const hotel = {
      hotel_id: 'X',
      hotel_name: 'X',
      star_rating: 6,
      checkin_date: '2025-01-01',
      checkout_date: '2025-01-02',
      price_per_night: 1,
      total_price: 1,
    };
    expect(() => hotelBooking.load({ hotels: { X: hotel } })).toThrow(/hotels\.X\.star_rating/);
    expect(() => hotelBooking.load({ hotels: { X: { ...hotel, star_rating: 3, checkin_date: '01/01/2025' } } })).toThrow(/checkin_date/);
  });
});
