import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';
import { doorMap, isDoorPosition, unlockedDoorCount } from './door-positions.js';

export const getDoorStatus = defineVehicleControlTool({
  name: 'get_door_status',
  description:
    'Lock state of the doors: door_status maps driver, passenger, rear_left and rear_right to locked/unlocked (only the ' +
    'named door when door_position is given, {} when that name is not a door), and remaining_unlocked_doors counts all ' +
    'unlocked doors.',
  input: z.object({
    door_position: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const doors = doorMap(state.door_status);
    const remaining = unlockedDoorCount(state.door_status);
    const position = args.door_position;
    // An empty name means "all doors", as Python's truthiness does in the reference.
    if (!position) return { door_status: doors, remaining_unlocked_doors: remaining };
    return {
      door_status: isDoorPosition(position) ? { [position]: doors[position] } : {},
      remaining_unlocked_doors: remaining,
    };
  },
});

function setDoors(lock: 'locked' | 'unlocked') {
  return defineVehicleControlTool({
    name: lock === 'locked' ? 'lock_doors' : 'unlock_doors',
    description:
      `${lock === 'locked' ? 'Locks' : 'Unlocks'} the doors named in door_positions (driver, passenger, rear_left, ` +
      'rear_right; other names are ignored). Returns lock_status, the door_status of all four doors and ' +
      'remaining_unlocked_doors. Fails on an empty list.',
    input: z.object({
      door_positions: z.array(z.string()),
    }),
    handler: (state, args) => {
      if (args.door_positions.length === 0) {
        throw new ToolError('door_positions is empty: name at least one of driver, passenger, rear_left, rear_right');
      }
      for (const position of args.door_positions) {
        if (isDoorPosition(position)) state.door_status[position] = lock;
      }
      return {
        lock_status: lock,
        door_status: doorMap(state.door_status),
        remaining_unlocked_doors: unlockedDoorCount(state.door_status),
      };
    },
  });
}

export const lockDoors = setDoors('locked');
export const unlockDoors = setDoors('unlocked');
