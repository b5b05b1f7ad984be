import { pythonTruthy } from '@envfleet/kit';
import { z } from 'zod';
import { isPlainObject } from './lib/python.js';

// Same fields and field order as the reference's KnowledgeGraphScenario, in its saved form.

export const entitySchema = z.object({
  name: z.string(),
  entityType: z.string(),
  observations: z.array(z.string()).default(() => []),
});

export const relationSchema = z.object({
  from_entity: z.string(),
  to_entity: z.string(),
  relationType: z.string(),
});

// The reference reads relations written either way ("from"/"to" or "from_entity"/"to_entity") and
// silently drops entries that are not objects; the state always holds the from_entity/to_entity form.
function readRelations(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.filter(isPlainObject).map((relation) => ({
    from_entity: pythonTruthy(relation.from_entity) ? relation.from_entity : Object.hasOwn(relation, 'from') ? relation.from : '',
    to_entity: pythonTruthy(relation.to_entity) ? relation.to_entity : Object.hasOwn(relation, 'to') ? relation.to : '',
    relationType: relation.relationType,
  }));
}

export const scenarioSchema = z.object({
  /** Entities keyed by name. */
  entities: z.record(z.string(), entitySchema).default(() => ({})),
  /** Directed relations, in creation order. */
  relations: z.preprocess(readRelations, z.array(relationSchema)).default(() => []),
});

export type KnowledgeGraphState = z.output<typeof scenarioSchema>;
export type Entity = z.output<typeof entitySchema>;
export type Relation = z.output<typeof relationSchema>;
