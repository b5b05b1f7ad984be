import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { echoInfoJson } from '../model-json.js';
import { defineWuWaTool } from '../scenario.js';

export const getEchoInfo = defineWuWaTool({
  name: 'get_echo_info',
  description:
    'A Wuthering Waves echo set by Chinese name (e.g. 沉日劫明): cost, attribute bonuses, set effect and the characters it suits, as a JSON string in echo_info. An unknown name gives the JSON string {"error": "Echo not found"} rather than a failure; an empty name fails.',
  input: z.object({
    echo_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.echo_name) throw new ToolError('Echo name must be a non-empty string: pass echo_name');
    const found = ownEntry(state.echoDatabase, args.echo_name);
    // A miss is an answer, not a failure: the reference returns this JSON text in the same field.
    if (!found) return { echo_info: '{"error": "Echo not found"}' };
    return { echo_info: echoInfoJson(found) };
  },
});
