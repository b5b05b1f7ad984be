import { defineTool, type Draft, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { describe } from '../lib/describe.js';

import type { Entity, KnowledgeGraphState } from '../scenario.js';
import { requireObjects } from './items.js';

export const createEntities = defineTool({
  name: 'create_entities',
  description:
    'Add entities to the graph. Each item is {name, entityType, observations?} where observations is a list of ' +
    'strings. A name that already exists is skipped (the existing entity is left as it is). Returns the created ' +
    'entities and the skipped names.',
  input: z.object({ entities: z.array(z.any()) }),
  handler: (state: Draft<KnowledgeGraphState>, args) => {
    const items = requireObjects(args.entities, 'entities', 'with name and entityType', (item) => {
      if (!pythonTruthy(item.name) || !pythonTruthy(item.entityType))
        throw new ToolError('Each entity must have a non-empty name and entityType');
    });
    const created: Entity[] = [];
    const skipped: string[] = [];
    for (const item of items) {
      const { name, entityType } = item;
      if (typeof name !== 'string') throw new ToolError(`Entity name must be a string, got ${describe(name)}`);
      if (Object.hasOwn(state.entities, name)) {
        skipped.push(name);
        continue;
      }
      if (typeof entityType !== 'string') throw new ToolError(`entityType of "${name}" must be a string, got ${describe(entityType)}`);
      const observations = Object.hasOwn(item, 'observations') ? item.observations : [];
      if (!Array.isArray(observations) || observations.some((o) => typeof o !== 'string')) {
        throw new ToolError(`observations of "${name}" must be a list of strings`);
      }
      const entity: Entity = { name, entityType, observations: [...(observations as string[])] };
      state.entities[name] = entity;
      created.push({ ...entity, observations: [...entity.observations] });
    }
    return { created, skipped };
  },
});
