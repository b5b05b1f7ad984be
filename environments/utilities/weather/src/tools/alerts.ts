import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { coordinateKey } from '../coordinates.js';
import type { WeatherState } from '../scenario.js';

export const getAlerts = defineTool({
  name: 'get_alerts',
  description:
    'Weather alerts for a coordinate (matched to 4 decimal places): severity, urgency, event, safety instructions ' +
    'and affected areas. Only active alerts unless active_only is false. A point without alerts gives an empty list.',
  input: z.object({
    latitude: z.number(),
    longitude: z.number(),
    active_only: z.boolean().default(true),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WeatherState>, args) => {
    const key = coordinateKey(args.latitude, args.longitude);
    const all = Object.hasOwn(state.alerts, key) ? (state.alerts[key] ?? []) : [];
    return {
      alerts: all
        .filter((alert) => !args.active_only || alert.active)
        .map((alert) => ({
          severity: alert.severity,
          urgency: alert.urgency,
          event: alert.event,
          instructions: alert.instructions,
          areas: alert.areas,
        })),
    };
  },
});
