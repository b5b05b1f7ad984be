import { pythonFloatRepr, readLaxModel, ToolError } from '@envfleet/kit';
import { type Location, locationSchema } from '../scenario.js';

/** The reference's first check on every location argument: present and not an empty object. */
export function requireLocationObject(value: Record<string, unknown>, argument: string): void {
  if (Object.keys(value).length === 0) {
    throw new ToolError(`${argument} must be a non-empty object such as {"latitude": 39.9042, "longitude": 116.4074}`);
  }
}

/** Reads {latitude, longitude} as the reference's Location model does: numbers as text accepted, ranges enforced. */
export function readLocation(value: Record<string, unknown>, argument: string): Location {
  const reading = readLaxModel(locationSchema, value);
  if (!reading.ok) {
    throw new ToolError(`Invalid ${argument}: ${reading.message} (latitude must be within -90..90, longitude within -180..180)`);
  }
  return reading.value;
}

/** "lat,lng" with Python's float formatting (39 → "39.0"): the key of the address and route tables. */
export function coordinateText(location: Location): string {
  return `${pythonFloatRepr(location.latitude)},${pythonFloatRepr(location.longitude)}`;
}

/** The reference's flat-earth distance in whole meters: degrees of straight line × 111 km. */
export function straightLineMeters(from: Location, to: Location): number {
  const degrees = ((to.latitude - from.latitude) ** 2 + (to.longitude - from.longitude) ** 2) ** 0.5;
  return Math.trunc(degrees * 111000);
}
