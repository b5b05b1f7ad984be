import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A hatchback parked on a hill in Seattle on a cold, wet evening, before a trip down the west coast.
// Worth exploring: the driver's door is still unlocked and the pedal is up (start_engine refuses until
// both are fixed), the rear-left tire is low (the average still looks healthy, check_tire_pressure does
// not), 9.5 gallons are not enough for Los Angeles, one route is stored only one way, Boise has a
// zipcode but no routes or shop, and the first city of the directory (Seattle) decides the tire shop.
export const demo: z.input<typeof scenarioSchema> = {
  engine_state: 'stopped',
  fuel_level: 9.5,
  battery_voltage: 12.6,
  door_status: { driver: 'unlocked', passenger: 'locked', rear_left: 'locked', rear_right: 'locked' },
  climate_status: { temperature: 21.5, fan_speed: 35, mode: 'defrost', humidity_level: 68 },
  headlight_status: 'auto',
  parking_brake_status: 'engaged',
  parking_brake_force: 5000,
  slope_angle: 7.5,
  brake_pedal_status: 'released',
  brake_pedal_force: 0,
  cruise_status: 'inactive',
  current_speed: 0,
  distance_to_next_vehicle: 45,
  tire_pressure: { front_left: 33.5, front_right: 33, rear_left: 27.5, rear_right: 33 },
  navigation_destination: '2101 N Northlake Way, Seattle, WA',
  navigation_active: false,
  outside_temperature: 6.5,
  cityZipMap: {
    Seattle: '98101',
    Tacoma: '98402',
    Portland: '97201',
    Eugene: '97401',
    Sacramento: '95814',
    'San Francisco': '94103',
    'Los Angeles': '90012',
    Spokane: '99201',
    Boise: '83702',
    Vancouver: '98660',
  },
  distanceMap: {
    '98101': { '98402': 55, '97201': 280, '97401': 460, '95814': 1210, '94103': 1300, '90012': 1830, '99201': 450 },
    '98402': { '98101': 55, '97201': 230, '98660': 215 },
    '97201': { '98101': 280, '98402': 230, '97401': 180, '95814': 935, '94103': 1025, '90012': 1550 },
    '97401': { '98101': 460, '97201': 180, '95814': 755, '94103': 850 },
    '95814': { '98101': 1210, '97201': 935, '97401': 755, '94103': 140, '90012': 620 },
    '94103': { '98101': 1300, '97201': 1025, '97401': 850, '95814': 140, '90012': 615 },
    '90012': { '98101': 1830, '97201': 1550, '95814': 620, '94103': 615 },
    '99201': { '98101': 450 },
  },
  shopLocationsMap: {
    '98101': '1420 Western Ave, Seattle, WA',
    '98402': '915 Pacific Ave, Tacoma, WA',
    '97201': '2230 SW Jefferson St, Portland, OR',
    '95814': '1730 J St, Sacramento, CA',
    '94103': '88 Folsom St, San Francisco, CA',
    '90012': '300 N Alameda St, Los Angeles, CA',
  },
};
