import { anyInteger, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state is VehicleControlAPI's public attributes under their own names, plus what the class
// keeps privately in `_` keys (brake forces, slope, its random generator's seed and position).
// A BFCL initial_config loads as `_load_scenario` reads it: four of its keys differ from the
// attributes they fill (engineState, parkingBrakeForce, slopeAngle, brakePedalForce; random_seed),
// and remainingUnlockedDoors is always recounted from doorStatus.
const DOORS = { driver: 'unlocked', passenger: 'unlocked', rear_left: 'unlocked', rear_right: 'unlocked' };

const fields = z.object({
  fuelLevel: z.number().default(0.0),
  batteryVoltage: z.number().default(12.6),
  engine_state: z.string().default('stopped'),
  remainingUnlockedDoors: anyInteger().default(4),
  doorStatus: keyedRecord(z.string()).default(() => ({ ...DOORS })),
  acTemperature: z.number().default(25.0),
  fanSpeed: z.number().default(50),
  acMode: z.string().default('auto'),
  humidityLevel: z.number().default(50.0),
  headLightStatus: z.string().default('off'),
  parkingBrakeStatus: z.string().default('released'),
  brakePedalStatus: z.string().default('released'),
  distanceToNextVehicle: z.number().default(50.0),
  cruiseStatus: z.string().default('inactive'),
  destination: z.string().default('None'),
  frontLeftTirePressure: z.number().default(32.0),
  frontRightTirePressure: z.number().default(32.0),
  rearLeftTirePressure: z.number().default(30.0),
  rearRightTirePressure: z.number().default(30.0),
  long_context: z.boolean().default(false),
  _parkingBrakeForce: z.number().default(0.0),
  _slopeAngle: z.number().default(0.0),
  _brakePedalForce: z.number().default(0.0),
  _random_seed: anyInteger().default(141053),
  // How many random() draws the class's generator has made: replaying them restores its position.
  _random_draws: anyInteger().min(0).default(0),
  // The initial_config spellings; when given they win, as only they are read by BFCL.
  engineState: z.string().optional(),
  parkingBrakeForce: z.number().optional(),
  slopeAngle: z.number().optional(),
  brakePedalForce: z.number().optional(),
  random_seed: anyInteger().optional(),
});

export const scenarioSchema = fields.overwrite((raw) => {
  const { engineState, parkingBrakeForce, slopeAngle, brakePedalForce, random_seed, ...state } = raw;
  if (engineState !== undefined) state.engine_state = engineState;
  if (parkingBrakeForce !== undefined) state._parkingBrakeForce = parkingBrakeForce;
  if (slopeAngle !== undefined) state._slopeAngle = slopeAngle;
  if (brakePedalForce !== undefined) state._brakePedalForce = brakePedalForce;
  if (random_seed !== undefined) state._random_seed = random_seed;
  state.remainingUnlockedDoors = 4 - Object.values(state.doorStatus).filter((status) => status === 'locked').length;
  return state;
});

export type VehicleState = z.output<typeof scenarioSchema>;

export const defineVehicleTool = toolsFor<VehicleState>();
