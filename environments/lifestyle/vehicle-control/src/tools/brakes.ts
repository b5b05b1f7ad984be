import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

const PARKING_BRAKE_FORCE_NEWTONS = 5000;
const FULL_PEDAL_FORCE_NEWTONS = 3000;

export const getBrakeStatus = defineVehicleControlTool({
  name: 'get_brake_status',
  description:
    'Both brakes: {parking_brake_status (engaged/released), parking_brake_force (N), slope_angle (degrees), ' +
    'brake_pedal_status (pressed/released), brake_pedal_force (N)}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({
    parking_brake_status: state.parking_brake_status,
    parking_brake_force: state.parking_brake_force,
    slope_angle: state.slope_angle,
    brake_pedal_status: state.brake_pedal_status,
    brake_pedal_force: state.brake_pedal_force,
  }),
});

export const setParkingBrake = defineVehicleControlTool({
  name: 'set_parking_brake',
  description:
    'action "engage" sets the parking brake (5000 N), "release" frees it (0 N). Returns {parking_brake_status, ' +
    'parking_brake_force, slope_angle}.',
  input: z.object({
    action: z.string(),
  }),
  handler: (state, args) => {
    if (args.action !== 'engage' && args.action !== 'release') {
      throw new ToolError(`action "${args.action}" is not a parking brake action: use engage or release`);
    }
    const engage = args.action === 'engage';
    state.parking_brake_status = engage ? 'engaged' : 'released';
    state.parking_brake_force = engage ? PARKING_BRAKE_FORCE_NEWTONS : 0;
    return {
      parking_brake_status: state.parking_brake_status,
      parking_brake_force: state.parking_brake_force,
      slope_angle: state.slope_angle,
    };
  },
});

export const pressBrakePedal = defineVehicleControlTool({
  name: 'press_brake_pedal',
  description:
    'Presses the brake pedal to pedal_position, from 0 to 1 (fully pressed, 3000 N), where it stays until released; ' +
    'any position in range counts as pressed, 0 included. Returns {brake_pedal_status, brake_pedal_force}; a position ' +
    'outside 0-1 changes nothing and the answer carries an `error`.',
  input: z.object({
    pedal_position: z.number(),
  }),
  handler: (state, args) => {
    const position = args.pedal_position;
    if (position < 0 || position > 1) {
      return {
        brake_pedal_status: state.brake_pedal_status,
        brake_pedal_force: state.brake_pedal_force,
        error: 'Pedal position must be between 0 and 1',
      };
    }
    state.brake_pedal_status = 'pressed';
    state.brake_pedal_force = position * FULL_PEDAL_FORCE_NEWTONS;
    return { brake_pedal_status: state.brake_pedal_status, brake_pedal_force: state.brake_pedal_force };
  },
});

export const releaseBrakePedal = defineVehicleControlTool({
  name: 'release_brake_pedal',
  description: 'Lets the brake pedal up completely: {brake_pedal_status: released, brake_pedal_force: 0}.',
  input: z.object({}),
  handler: (state) => {
    state.brake_pedal_status = 'released';
    state.brake_pedal_force = 0;
    return { brake_pedal_status: state.brake_pedal_status, brake_pedal_force: state.brake_pedal_force };
  },
});
