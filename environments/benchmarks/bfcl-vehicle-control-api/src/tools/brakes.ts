import { z } from 'zod';
import { PARKING_BRAKE_INSTRUCTION } from '../long-context.js';
import { defineVehicleTool } from '../scenario.js';

export const activateParkingBrake = defineVehicleTool({
  name: 'activateParkingBrake',
  description:
    'Engage ("engage": 500 N) or release ("release": 0 N) the parking brake; either way the slope reads 10 ' +
    'degrees. Another mode is answered with {error}. The long-context variant adds a long usage instruction.',
  input: z.object({ mode: z.string() }),
  handler: (state, args) => {
    if (args.mode !== 'engage' && args.mode !== 'release') return { error: 'Invalid mode' };
    const engaged = args.mode === 'engage';
    state.parkingBrakeStatus = engaged ? 'engaged' : 'released';
    state._parkingBrakeForce = engaged ? 500.0 : 0.0;
    state._slopeAngle = 10.0;
    const result = { parkingBrakeStatus: state.parkingBrakeStatus, _parkingBrakeForce: state._parkingBrakeForce, _slopeAngle: 10.0 };
    return state.long_context ? { parkingBrakeInstruction: PARKING_BRAKE_INSTRUCTION, ...result } : result;
  },
});

export const pressBrakePedal = defineVehicleTool({
  name: 'pressBrakePedal',
  description:
    'Press the brake pedal to pedalPosition, from 0 (released) to 1 (fully pressed, 1000 N); it stays pressed until ' +
    'released. A position outside 0–1 is answered with {error}.',
  input: z.object({ pedalPosition: z.number() }),
  handler: (state, args) => {
    if (!(args.pedalPosition >= 0 && args.pedalPosition <= 1)) return { error: 'Pedal position must be between 0 and 1.' };
    if (args.pedalPosition === 0) {
      state.brakePedalStatus = 'released';
      state._brakePedalForce = 0.0;
      return { brakePedalStatus: 'released', brakePedalForce: 0.0 };
    }
    const force = args.pedalPosition * 1000;
    state.brakePedalStatus = 'pressed';
    state._brakePedalForce = force;
    return { brakePedalStatus: 'pressed', brakePedalForce: force };
  },
});

export const releaseBrakePedal = defineVehicleTool({
  name: 'releaseBrakePedal',
  description: 'Release the brake pedal (0 N).',
  input: z.object({}),
  handler: (state) => {
    state.brakePedalStatus = 'released';
    state._brakePedalForce = 0.0;
    return { brakePedalStatus: 'released', brakePedalForce: 0.0 };
  },
});

export const setCruiseControl = defineVehicleTool({
  name: 'setCruiseControl',
  description:
    'Turn cruise control on (activate: true, speed 0–120 in steps of 5) or off, keeping distanceToNextVehicle ' +
    'meters to the car ahead. Needs a running engine; a bad speed is answered with {error} (the distance is ' +
    'stored all the same).',
  input: z.object({ speed: z.number(), activate: z.boolean(), distanceToNextVehicle: z.number() }),
  handler: (state, args) => {
    const { speed, distanceToNextVehicle } = args;
    if (state.engine_state === 'stopped') return { error: 'Start the engine before activating the cruise control.' };
    state.distanceToNextVehicle = distanceToNextVehicle;
    if (args.activate && (speed < 0 || speed > 120 || speed % 5 !== 0)) return { error: 'Invalid speed' };
    state.cruiseStatus = args.activate ? 'active' : 'inactive';
    return { cruiseStatus: state.cruiseStatus, currentSpeed: speed, distanceToNextVehicle };
  },
});
