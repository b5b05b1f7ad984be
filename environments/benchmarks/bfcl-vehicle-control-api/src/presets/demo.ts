import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A hatchback parked on a hillside street in Rivermist on a cold morning: a quarter tank, the driver
// door already locked and the others not, the parking brake on, the heater set in Fahrenheit by the
// last driver, one soft rear tire that pulls the average just under the healthy range, and a
// destination left over from yesterday. Starting it takes locking three doors and a full brake press.
export const demo: z.input<typeof scenarioSchema> = {
  fuelLevel: 12.5,
  batteryVoltage: 12.2,
  engineState: 'stopped',
  doorStatus: { driver: 'locked', passenger: 'unlocked', rear_left: 'unlocked', rear_right: 'unlocked' },
  acTemperature: 21.5,
  fanSpeed: 30,
  acMode: 'heat',
  humidityLevel: 62.0,
  headLightStatus: 'off',
  parkingBrakeStatus: 'engaged',
  parkingBrakeForce: 500.0,
  slopeAngle: 8.0,
  distanceToNextVehicle: 50.0,
  cruiseStatus: 'inactive',
  destination: '2107 Channing Way, Berkeley, CA',
  frontLeftTirePressure: 31.0,
  frontRightTirePressure: 30.5,
  rearLeftTirePressure: 29.0,
  rearRightTirePressure: 26.5,
  random_seed: 20251204,
};
