import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

const HEADLIGHT_MODES = ['on', 'off', 'auto'];

export const getHeadlightStatus = defineVehicleControlTool({
  name: 'get_headlight_status',
  description: 'The headlight mode: {headlight_status: on, off or auto}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ headlight_status: state.headlight_status }),
});

export const setHeadlights = defineVehicleControlTool({
  name: 'set_headlights',
  description: 'Switches the headlights to mode on, off or auto (by ambient light) and returns {headlight_status}.',
  input: z.object({
    mode: z.string(),
  }),
  handler: (state, args) => {
    if (!HEADLIGHT_MODES.includes(args.mode)) {
      throw new ToolError(`mode "${args.mode}" is not a headlight mode: use on, off or auto`);
    }
    state.headlight_status = args.mode;
    return { headlight_status: state.headlight_status };
  },
});
