import { pythonRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleTool } from '../scenario.js';

const MAX_FUEL = 50;
const MIN_FUEL = 0.0;

export const startEngine = defineVehicleTool({
  name: 'startEngine',
  description:
    'Start ("START") or stop ("STOP") the engine. Starting needs every door locked and the brake pedal pressed ' +
    'fully (1000 N); each unmet condition is answered with {error}. "STOP" stops the engine at once, yet still ' +
    'goes through those checks and ends with an "Invalid ignition mode." error when they pass.',
  input: z.object({ ignitionMode: z.string() }),
  handler: (state, args) => {
    if (args.ignitionMode === 'STOP') state.engine_state = 'stopped';
    if (state.remainingUnlockedDoors > 0) {
      const unlocked = Object.entries(state.doorStatus)
        .filter(([, status]) => status === 'unlocked')
        .map(([door]) => door);
      return { error: `All doors must be locked before starting the engine. Here are the unlocked doors: ${unlocked.join(', ')}` };
    }
    if (state.brakePedalStatus !== 'pressed') return { error: 'Brake pedal needs to be pressed when starting the engine.' };
    if (state._brakePedalForce !== 1000.0) return { error: 'Must press the brake fully before starting the engine.' };
    if (state.fuelLevel < MIN_FUEL) return { error: 'Fuel tank is empty.' };
    if (args.ignitionMode !== 'START') return { error: 'Invalid ignition mode.' };
    state.engine_state = 'running';
    return { engineState: state.engine_state, fuelLevel: state.fuelLevel, batteryVoltage: state.batteryVoltage };
  },
});

export const fillFuelTank = defineVehicleTool({
  name: 'fillFuelTank',
  description:
    'Add fuelAmount gallons to the tank (capacity 50 gallons) and answer the new fuelLevel. A negative amount or ' +
    'one that would overfill the tank is answered with {error}.',
  input: z.object({ fuelAmount: z.number() }),
  handler: (state, args) => {
    if (args.fuelAmount < 0) return { error: 'Fuel amount cannot be negative.' };
    if (state.fuelLevel + args.fuelAmount > MAX_FUEL) return { error: 'Cannot fill gas above the tank capacity.' };
    if (state.fuelLevel + args.fuelAmount < MIN_FUEL) return { error: 'Fuel tank is empty. Min fuel level is 0 gallons.' };
    state.fuelLevel += args.fuelAmount;
    return { fuelLevel: state.fuelLevel };
  },
});

export const lockDoors = defineVehicleTool({
  name: 'lockDoors',
  description:
    'Lock (unlock: false) or unlock (unlock: true) the listed doors (driver, passenger, rear_left, rear_right) ' +
    'and answer the lock status with how many doors remain unlocked. An unknown door name fails the call.',
  input: z.object({ unlock: z.boolean(), door: z.array(z.string()) }),
  handler: (state, args) => {
    const target = args.unlock ? 'unlocked' : 'locked';
    for (const door of args.door) {
      if (!Object.hasOwn(state.doorStatus, door)) throw new ToolError(`KeyError: ${pythonRepr(door)}`);
      if (state.doorStatus[door] === target) continue;
      state.doorStatus[door] = target;
      state.remainingUnlockedDoors += args.unlock ? 1 : -1;
    }
    return { lockStatus: target, remainingUnlockedDoors: state.remainingUnlockedDoors };
  },
});
