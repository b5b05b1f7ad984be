import { shippedDb } from '../scenario.js';

// A small slice of the shipped database, for exploring by hand: three members (gold, silver,
// regular) with every reservation they hold and every flight those reservations use.
const MEMBERS = ['mia_li_3668', 'chen_jackson_3290', 'omar_davis_3817'];

function slice() {
  const users = Object.fromEntries(MEMBERS.map((id) => [id, shippedDb.users[id]]));
  const reservationIds = MEMBERS.flatMap((id) => shippedDb.users[id]?.reservations ?? []);
  const reservations = Object.fromEntries(reservationIds.map((id) => [id, shippedDb.reservations[id]]));
  const flightNumbers = new Set(reservationIds.flatMap((id) => shippedDb.reservations[id]?.flights.map((f) => f.flight_number) ?? []));
  const flights = Object.fromEntries([...flightNumbers].map((number) => [number, shippedDb.flights[number]]));
  return JSON.parse(JSON.stringify({ flights, users, reservations }));
}

export const demo = slice();
