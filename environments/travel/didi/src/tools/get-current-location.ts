import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';

export const getCurrentLocation = defineDidiTool({
  name: 'get_current_location',
  description:
    "Return the device's current position as {location: {latitude, longitude}}, a starting point for routes, nearby searches and ride estimates.",
  annotations: { readOnlyHint: true },
  input: z.object({}),
  handler: (state) => ({ location: { latitude: state.current_location.latitude, longitude: state.current_location.longitude } }),
});
