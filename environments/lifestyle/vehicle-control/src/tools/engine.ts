import { z } from 'zod';
import { defineVehicleControlTool, type VehicleControlState } from '../scenario.js';
import { unlockedDoorCount } from './door-positions.js';

/** What every engine tool reports: running state, fuel in gallons, battery volts. */
function engineReport(state: VehicleControlState) {
  return { engine_state: state.engine_state, fuel_level: state.fuel_level, battery_voltage: state.battery_voltage };
}

export const getEngineStatus = defineVehicleControlTool({
  name: 'get_engine_status',
  description: 'The engine right now: engine_state (running or stopped), fuel_level in gallons and battery_voltage in volts.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => engineReport(state),
});

export const startEngine = defineVehicleControlTool({
  name: 'start_engine',
  description:
    'Starts the engine, which needs all four doors locked and the brake pedal pressed. Returns engine_state, fuel_level ' +
    'and battery_voltage; when a precondition is missing the engine is left stopped (even if it was running) and the ' +
    'answer carries an `error` saying which one.',
  input: z.object({}),
  handler: (state) => {
    // The reference checks the doors first and, on either failure, forces the engine off rather than
    // leaving it as it was; the failure is part of the answer, not a failed call.
    let error: string | undefined;
    if (unlockedDoorCount(state.door_status) > 0) error = 'All doors must be locked to start the engine';
    else if (state.brake_pedal_status !== 'pressed') error = 'Brake pedal must be fully pressed to start the engine';
    state.engine_state = error === undefined ? 'running' : 'stopped';
    return { ...engineReport(state), ...(error === undefined ? {} : { error }) };
  },
});

export const stopEngine = defineVehicleControlTool({
  name: 'stop_engine',
  description:
    'Stops the engine (no preconditions; stopping a stopped engine is fine). Returns engine_state, fuel_level and battery_voltage.',
  input: z.object({}),
  handler: (state) => {
    state.engine_state = 'stopped';
    return engineReport(state);
  },
});
