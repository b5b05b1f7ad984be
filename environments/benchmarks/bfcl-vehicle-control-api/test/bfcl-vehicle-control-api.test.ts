import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclVehicleControlApi as env } from '../src/index.js';
import { demo } from '../src/presets/demo.js';

const allLocked = { driver: 'locked', passenger: 'locked', rear_left: 'locked', rear_right: 'locked' };

function expectSoftError(scenario: unknown, name: string, args: Record<string, unknown>, error: unknown) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.content).toEqual({ error });
  expect(outcome.state).toEqual(before);
}

describe('BfclVehicleControlAPI scenario', () => {
  it("reads an initial_config's own key names into the class attributes and recounts unlocked doors", () => {
    const state = env.load({
      engineState: 'running',
      parkingBrakeForce: 500,
      slopeAngle: 3,
      brakePedalForce: 1000,
      random_seed: 7,
      remainingUnlockedDoors: 0,
      doorStatus: { driver: 'locked', passenger: 'unlocked', rear_left: 'locked', rear_right: 'unlocked' },
    });
    expect(state).toMatchObject({
      engine_state: 'running',
      _parkingBrakeForce: 500,
      _slopeAngle: 3,
      _brakePedalForce: 1000,
      _random_seed: 7,
    });
    expect(state.remainingUnlockedDoors).toBe(2);
    expect(state).not.toHaveProperty('engineState');
    // A saved state loads back as it was.
    expect(env.load(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('loads {} as the class defaults', () => {
    expect(env.load({})).toMatchObject({
      fuelLevel: 0,
      batteryVoltage: 12.6,
      engine_state: 'stopped',
      remainingUnlockedDoors: 4,
      destination: 'None',
    });
  });
});

describe('starting the engine', () => {
  it('needs locked doors and a full brake press, then runs', () => {
    const { outcomes, state } = runCalls(env, demo, [
      ['startEngine', { ignitionMode: 'START' }],
      ['lockDoors', { unlock: false, door: ['passenger', 'rear_left', 'rear_right', 'driver'] }],
      ['startEngine', { ignitionMode: 'START' }],
      ['pressBrakePedal', { pedalPosition: 0.3 }],
      ['startEngine', { ignitionMode: 'START' }],
      ['pressBrakePedal', { pedalPosition: 1 }],
      ['startEngine', { ignitionMode: 'START' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { error: 'All doors must be locked before starting the engine. Here are the unlocked doors: passenger, rear_left, rear_right' },
      { lockStatus: 'locked', remainingUnlockedDoors: 0 },
      { error: 'Brake pedal needs to be pressed when starting the engine.' },
      { brakePedalStatus: 'pressed', brakePedalForce: 300 },
      { error: 'Must press the brake fully before starting the engine.' },
      { brakePedalStatus: 'pressed', brakePedalForce: 1000 },
      { engineState: 'running', fuelLevel: 12.5, batteryVoltage: 12.2 },
    ]);
    expect(state.engine_state).toBe('running');
  });

  it('stops the engine on STOP even though the call ends in an error, as BFCL does', () => {
    const start = env.load({ engineState: 'running', doorStatus: allLocked, brakePedalStatus: 'pressed', brakePedalForce: 1000 });
    const outcome = env.call(start, 'startEngine', { ignitionMode: 'STOP' });
    expect(outcome.content).toEqual({ error: 'Invalid ignition mode.' });
    expect(outcome.state.engine_state).toBe('stopped');
  });

  it('fails on an unknown door and changes nothing', () => {
    const before = env.load(demo);
    const outcome = env.call(before, 'lockDoors', { unlock: false, door: ['passenger', 'trunk'] });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toBe("KeyError: 'trunk'");
    expect(outcome.state).toBe(before);
  });
});

describe('fuel, climate and brakes', () => {
  it('fills the tank up to 50 gallons', () => {
    expect(env.call(env.load(demo), 'fillFuelTank', { fuelAmount: 30 }).content).toEqual({ fuelLevel: 42.5 });
    expectSoftError(demo, 'fillFuelTank', { fuelAmount: 40 }, 'Cannot fill gas above the tank capacity.');
    expectSoftError(demo, 'fillFuelTank', { fuelAmount: -1 }, 'Fuel amount cannot be negative.');
  });

  it('stores a Fahrenheit setting in Celsius but answers the temperature as given', () => {
    const outcome = env.call(env.load(demo), 'adjustClimateControl', { temperature: 70, unit: 'fahrenheit', mode: 'cool' });
    expect(outcome.content).toEqual({ currentACTemperature: 70, climateMode: 'cool', humidityLevel: 62 });
    expect(outcome.state).toMatchObject({ acTemperature: 21.11111111111111, fanSpeed: 50, acMode: 'cool' });
    expectSoftError(demo, 'adjustClimateControl', { temperature: 20, fanSpeed: 101 }, 'Fan speed must be between 0 and 100.');
  });

  it('engages and releases the parking brake, and refuses other modes', () => {
    const { outcomes, state } = runCalls(env, demo, [['activateParkingBrake', { mode: 'release' }]]);
    expect(outcomes[0]?.content).toEqual({ parkingBrakeStatus: 'released', _parkingBrakeForce: 0, _slopeAngle: 10 });
    expect(state).toMatchObject({ parkingBrakeStatus: 'released', _parkingBrakeForce: 0, _slopeAngle: 10 });
    expectSoftError(demo, 'activateParkingBrake', { mode: 'hold' }, 'Invalid mode');
    expectSoftError(demo, 'pressBrakePedal', { pedalPosition: 1.5 }, 'Pedal position must be between 0 and 1.');
  });

  it('sets cruise control only with a running engine, storing the distance even for a bad speed', () => {
    expectSoftError(
      demo,
      'setCruiseControl',
      { speed: 60, activate: true, distanceToNextVehicle: 80 },
      'Start the engine before activating the cruise control.',
    );
    const running = env.load({ ...demo, engineState: 'running' });
    const bad = env.call(running, 'setCruiseControl', { speed: 62, activate: true, distanceToNextVehicle: 80 });
    expect(bad.content).toEqual({ error: 'Invalid speed' });
    expect(bad.state).toMatchObject({ distanceToNextVehicle: 80, cruiseStatus: 'inactive' });
    const good = env.call(running, 'setCruiseControl', { speed: 65, activate: true, distanceToNextVehicle: 100 });
    expect(good.content).toEqual({ cruiseStatus: 'active', currentSpeed: 65, distanceToNextVehicle: 100 });
  });
});

describe('readings', () => {
  it("draws temperature and speed from the scenario's seed, as Python's random does", () => {
    const { outcomes, state } = runCalls(env, {}, [
      ['get_outside_temperature_from_google', {}],
      ['get_current_speed', {}],
    ]);
    expect(outcomes[0]?.content).toEqual({ outsideTemperature: 36.63485703790535 });
    expect(outcomes[1]?.content).toEqual({ currentSpeed: 99.11925428879405 });
    expect(state._random_draws).toBe(2);
    expect(env.call(env.load(demo), 'get_current_speed', {}).content).toEqual({ currentSpeed: 66.76487349001522 });
  });

  it('reports status by option and tire health by average pressure', () => {
    const state = env.load(demo);
    expect(env.call(state, 'displayCarStatus', { option: 'parkingBrake' }).content).toEqual({
      parkingBrakeStatus: 'engaged',
      parkingBrakeForce: 500,
      slopeAngle: 8,
    });
    expect(env.call(state, 'displayCarStatus', { option: 'radio' }).content).toEqual({ error: 'Invalid option' });
    expect(env.call(state, 'check_tire_pressure', {}).content).toMatchObject({ healthy_tire_pressure: false, car_info: {} });
    expect(env.call(env.load({}), 'check_tire_pressure', {}).content).toMatchObject({ healthy_tire_pressure: true });
  });

  it('adds the long-context filler when the flag is set', () => {
    const state = env.load({ long_context: true });
    const status = env.call(state, 'displayCarStatus', { option: 'fuel' }).content as Record<string, unknown>;
    expect(Object.keys(status)).toEqual(['metadata', 'fuelLevel']);
    const distance = env.call(state, 'estimate_distance', { cityA: '94016', cityB: '83214' }).content as Record<string, unknown>;
    expect(distance.distance).toBe(980);
    expect((distance.intermediaryCities as string[]).length).toBeGreaterThan(100);
  });

  it('knows a few zip codes and distances either way round', () => {
    const state = env.load({});
    expect(env.call(state, 'get_zipcode_based_on_city', { city: 'Silverpine' }).content).toEqual({ zipcode: '62947' });
    expect(env.call(state, 'get_zipcode_based_on_city', { city: 'Atlantis' }).content).toEqual({ zipcode: '00000' });
    expect(env.call(state, 'estimate_distance', { cityA: '62947', cityB: '56108' }).content).toEqual({ distance: 320 });
    expect(env.call(state, 'estimate_distance', { cityA: '1', cityB: '2' }).content).toEqual({ error: 'distance not found in database.' });
    expect(env.call(state, 'estimate_drive_feasibility_by_mileage', { distance: 1 }).content).toEqual({ canDrive: false });
    expect(env.call(state, 'gallon_to_liter', { gallon: 7 }).content).toEqual({ liter: 26.497870000000002 });
  });
});
