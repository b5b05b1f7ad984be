import { defineTool, type Draft, pythonStr, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { describe } from '../lib/describe.js';
import { isHashable } from '../lib/python.js';
import type { KnowledgeGraphState } from '../scenario.js';
import { requireObjects } from './items.js';

/** One string becomes a one-item list; a list has each item written as text; any other value becomes its text. */
function contentsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.map((item) => pythonStr(item));
  return [pythonStr(value)];
}

export const addObservations = defineTool({
  name: 'add_observations',
  description:
    'Append observations (facts) to existing entities. Each item is {entityName, contents} where contents is a ' +
    'string or a list of strings. Observations the entity already has are not added again. Fails, changing ' +
    'nothing, if any entity does not exist. Returns, per item, the observations actually added.',
  input: z.object({ observations: z.array(z.any()) }),
  handler: (state: Draft<KnowledgeGraphState>, args) => {
    const items = requireObjects(args.observations, 'observations', 'with entityName and contents', (item) => {
      const name = item.entityName;
      if (!pythonTruthy(name)) throw new ToolError('Each observation must have a non-empty entityName');
      if (!isHashable(name)) throw new ToolError(`entityName must be a string, got ${describe(name)}`);
      if (typeof name !== 'string' || !Object.hasOwn(state.entities, name)) throw new ToolError(`Entity '${pythonStr(name)}' not found`);
    });
    // The reference only notices a missing `contents` after every item passed the checks above.
    for (const item of items) {
      if (!Object.hasOwn(item, 'contents')) throw new ToolError(`Observation for '${pythonStr(item.entityName)}' has no contents`);
    }
    const added = items.map((item) => {
      const name = item.entityName as string;
      const entity = state.entities[name];
      if (!entity) throw new ToolError(`Entity '${name}' not found`);
      // Checked against what the entity had before this item, so repeats inside one list are kept.
      const fresh = contentsOf(item.contents).filter((text) => !entity.observations.includes(text));
      entity.observations.push(...fresh);
      return { entityName: name, contents: fresh };
    });
    return { added };
  },
});
