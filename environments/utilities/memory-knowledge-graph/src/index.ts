import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { addObservations } from './tools/add-observations.js';
import { createEntities } from './tools/create-entities.js';
import { createRelations } from './tools/create-relations.js';
import { openNodes, searchNodes } from './tools/read-graph.js';

export const memoryKnowledgeGraph = defineEnvironment({
  name: 'MemoryKnowledgeGraph',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'A persistent memory as a knowledge graph: named entities with a type and observations (facts), and directed ' +
    'relations between them. Create entities and relations, add observations, search by text, open nodes by name.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [createEntities, createRelations, addObservations, searchNodes, openNodes],
});

export default memoryKnowledgeGraph;
export { scenarioSchema };
export type { Entity, KnowledgeGraphState, Relation } from './scenario.js';
