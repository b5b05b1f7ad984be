import { containsText, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { describe } from '../lib/describe.js';
import { isHashable } from '../lib/python.js';
import type { Entity, KnowledgeGraphState, Relation } from '../scenario.js';

const asEdge = (relation: Relation) => ({ from: relation.from_entity, to: relation.to_entity, relationType: relation.relationType });
const copy = (entity: Entity): Entity => ({ name: entity.name, entityType: entity.entityType, observations: [...entity.observations] });

export const searchNodes = defineTool({
  name: 'search_nodes',
  description:
    'Find entities whose name, type or any observation contains the query (case-insensitive substring), plus every ' +
    'relation that touches one of them (either end).',
  input: z.object({ query: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KnowledgeGraphState>, args) => {
    if (!args.query) throw new ToolError('query must be a non-empty string');
    const needle = args.query.toLowerCase();
    const hit = (text: string) => containsText(text.toLowerCase(), needle);
    const matched = new Set<string>();
    const entities: Entity[] = [];
    for (const [name, entity] of Object.entries(state.entities)) {
      if (hit(name) || hit(entity.entityType) || entity.observations.some(hit)) {
        entities.push(copy(entity));
        matched.add(name);
      }
    }
    const relations = state.relations.filter((r) => matched.has(r.from_entity) || matched.has(r.to_entity)).map(asEdge);
    return { entities, relations };
  },
});

export const openNodes = defineTool({
  name: 'open_nodes',
  description:
    'Fetch entities by exact name (in the order asked; unknown names are left out) and the relations that run ' +
    'between two of the requested names.',
  input: z.object({ names: z.array(z.any()) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KnowledgeGraphState>, args) => {
    if (args.names.length === 0) throw new ToolError('names must be a non-empty list');
    const bad = args.names.find((name) => !isHashable(name));
    if (bad !== undefined) throw new ToolError(`names must be entity names, got ${describe(bad)}`);
    const wanted = new Set(args.names.filter((name): name is string => typeof name === 'string'));
    const entities = args.names
      .filter((name): name is string => typeof name === 'string' && Object.hasOwn(state.entities, name))
      .map((name) => copy(state.entities[name] as Entity));
    const relations = state.relations.filter((r) => wanted.has(r.from_entity) && wanted.has(r.to_entity)).map(asEdge);
    return { entities, relations };
  },
});
