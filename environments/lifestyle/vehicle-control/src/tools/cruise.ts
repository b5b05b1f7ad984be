import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool, type VehicleControlState } from '../scenario.js';

const MAX_CRUISE_SPEED_KMH = 120;

function cruiseReport(state: VehicleControlState) {
  return {
    cruise_status: state.cruise_status,
    current_speed: state.current_speed,
    distance_to_next_vehicle: state.distance_to_next_vehicle,
  };
}

/** Why cruise control cannot be switched on with these settings, or undefined when it can. */
function activationProblem(state: VehicleControlState, speed: number): string | undefined {
  if (state.engine_state !== 'running') return 'Engine must be running to activate cruise control';
  if (speed < 0 || speed > MAX_CRUISE_SPEED_KMH) return 'Speed must be between 0 and 120 km/h';
  if (speed % 5 !== 0) return 'Speed must be a multiple of 5 when activating cruise control';
  return undefined;
}

export const getCruiseStatus = defineVehicleControlTool({
  name: 'get_cruise_status',
  description: 'Cruise control: {cruise_status (active/inactive), current_speed (km/h), distance_to_next_vehicle (m)}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => cruiseReport(state),
});

export const setCruiseControl = defineVehicleControlTool({
  name: 'set_cruise_control',
  description:
    'activate=true switches cruise control on at `speed` km/h (0-120, a multiple of 5) keeping distance_to_next_vehicle ' +
    'metres (required, 0 or more); the engine must be running. activate=false switches it off and keeps speed and gap. ' +
    'Returns {cruise_status, current_speed, distance_to_next_vehicle}; an unmet condition changes nothing and the ' +
    'answer carries an `error`.',
  input: z.object({
    speed: z.number(),
    activate: z.boolean(),
    distance_to_next_vehicle: z.number().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.activate) {
      state.cruise_status = 'inactive';
      return cruiseReport(state);
    }
    // Unmet conditions are reported inside a normal answer, in the reference's order of checks.
    const problem = activationProblem(state, args.speed);
    if (problem !== undefined) return { ...cruiseReport(state), error: problem };
    const gap = args.distance_to_next_vehicle;
    if (gap === null) {
      return { ...cruiseReport(state), error: 'Distance to next vehicle is required when activating cruise control' };
    }
    // The reference stores a negative gap, which leaves a state its own scenario model refuses to load.
    if (gap < 0) throw new ToolError(`distance_to_next_vehicle must be 0 metres or more (got ${gap})`);
    state.cruise_status = 'active';
    state.current_speed = args.speed;
    state.distance_to_next_vehicle = gap;
    return cruiseReport(state);
  },
});

export const getCurrentSpeed = defineVehicleControlTool({
  name: 'get_current_speed',
  description: 'The vehicle speed in km/h: {current_speed}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ current_speed: state.current_speed }),
});
