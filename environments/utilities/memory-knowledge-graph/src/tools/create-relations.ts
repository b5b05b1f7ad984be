import { defineTool, type Draft, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { describe } from '../lib/describe.js';
import { isHashable } from '../lib/python.js';
import type { KnowledgeGraphState } from '../scenario.js';
import { requireObjects } from './items.js';

// Either key style is accepted; "from"/"to" win when both are present and non-empty.
const endpoint = (item: Record<string, unknown>, short: 'from' | 'to') =>
  pythonTruthy(item[short]) ? item[short] : item[`${short}_entity`];

function requireKey(value: unknown, field: string): void {
  if (!isHashable(value)) throw new ToolError(`Relation ${field} must be an entity name, got ${describe(value)}`);
}

export const createRelations = defineTool({
  name: 'create_relations',
  description:
    'Add directed relations between existing entities. Each item is {from, to, relationType} ("from_entity"/' +
    '"to_entity" are accepted too), relationType in active voice such as "works_at". A relation is skipped, not ' +
    'an error, when either end is not an entity or the same relation already exists. Returns created and skipped ' +
    '(skipped items as given).',
  input: z.object({ relations: z.array(z.any()) }),
  handler: (state: Draft<KnowledgeGraphState>, args) => {
    const items = requireObjects(args.relations, 'relations', 'with from, to and relationType', (item) => {
      if (!pythonTruthy(endpoint(item, 'from')) || !pythonTruthy(endpoint(item, 'to')) || !pythonTruthy(item.relationType)) {
        throw new ToolError('Each relation must have non-empty from, to, and relationType');
      }
    });
    const created: { from: string; to: string; relationType: string }[] = [];
    const skipped: unknown[] = [];
    const known = (name: unknown, field: string) => {
      requireKey(name, field);
      return typeof name === 'string' && Object.hasOwn(state.entities, name);
    };
    for (const item of items) {
      const from = endpoint(item, 'from');
      const to = endpoint(item, 'to');
      const relationType = item.relationType;
      if (!known(from, 'from') || !known(to, 'to')) {
        skipped.push(item);
        continue;
      }
      const exists = state.relations.some((r) => r.from_entity === from && r.to_entity === to && r.relationType === relationType);
      if (exists) {
        skipped.push(item);
        continue;
      }
      if (typeof relationType !== 'string') throw new ToolError(`relationType must be a string, got ${describe(relationType)}`);
      const fromName = from as string;
      const toName = to as string;
      state.relations.push({ from_entity: fromName, to_entity: toName, relationType });
      created.push({ from: fromName, to: toName, relationType });
    }
    return { created, skipped };
  },
});
