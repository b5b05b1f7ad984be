import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { SavedLocation, WeatherState } from '../scenario.js';

function requireAlias(alias: string): void {
  if (!alias) throw new ToolError('Alias must be a non-empty string');
}

function findSaved(state: Draft<WeatherState>, alias: string): SavedLocation | undefined {
  return ownEntry(state.saved_locations, alias);
}

export const saveLocation = defineTool({
  name: 'save_location',
  description:
    'Save a coordinate under a short alias (e.g. "home") with a display name, for later use with get_saved_location. ' +
    'Saving an alias that already exists replaces it. Latitude must be within -90..90 and longitude within -180..180; ' +
    'the timezone is recorded as UTC.',
  input: z.object({
    alias: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string(),
  }),
  handler: (state: Draft<WeatherState>, args) => {
    requireAlias(args.alias);
    if (!args.name) throw new ToolError('Name must be a non-empty string');
    const problems: string[] = [];
    if (args.latitude < -90 || args.latitude > 90) problems.push(`Latitude must be between -90 and 90, got ${args.latitude}`);
    if (args.longitude < -180 || args.longitude > 180) problems.push(`Longitude must be between -180 and 180, got ${args.longitude}`);
    if (problems.length > 0) throw new ToolError(problems.join('; '));
    state.saved_locations[args.alias] = {
      alias: args.alias,
      name: args.name,
      latitude: args.latitude,
      longitude: args.longitude,
      timezone: 'UTC',
    };
    return 'Successfully saved location';
  },
});

export const listSavedLocations = defineTool({
  name: 'list_saved_locations',
  description: 'Every saved location with its alias, display name and coordinates.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>) => ({
    locations: Object.values(state.saved_locations).map((location) => ({
      alias: location.alias,
      name: location.name,
      latitude: location.latitude,
      longitude: location.longitude,
    })),
  }),
});

export const getSavedLocation = defineTool({
  name: 'get_saved_location',
  description: 'One saved location by alias: alias, display name, timezone and coordinates. Fails for an unknown alias.',
  input: z.object({ alias: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    requireAlias(args.alias);
    const location = findSaved(state, args.alias);
    if (!location) throw new ToolError(`Location with alias '${args.alias}' not found`);
    return {
      alias: location.alias,
      name: location.name,
      timezone: location.timezone,
      latitude: location.latitude,
      longitude: location.longitude,
    };
  },
});

export const removeSavedLocation = defineTool({
  name: 'remove_saved_location',
  description:
    'Delete a saved location by alias and report how many remain. Removing an alias that is not saved is not an ' +
    'error: nothing changes and the same confirmation is returned.',
  input: z.object({ alias: z.string() }),
  annotations: { destructiveHint: true, idempotentHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    requireAlias(args.alias);
    if (Object.hasOwn(state.saved_locations, args.alias)) delete state.saved_locations[args.alias];
    return {
      confirmation: `Location '${args.alias}' has been removed`,
      remaining_count: Object.keys(state.saved_locations).length,
    };
  },
});
