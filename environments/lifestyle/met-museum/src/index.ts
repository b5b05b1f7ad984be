import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getMuseumObject } from './tools/get-museum-object.js';
import { listDepartments } from './tools/list-departments.js';
import { searchMuseumObjects } from './tools/search-museum-objects.js';

export const metMuseum = defineEnvironment({
  name: 'MetMuseum',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "The Metropolitan Museum of Art's collection: list curatorial departments, search objects by title, artist, medium or tag (optionally in one department), and read an object's record.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listDepartments, searchMuseumObjects, getMuseumObject],
});

export default metMuseum;
export { scenarioSchema };
export type { MetMuseumState } from './scenario.js';
