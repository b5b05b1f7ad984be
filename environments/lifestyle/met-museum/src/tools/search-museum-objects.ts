import { containsText, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMetMuseumTool } from '../scenario.js';

export const searchMuseumObjects = defineMetMuseumTool({
  name: 'search_museum_objects',
  description:
    'Search the collection: objects whose title (only, when title is true) or title, artist, artist bio, department, ' +
    'medium and tags contain the query (case-insensitive), optionally only in one department (by id): {total, ' +
    'objectIds}; read each object with get_museum_object.',
  input: z.object({
    q: z.string(),
    title: z.boolean().nullable().default(null),
    departmentId: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.q) throw new ToolError("Search query 'q' must be a non-empty string");
    const query = args.q.toLowerCase();
    // An object is in a department when a department with that id has the object's department name.
    const departmentNames =
      args.departmentId === null
        ? undefined
        : new Set(state.departments.filter((d) => d.departmentId === args.departmentId).map((d) => d.displayName));
    const objectIds = Object.entries(state.objects)
      .filter(([, object]) => departmentNames === undefined || departmentNames.has(object.department))
      .filter(([, object]) => {
        const text = args.title
          ? object.title
          : [object.title, object.artist, object.artistBio, object.department, object.medium, object.tags.join(' ')].join(' ');
        return containsText(text.toLowerCase(), query);
      })
      .map(([id]) => id);
    return { total: objectIds.length, objectIds };
  },
});
