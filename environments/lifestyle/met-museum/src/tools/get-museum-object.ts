import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMetMuseumTool } from '../scenario.js';

export const getMuseumObject = defineMetMuseumTool({
  name: 'get_museum_object',
  description:
    'An object of the collection by id: title, artist and bio, department, credit line, medium, dimensions, image URL ' +
    'and tags. Fails for an unknown id.',
  input: z.object({
    objectId: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.objectId) throw new ToolError("Parameter 'objectId' must be a non-empty string");
    const object = ownEntry(state.objects, args.objectId);
    if (!object) throw new ToolError(`Object with ID '${args.objectId}' not found`);
    return object;
  },
});
