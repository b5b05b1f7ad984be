import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { activateParkingBrake, pressBrakePedal, releaseBrakePedal, setCruiseControl } from './tools/brakes.js';
import {
  adjustClimateControl,
  getOutsideTemperatureFromGoogle,
  getOutsideTemperatureFromWeatherCom,
  setHeadlights,
} from './tools/climate.js';
import { fillFuelTank, lockDoors, startEngine } from './tools/engine.js';
import { checkTirePressure, displayCarStatus, displayLog, getCurrentSpeed } from './tools/status.js';
import {
  estimateDistance,
  estimateDriveFeasibilityByMileage,
  findNearestTireShop,
  gallonToLiter,
  getZipcodeBasedOnCity,
  literToGallon,
  setNavigation,
} from './tools/trip.js';

export const bfclVehicleControlApi = defineEnvironment({
  name: 'BfclVehicleControlAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's VehicleControlAPI: a car to drive through its controls — doors, brake pedal and " +
    'engine, fuel, climate, headlights, parking brake, cruise control, tire pressure, navigation and a few ' +
    'trip helpers. Same class, function and argument names as the benchmark; a scenario is the class entry of an ' +
    'initial_config.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    startEngine,
    fillFuelTank,
    lockDoors,
    adjustClimateControl,
    getOutsideTemperatureFromGoogle,
    getOutsideTemperatureFromWeatherCom,
    setHeadlights,
    displayCarStatus,
    activateParkingBrake,
    pressBrakePedal,
    releaseBrakePedal,
    setCruiseControl,
    getCurrentSpeed,
    displayLog,
    estimateDriveFeasibilityByMileage,
    literToGallon,
    gallonToLiter,
    estimateDistance,
    getZipcodeBasedOnCity,
    setNavigation,
    checkTirePressure,
    findNearestTireShop,
  ],
});

export default bfclVehicleControlApi;
export { scenarioSchema };
export type { VehicleState } from './scenario.js';
