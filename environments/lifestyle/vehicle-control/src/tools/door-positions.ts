import type { VehicleControlState } from '../scenario.js';

export const DOOR_POSITIONS = ['driver', 'passenger', 'rear_left', 'rear_right'] as const;
export type DoorPosition = (typeof DOOR_POSITIONS)[number];
type Doors = VehicleControlState['door_status'];

/** A fixed list rather than `in`: names like "constructor" are not doors. */
export function isDoorPosition(name: string): name is DoorPosition {
  return (DOOR_POSITIONS as readonly string[]).includes(name);
}

export function unlockedDoorCount(doors: Doors): number {
  return DOOR_POSITIONS.filter((position) => doors[position] === 'unlocked').length;
}

/** The doors in their fixed order (driver, passenger, rear_left, rear_right), as a fresh object. */
export function doorMap(doors: Doors): Record<DoorPosition, string> {
  return { driver: doors.driver, passenger: doors.passenger, rear_left: doors.rear_left, rear_right: doors.rear_right };
}
