import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

export const getNavigationStatus = defineVehicleControlTool({
  name: 'get_navigation_status',
  description: 'The navigation system: {destination (the address set, "" if none), navigation_status (active/inactive)}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({
    destination: state.navigation_destination,
    navigation_status: state.navigation_active ? 'active' : 'inactive',
  }),
});

export const setNavigationDestination = defineVehicleControlTool({
  name: 'set_navigation_destination',
  description:
    'Sets the navigation destination (a non-empty address such as "street, city, state", not checked against any map) ' +
    'and starts guidance: {destination, navigation_status: active}.',
  input: z.object({
    destination: z.string(),
  }),
  handler: (state, args) => {
    if (!args.destination) throw new ToolError('destination is empty: give an address such as "1 Main St, Austin, TX"');
    state.navigation_destination = args.destination;
    state.navigation_active = true;
    return { destination: state.navigation_destination, navigation_status: 'active' };
  },
});

export const getCityZipcode = defineVehicleControlTool({
  name: 'get_city_zipcode',
  description:
    'The zipcode of a city from the directory, by exact name (e.g. "San Francisco"): {city_zipcode}, "00000" when the ' +
    'city is not listed.',
  input: z.object({
    city_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.city_name) throw new ToolError('city_name is empty: give a city name such as "Chicago"');
    return { city_zipcode: ownEntry(state.cityZipMap, args.city_name) ?? '00000' };
  },
});

export const estimateDistanceBetweenCities = defineVehicleControlTool({
  name: 'estimate_distance_between_cities',
  description:
    'Driving distance in km from city_a_zipcode to city_b_zipcode (use get_city_zipcode first): {distance, ' +
    'intermediary_cities}. Routes are looked up one way, as stored; a route that is not known (or stored as 0) gives ' +
    'distance 0 and an `error`.',
  input: z.object({
    city_a_zipcode: z.string(),
    city_b_zipcode: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.city_a_zipcode) throw new ToolError('city_a_zipcode is empty: give a zipcode such as "10001"');
    if (!args.city_b_zipcode) throw new ToolError('city_b_zipcode is empty: give a zipcode such as "60601"');
    const routes = ownEntry(state.distanceMap, args.city_a_zipcode);
    const distance = (routes && ownEntry(routes, args.city_b_zipcode)) ?? 0;
    if (distance === 0) {
      return {
        distance: 0,
        intermediary_cities: [],
        error: `Distance not found between zipcodes ${args.city_a_zipcode} and ${args.city_b_zipcode}`,
      };
    }
    return { distance, intermediary_cities: [] };
  },
});
