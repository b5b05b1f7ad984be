import { formatFixed, ToolError } from '@envfleet/kit';

/** How elevationData is keyed: "<lat>,<lon>" with four decimals, as the reference's f"{x:.4f}" prints them. */
export function elevationKey(latitude: number, longitude: number): string {
  return `${formatFixed(latitude, 4)},${formatFixed(longitude, 4)}`;
}

// Locations arrive as free-form objects. Like the reference, a coordinate is usable when it is a
// number (a boolean counts as 0/1); anything else — missing, text, null — fails the call.
export type Coordinate = number | boolean;

export function readCoordinate(point: Record<string, unknown>, field: 'latitude' | 'longitude', where: string): Coordinate {
  if (!Object.hasOwn(point, field)) throw new ToolError(`${where} is missing "${field}"`);
  const value = point[field];
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  throw new ToolError(`${where}.${field} must be a number, got ${value === null ? 'null' : JSON.stringify(value)}`);
}

export function numeric(value: Coordinate): number {
  return typeof value === 'boolean' ? Number(value) : value;
}

export const TRAVEL_MODES = ['driving', 'bicycling', 'transit'];

export function requireTravelMode(mode: string): void {
  if (!TRAVEL_MODES.includes(mode)) throw new ToolError(`Mode must be one of: ${TRAVEL_MODES.join(', ')}`);
}
