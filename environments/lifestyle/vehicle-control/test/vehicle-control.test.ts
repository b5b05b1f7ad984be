import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { vehicleControl as car } from '../src/index.js';

type Args = Record<string, unknown>;
type State = ReturnType<typeof car.load>;

const demo = () => car.loadPreset('demo');
const ALL_DOORS = ['driver', 'passenger', 'rear_left', 'rear_right'];

/** The state after running `calls` in order from `start`, each of which must succeed. */
function after(start: State, ...calls: [string, Args?][]): State {
  let state = start;
  for (const [name, args] of calls) {
    const outcome = car.call(state, name, args ?? {});
    expect(outcome.isError, `${name} failed: ${JSON.stringify(outcome.content)}`).toBe(false);
    state = outcome.state;
  }
  return state;
}

function expectFailure(name: string, args: Args, message: string | RegExp, start: State = demo()) {
  const outcome = car.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

const ready = () => after(demo(), ['lock_doors', { door_positions: ['driver'] }], ['press_brake_pedal', { pedal_position: 0.8 }]);

describe('default world', () => {
  it('loads the reference defaults from {}', () => {
    const state = car.load({});
    expect(state).toMatchObject({
      engine_state: 'stopped',
      fuel_level: 25,
      battery_voltage: 12,
      door_status: { driver: 'unlocked', passenger: 'unlocked', rear_left: 'unlocked', rear_right: 'unlocked' },
      climate_status: { temperature: 22, fan_speed: 50, mode: 'auto', humidity_level: 45 },
      headlight_status: 'off',
      distance_to_next_vehicle: 100,
      tire_pressure: { front_left: 32, front_right: 32, rear_left: 32, rear_right: 32 },
      outside_temperature: 20,
    });
    expect(Object.keys(state.cityZipMap)).toHaveLength(20);
    expect(car.call(state, 'find_nearest_tire_shop', {}).content).toEqual({ shop_location: '123 Main St, New York, NY' });
  });

  it('refuses scenarios outside the reference bounds', () => {
    expect(() => car.load({ fuel_level: 51 })).toThrow();
    expect(() => car.load({ door_status: { driver: 'locked' } })).toThrow();
    expect(() => car.load({ headlight_status: 'dim' })).toThrow();
  });
});

describe('engine', () => {
  it('starts only with every door locked and the pedal pressed, reporting the missing step', () => {
    const start = demo();
    const doorsOpen = car.call(start, 'start_engine', {});
    expect(doorsOpen.isError).toBe(false);
    expect(doorsOpen.content).toEqual({
      engine_state: 'stopped',
      fuel_level: 9.5,
      battery_voltage: 12.6,
      error: 'All doors must be locked to start the engine',
    });
    const locked = after(start, ['lock_doors', { door_positions: ['driver'] }]);
    expect(car.call(locked, 'start_engine', {}).content).toMatchObject({
      engine_state: 'stopped',
      error: 'Brake pedal must be fully pressed to start the engine',
    });
    const started = car.call(ready(), 'start_engine', {});
    expect(started.content).toEqual({ engine_state: 'running', fuel_level: 9.5, battery_voltage: 12.6 });
    expect(car.call(started.state, 'get_engine_status', {}).content).toEqual(started.content);
  });

  it('counts a pedal pressed to position 0 as pressed', () => {
    const state = after(car.load({}), ['lock_doors', { door_positions: ALL_DOORS }], ['press_brake_pedal', { pedal_position: 0 }]);
    expect(state.brake_pedal_force).toBe(0);
    expect(car.call(state, 'start_engine', {}).content).toMatchObject({ engine_state: 'running' });
  });

  it('switches a running engine off when a start attempt finds a door unlocked', () => {
    const running = car.load({ engine_state: 'running' });
    const outcome = car.call(running, 'start_engine', {});
    expect(outcome.content).toMatchObject({ engine_state: 'stopped', error: 'All doors must be locked to start the engine' });
    expect(outcome.state.engine_state).toBe('stopped');
  });

  it('stops without preconditions', () => {
    const outcome = car.call(car.load({ engine_state: 'running' }), 'stop_engine', {});
    expect(outcome.content).toEqual({ engine_state: 'stopped', fuel_level: 25, battery_voltage: 12 });
  });
});

describe('fuel', () => {
  it('fills up to exactly 50 gallons and reports an overflow without adding anything', () => {
    const full = car.call(demo(), 'fill_fuel_tank', { fuel_amount: 40.5 });
    expect(full.content).toEqual({ fuel_level: 50 });
    const start = demo();
    const overflow = car.call(start, 'fill_fuel_tank', { fuel_amount: 40.6 });
    expect(overflow.isError).toBe(false);
    expect(overflow.content).toEqual({ fuel_level: 9.5, error: 'Fuel amount would exceed tank capacity of 50 gallons' });
    expect(overflow.state.fuel_level).toBe(9.5);
  });

  it('refuses an amount that is not positive, and reads numeric text', () => {
    expectFailure('fill_fuel_tank', { fuel_amount: 0 }, 'fuel_amount must be more than 0 gallons (got 0)');
    expectFailure('fill_fuel_tank', { fuel_amount: -3 }, /more than 0/);
    expect(car.call(demo(), 'fill_fuel_tank', { fuel_amount: '0.5' }).content).toEqual({ fuel_level: 10 });
  });

  it('estimates range at 25 mpg, in km when asked', () => {
    expect(car.call(demo(), 'estimate_drive_feasibility', { distance: 1830, unit: 'km' }).content).toEqual({
      can_drive: false,
      current_fuel_level: 9.5,
      estimated_range: 382.21825,
    });
    expect(car.call(demo(), 'estimate_drive_feasibility', { distance: 237.5 }).content).toEqual({
      can_drive: true,
      current_fuel_level: 9.5,
      estimated_range: 237.5,
    });
    // Any unit other than "km" is read as miles.
    expect(car.call(demo(), 'estimate_drive_feasibility', { distance: 240, unit: 'KM' }).content).toMatchObject({
      can_drive: false,
      estimated_range: 237.5,
    });
    expectFailure('estimate_drive_feasibility', { distance: -1 }, 'distance must be 0 or more (got -1)');
  });

  it('converts volumes and refuses negative ones', () => {
    expect(car.call(demo(), 'convert_liter_to_gallon', { liters: 40 }).content).toEqual({ gallons: 10.566880000000001 });
    expect(car.call(demo(), 'convert_gallon_to_liter', { gallons: 9.5 }).content).toEqual({ liters: 35.961395 });
    expectFailure('convert_liter_to_gallon', { liters: -1 }, 'liters must be 0 or more (got -1)');
    expectFailure('convert_gallon_to_liter', { gallons: -0.5 }, 'gallons must be 0 or more (got -0.5)');
    expectFailure('convert_gallon_to_liter', { gallons: 1e308 }, /too large to convert/);
  });
});

describe('doors', () => {
  it('reports all doors, one door, or nothing for a name that is not a door', () => {
    expect(car.call(demo(), 'get_door_status', {}).content).toEqual({
      door_status: { driver: 'unlocked', passenger: 'locked', rear_left: 'locked', rear_right: 'locked' },
      remaining_unlocked_doors: 1,
    });
    expect(car.call(demo(), 'get_door_status', { door_position: 'passenger' }).content).toEqual({
      door_status: { passenger: 'locked' },
      remaining_unlocked_doors: 1,
    });
    expect(car.call(demo(), 'get_door_status', { door_position: 'constructor' }).content).toEqual({
      door_status: {},
      remaining_unlocked_doors: 1,
    });
    expect(car.call(demo(), 'get_door_status', { door_position: '' }).content).toMatchObject({ remaining_unlocked_doors: 1 });
  });

  it('locks and unlocks the named doors, ignoring unknown names', () => {
    const locked = car.call(demo(), 'lock_doors', { door_positions: ['driver', 'trunk'] });
    expect(locked.content).toEqual({
      lock_status: 'locked',
      door_status: { driver: 'locked', passenger: 'locked', rear_left: 'locked', rear_right: 'locked' },
      remaining_unlocked_doors: 0,
    });
    const unlocked = car.call(locked.state, 'unlock_doors', { door_positions: ['rear_left', 'rear_left'] });
    expect(unlocked.content).toEqual({
      lock_status: 'unlocked',
      door_status: { driver: 'locked', passenger: 'locked', rear_left: 'unlocked', rear_right: 'locked' },
      remaining_unlocked_doors: 1,
    });
    // A list written as JSON text is read as the list.
    expect(car.call(demo(), 'lock_doors', { door_positions: '["driver"]' }).content).toMatchObject({ remaining_unlocked_doors: 0 });
  });

  it('refuses an empty list', () => {
    expectFailure('lock_doors', { door_positions: [] }, /door_positions is empty/);
    expectFailure('unlock_doors', { door_positions: [] }, /door_positions is empty/);
  });
});

describe('climate and lights', () => {
  it('converts any unit other than "celsius" from Fahrenheit and keeps omitted settings', () => {
    const outcome = car.call(demo(), 'set_climate_control', { temperature: 70, unit: 'fahrenheit', mode: 'heat' });
    expect(outcome.content).toEqual({ current_temperature: 21.11111111111111, climate_mode: 'heat', fan_speed: 35, humidity_level: 68 });
    expect(car.call(outcome.state, 'get_climate_status', {}).content).toEqual({
      temperature: 21.11111111111111,
      fan_speed: 35,
      mode: 'heat',
      humidity_level: 68,
    });
    expect(car.call(demo(), 'set_climate_control', { temperature: 19, fan_speed: '80' }).content).toEqual({
      current_temperature: 19,
      climate_mode: 'defrost',
      fan_speed: 80,
      humidity_level: 68,
    });
  });

  it('refuses a fan speed outside 0-100, an unknown mode and an overflowing conversion', () => {
    expectFailure('set_climate_control', { temperature: 20, fan_speed: 101 }, 'fan_speed must be between 0 and 100 (got 101)');
    expectFailure('set_climate_control', { temperature: 20, fan_speed: -1 }, /between 0 and 100/);
    expectFailure(
      'set_climate_control',
      { temperature: 20, mode: 'dry' },
      'mode "dry" is not a climate mode: use auto, cool, heat or defrost',
    );
    expectFailure('set_climate_control', { temperature: 20, fan_speed: 5.5 }, /fan_speed/);
    expectFailure('set_climate_control', { temperature: -1e308, unit: 'F' }, /too large to convert to Celsius/);
  });

  it('reads the outside temperature and switches headlights', () => {
    expect(car.call(demo(), 'get_outside_temperature', {}).content).toEqual({ outside_temperature: 6.5 });
    expect(car.call(demo(), 'get_headlight_status', {}).content).toEqual({ headlight_status: 'auto' });
    const on = car.call(demo(), 'set_headlights', { mode: 'on' });
    expect(on.content).toEqual({ headlight_status: 'on' });
    expect(on.state.headlight_status).toBe('on');
    expectFailure('set_headlights', { mode: 'high' }, 'mode "high" is not a headlight mode: use on, off or auto');
  });
});

describe('brakes', () => {
  it('engages and releases the parking brake with its fixed force', () => {
    const released = car.call(demo(), 'set_parking_brake', { action: 'release' });
    expect(released.content).toEqual({ parking_brake_status: 'released', parking_brake_force: 0, slope_angle: 7.5 });
    const engaged = car.call(released.state, 'set_parking_brake', { action: 'engage' });
    expect(engaged.content).toEqual({ parking_brake_status: 'engaged', parking_brake_force: 5000, slope_angle: 7.5 });
    expectFailure('set_parking_brake', { action: 'Engage' }, 'action "Engage" is not a parking brake action: use engage or release');
  });

  it('presses the pedal in proportion and reports a position outside 0-1 without changing it', () => {
    const pressed = car.call(demo(), 'press_brake_pedal', { pedal_position: 0.8 });
    expect(pressed.content).toEqual({ brake_pedal_status: 'pressed', brake_pedal_force: 2400 });
    const tooFar = car.call(pressed.state, 'press_brake_pedal', { pedal_position: 1.5 });
    expect(tooFar.isError).toBe(false);
    expect(tooFar.content).toEqual({
      brake_pedal_status: 'pressed',
      brake_pedal_force: 2400,
      error: 'Pedal position must be between 0 and 1',
    });
    expect(tooFar.state.brake_pedal_force).toBe(2400);
    expect(car.call(pressed.state, 'get_brake_status', {}).content).toEqual({
      parking_brake_status: 'engaged',
      parking_brake_force: 5000,
      slope_angle: 7.5,
      brake_pedal_status: 'pressed',
      brake_pedal_force: 2400,
    });
    expect(car.call(pressed.state, 'release_brake_pedal', {}).content).toEqual({ brake_pedal_status: 'released', brake_pedal_force: 0 });
  });
});

describe('cruise control', () => {
  const running = () => after(ready(), ['start_engine']);

  it('activates at a multiple of 5 up to 120 km/h with a following distance', () => {
    const outcome = car.call(running(), 'set_cruise_control', { speed: 65, activate: true, distance_to_next_vehicle: 40 });
    expect(outcome.content).toEqual({ cruise_status: 'active', current_speed: 65, distance_to_next_vehicle: 40 });
    expect(car.call(outcome.state, 'get_cruise_status', {}).content).toEqual(outcome.content);
    expect(car.call(outcome.state, 'get_current_speed', {}).content).toEqual({ current_speed: 65 });
    const off = car.call(outcome.state, 'set_cruise_control', { speed: 33, activate: false });
    expect(off.content).toEqual({ cruise_status: 'inactive', current_speed: 65, distance_to_next_vehicle: 40 });
  });

  it('reports each unmet condition in the answer, in order, changing nothing', () => {
    const cases: [State, Args, string][] = [
      [demo(), { speed: 65, activate: true, distance_to_next_vehicle: 40 }, 'Engine must be running to activate cruise control'],
      [running(), { speed: 125, activate: true, distance_to_next_vehicle: 40 }, 'Speed must be between 0 and 120 km/h'],
      [
        running(),
        { speed: 62.5, activate: true, distance_to_next_vehicle: 40 },
        'Speed must be a multiple of 5 when activating cruise control',
      ],
      [running(), { speed: 60, activate: true }, 'Distance to next vehicle is required when activating cruise control'],
    ];
    for (const [start, args, error] of cases) {
      const outcome = car.call(start, 'set_cruise_control', args);
      expect(outcome.isError).toBe(false);
      expect(outcome.content).toEqual({ cruise_status: 'inactive', current_speed: 0, distance_to_next_vehicle: 45, error });
      expect(outcome.state).toEqual(start);
    }
  });

  it('refuses a negative following distance instead of storing it', () => {
    expectFailure(
      'set_cruise_control',
      { speed: 60, activate: true, distance_to_next_vehicle: -5 },
      'distance_to_next_vehicle must be 0 metres or more (got -5)',
      running(),
    );
  });

  it('reads booleans and numbers written as text', () => {
    const outcome = car.call(running(), 'set_cruise_control', { speed: '120', activate: 'true', distance_to_next_vehicle: '30' });
    expect(outcome.content).toEqual({ cruise_status: 'active', current_speed: 120, distance_to_next_vehicle: 30 });
  });
});

describe('tires', () => {
  it('judges all tires by their average and a single tire by itself', () => {
    expect(car.call(demo(), 'get_tire_pressure', {}).content).toEqual({
      tire_pressure: { front_left: 33.5, front_right: 33, rear_left: 27.5, rear_right: 33 },
      healthy_tire_pressure: true,
    });
    expect(car.call(demo(), 'get_tire_pressure', { tire_position: 'rear_left' }).content).toEqual({
      tire_pressure: { rear_left: 27.5 },
      healthy_tire_pressure: false,
    });
    expect(car.call(demo(), 'get_tire_pressure', { tire_position: 'spare' }).content).toEqual({
      tire_pressure: {},
      healthy_tire_pressure: false,
    });
  });

  it('check_tire_pressure needs every tire within 30-35 PSI', () => {
    expect(car.call(demo(), 'check_tire_pressure', {}).content).toEqual({
      front_left_tire_pressure: 33.5,
      front_right_tire_pressure: 33,
      rear_left_tire_pressure: 27.5,
      rear_right_tire_pressure: 33,
      healthy_tire_pressure: false,
    });
    const edges = car.load({ tire_pressure: { front_left: 30, front_right: 35, rear_left: 30, rear_right: 35 } });
    expect(car.call(edges, 'check_tire_pressure', {}).content).toMatchObject({ healthy_tire_pressure: true });
  });

  it('finds the shop of the first directory city, if it has one', () => {
    expect(car.call(demo(), 'find_nearest_tire_shop', {}).content).toEqual({ shop_location: '1420 Western Ave, Seattle, WA' });
    expect(car.call(car.load({ cityZipMap: { Boise: '83702' } }), 'find_nearest_tire_shop', {}).content).toEqual({
      shop_location: 'No tire shop found',
    });
    expect(car.call(car.load({ cityZipMap: {} }), 'find_nearest_tire_shop', {}).content).toEqual({ shop_location: 'No tire shop found' });
  });
});

describe('navigation and routes', () => {
  it('sets a destination and activates guidance', () => {
    expect(car.call(demo(), 'get_navigation_status', {}).content).toEqual({
      destination: '2101 N Northlake Way, Seattle, WA',
      navigation_status: 'inactive',
    });
    const outcome = car.call(demo(), 'set_navigation_destination', { destination: '300 N Alameda St, Los Angeles, CA' });
    expect(outcome.content).toEqual({ destination: '300 N Alameda St, Los Angeles, CA', navigation_status: 'active' });
    expect(car.call(outcome.state, 'get_navigation_status', {}).content).toMatchObject({ navigation_status: 'active' });
    expectFailure('set_navigation_destination', { destination: '' }, /destination is empty/);
  });

  it('looks zipcodes up by exact city name, "00000" when unknown', () => {
    expect(car.call(demo(), 'get_city_zipcode', { city_name: 'Vancouver' }).content).toEqual({ city_zipcode: '98660' });
    expect(car.call(demo(), 'get_city_zipcode', { city_name: 'seattle' }).content).toEqual({ city_zipcode: '00000' });
    expect(car.call(demo(), 'get_city_zipcode', { city_name: 'toString' }).content).toEqual({ city_zipcode: '00000' });
    expectFailure('get_city_zipcode', { city_name: '' }, /city_name is empty/);
  });

  it('reads routes one way as stored and reports a missing one in the answer', () => {
    expect(car.call(demo(), 'estimate_distance_between_cities', { city_a_zipcode: '98402', city_b_zipcode: '98660' }).content).toEqual({
      distance: 215,
      intermediary_cities: [],
    });
    expect(car.call(demo(), 'estimate_distance_between_cities', { city_a_zipcode: '98660', city_b_zipcode: '98402' }).content).toEqual({
      distance: 0,
      intermediary_cities: [],
      error: 'Distance not found between zipcodes 98660 and 98402',
    });
    expectFailure('estimate_distance_between_cities', { city_a_zipcode: '', city_b_zipcode: '98402' }, /city_a_zipcode is empty/);
    expectFailure('estimate_distance_between_cities', { city_a_zipcode: '98402', city_b_zipcode: '' }, /city_b_zipcode is empty/);
  });
});

describe('a whole trip from the demo world', () => {
  it('locks up, starts, sets cruise control and plans the drive to Portland', () => {
    const { state, outcomes } = runCalls(car, demo(), [
      { name: 'lock_doors', arguments: { door_positions: ['driver'] } },
      { name: 'press_brake_pedal', arguments: { pedal_position: 1 } },
      { name: 'start_engine', arguments: {} },
      { name: 'set_parking_brake', arguments: { action: 'release' } },
      { name: 'release_brake_pedal', arguments: {} },
      { name: 'set_cruise_control', arguments: { speed: 100, activate: true, distance_to_next_vehicle: 60 } },
      { name: 'get_city_zipcode', arguments: { city_name: 'Portland' } },
      { name: 'estimate_distance_between_cities', arguments: { city_a_zipcode: '98101', city_b_zipcode: '97201' } },
      { name: 'estimate_drive_feasibility', arguments: { distance: 280, unit: 'km' } },
    ]);
    expect(outcomes.every((outcome) => !outcome.isError)).toBe(true);
    expect(outcomes.at(-2)?.content).toEqual({ distance: 280, intermediary_cities: [] });
    expect(outcomes.at(-1)?.content).toMatchObject({ can_drive: true });
    expect(state).toMatchObject({ engine_state: 'running', cruise_status: 'active', current_speed: 100, parking_brake_status: 'released' });
  });
});
