import { z } from 'zod';
import { CAR_STATUS_METADATA } from '../long-context.js';
import { drawUniform } from '../random-draws.js';
import { defineVehicleTool, type VehicleState } from '../scenario.js';

type Status = Record<string, unknown>;

const SECTIONS: Record<string, (state: VehicleState) => Status> = {
  fuel: (state) => ({ fuelLevel: state.fuelLevel }),
  battery: (state) => ({ batteryVoltage: state.batteryVoltage }),
  doors: (state) => ({ doorStatus: state.doorStatus }),
  climate: (state) => ({
    currentACTemperature: state.acTemperature,
    fanSpeed: state.fanSpeed,
    climateMode: state.acMode,
    humidityLevel: state.humidityLevel,
  }),
  headlights: (state) => ({ headlightStatus: state.headLightStatus }),
  parkingBrake: (state) => ({
    parkingBrakeStatus: state.parkingBrakeStatus,
    parkingBrakeForce: state._parkingBrakeForce,
    slopeAngle: state._slopeAngle,
  }),
  brakePedal: (state) => ({ brakePedalStatus: state.brakePedalStatus, brakePedalForce: state._brakePedalForce }),
  engine: (state) => ({ engineState: state.engine_state }),
};

export const displayCarStatus = defineVehicleTool({
  name: 'displayCarStatus',
  description:
    'One part of the car\'s status: option is "fuel", "battery", "doors", "climate", "headlights", ' +
    '"parkingBrake", "brakePedal" or "engine". Another option is answered with {error}. The long-context ' +
    "variant adds the car's metadata.",
  input: z.object({ option: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const section = Object.hasOwn(SECTIONS, args.option) ? SECTIONS[args.option] : undefined;
    return {
      ...(state.long_context ? { metadata: CAR_STATUS_METADATA } : {}),
      ...(section ? section(state) : { error: 'Invalid option' }),
    };
  },
});

export const checkTirePressure = defineVehicleTool({
  name: 'check_tire_pressure',
  description:
    'The four tire pressures (psi) and whether they are healthy: an average between 30 and 35 psi. car_info is ' +
    "empty, or the car's metadata in the long-context variant.",
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    const average =
      (state.frontLeftTirePressure + state.frontRightTirePressure + state.rearLeftTirePressure + state.rearRightTirePressure) / 4;
    return {
      frontLeftTirePressure: state.frontLeftTirePressure,
      frontRightTirePressure: state.frontRightTirePressure,
      rearLeftTirePressure: state.rearLeftTirePressure,
      rearRightTirePressure: state.rearRightTirePressure,
      healthy_tire_pressure: average >= 30 && average <= 35,
      car_info: state.long_context ? CAR_STATUS_METADATA : {},
    };
  },
});

export const getCurrentSpeed = defineVehicleTool({
  name: 'get_current_speed',
  description: "The car's current speed, drawn between 0 and 120 from the car's seeded generator.",
  input: z.object({}),
  handler: (state) => ({ currentSpeed: drawUniform(state, 0.0, 120.0) }),
});

export const displayLog = defineVehicleTool({
  name: 'display_log',
  description: 'Show messages on the dashboard log; answers them back as {log}.',
  input: z.object({ messages: z.array(z.string()) }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({ log: args.messages }),
});
