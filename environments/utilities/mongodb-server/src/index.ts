import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { aggregate } from './tools/aggregate.js';
import { listCollections, listDatabases } from './tools/catalog.js';
import { find } from './tools/find.js';
import { insertOne } from './tools/insert-one.js';

export const mongodbServer = defineEnvironment({
  name: 'MongoDBServer',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'An in-memory MongoDB server: list databases and collections, query documents with filter, projection, sort and paging, run aggregation pipelines ($match, $sort, $limit, $skip, $project, $count, $group) and insert documents.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listDatabases, listCollections, find, aggregate, insertOne],
});

export default mongodbServer;
export { scenarioSchema };
export type { MongoDocument, MongoState } from './scenario.js';
