import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getBrakeStatus, pressBrakePedal, releaseBrakePedal, setParkingBrake } from './tools/brakes.js';
import { getClimateStatus, getOutsideTemperature, setClimateControl } from './tools/climate.js';
import { getCruiseStatus, getCurrentSpeed, setCruiseControl } from './tools/cruise.js';
import { getDoorStatus, lockDoors, unlockDoors } from './tools/doors.js';
import { getEngineStatus, startEngine, stopEngine } from './tools/engine.js';
import { convertGallonToLiter, convertLiterToGallon, estimateDriveFeasibility, fillFuelTank, getFuelLevel } from './tools/fuel.js';
import { getHeadlightStatus, setHeadlights } from './tools/headlights.js';
import { estimateDistanceBetweenCities, getCityZipcode, getNavigationStatus, setNavigationDestination } from './tools/navigation.js';
import { checkTirePressure, findNearestTireShop, getTirePressure } from './tools/tires.js';

export const vehicleControl = defineEnvironment({
  name: 'VehicleControl',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "A car's controls: lock doors, press the brake and start the engine, set cruise control, climate and headlights, " +
    'check fuel and tires, and plan a drive with city zipcodes and distances.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getEngineStatus,
    startEngine,
    stopEngine,
    getFuelLevel,
    fillFuelTank,
    estimateDriveFeasibility,
    getDoorStatus,
    lockDoors,
    unlockDoors,
    getClimateStatus,
    setClimateControl,
    getOutsideTemperature,
    getHeadlightStatus,
    setHeadlights,
    getBrakeStatus,
    setParkingBrake,
    pressBrakePedal,
    releaseBrakePedal,
    getCruiseStatus,
    setCruiseControl,
    getCurrentSpeed,
    getTirePressure,
    checkTirePressure,
    findNearestTireShop,
    getNavigationStatus,
    setNavigationDestination,
    convertLiterToGallon,
    convertGallonToLiter,
    getCityZipcode,
    estimateDistanceBetweenCities,
  ],
});

export default vehicleControl;
export { scenarioSchema };
export type { VehicleControlState } from './scenario.js';
