import { ToolError } from '@envfleet/kit';

/** A route's direction as the keys spell it: an absent or empty direction is the empty part. */
export const directionPart = (direction: string | null): string => direction || '';

export const arrivalsKey = (route: string, stopName: string, direction: string | null): string =>
  `${route}:${stopName}:${directionPart(direction)}`;

/** The reference's first check on every name: present and not empty. */
export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}
