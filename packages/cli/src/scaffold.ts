/**
 * The files of a new environment package. The result passes the contract suite as generated:
 * a scenario with defaults, one read tool, one write tool, a demo preset, a test and a README.
 */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

export function scaffoldFiles(domain: string, name: string): Record<string, string> {
  const kebab = kebabCase(name);
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  const state = `${name}State`;
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@envfleet/env-${kebab}`,
        version: '0.1.0',
        description: `${name} (envfleet environment, ${domain} domain)`,
        type: 'module',
        exports: { '.': { 'envfleet-source': './src/index.ts', types: './src/index.ts', default: './dist/index.js' } },
        bin: { [`envfleet-${kebab}`]: 'dist/main.js' },
        files: ['dist', 'README.md'],
        envfleet: { server: name, domain },
        scripts: { start: 'node ../../../scripts/build.mjs && node dist/main.js' },
        dependencies: { '@envfleet/kit': 'workspace:*', '@envfleet/server': 'workspace:*', zod: 'catalog:' },
      },
      null,
      2,
    )}\n`,
    'README.md': `# ${name} (\`@envfleet/env-${kebab}\`)

${domain[0]?.toUpperCase()}${domain.slice(1)} domain. Describe what this environment simulates.

| tool | what it does |
|---|---|
| \`list_items\` | every item (read-only) |
| \`add_item\` | add an item with the next id |

**Scenario**: \`items\` keyed by id and \`next_item_id\`. \`{}\` loads an empty world; preset \`demo\`
holds a few items.

Run it: \`pnpm --filter @envfleet/env-${kebab} start\` (HTTP on \`$PORT\`) or \`envfleet-${kebab} --stdio\`.

## Differences from the reference
None yet.
`,
    'src/scenario.ts': `import { z } from 'zod';

export const itemSchema = z.object({
  item_id: z.string().min(1),
  title: z.string().min(1),
});

// Every field has a default, so {} loads a world.
export const scenarioSchema = z.object({
  items: z.record(z.string(), itemSchema).default({}),
  next_item_id: z.int().min(1).default(1),
});

export type ${state} = z.output<typeof scenarioSchema>;
`,
    'src/tools/list-items.ts': `import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { ${state} } from '../scenario.js';

export const listItems = defineTool({
  name: 'list_items',
  description: 'List every item with its id and title.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<${state}>) => Object.values(state.items),
});
`,
    'src/tools/add-item.ts': `import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { ${state} } from '../scenario.js';

export const addItem = defineTool({
  name: 'add_item',
  description: 'Add an item with the given title; returns it with its new id (item_<n>).',
  input: z.object({ title: z.string() }),
  handler: (state: Draft<${state}>, args) => {
    if (!args.title.trim()) throw new ToolError('title must not be empty');
    const id = \`item_\${state.next_item_id}\`;
    state.next_item_id += 1;
    state.items[id] = { item_id: id, title: args.title };
    return state.items[id];
  },
});
`,
    'src/presets/demo.ts': `import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

export const demo: z.input<typeof scenarioSchema> = {
  items: {
    item_1: { item_id: 'item_1', title: 'First item' },
    item_2: { item_id: 'item_2', title: 'Second item' },
  },
  next_item_id: 3,
};
`,
    'src/index.ts': `import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { addItem } from './tools/add-item.js';
import { listItems } from './tools/list-items.js';

export const ${camel} = defineEnvironment({
  name: '${name}',
  domain: '${domain}',
  version: '0.1.0',
  description: '${name}: describe in one sentence what an agent can do here.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listItems, addItem],
});

export default ${camel};
`,
    'src/main.ts': `#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { ${camel} } from './index.js';

await runEnvironment(${camel});
`,
    [`test/${kebab}.test.ts`]: `import { describe, expect, it } from 'vitest';
import { ${camel} } from '../src/index.js';

describe('${name}', () => {
  it('adds items with counter ids', () => {
    const outcome = ${camel}.call(${camel}.load({}), 'add_item', { title: 'Hello' });
    expect(outcome.content).toEqual({ item_id: 'item_1', title: 'Hello' });
    expect(outcome.state.next_item_id).toBe(2);
  });

  it('refuses an empty title and changes nothing', () => {
    const before = ${camel}.loadPreset('demo');
    const outcome = ${camel}.call(before, 'add_item', { title: '  ' });
    expect(outcome).toMatchObject({ isError: true, content: { message: 'title must not be empty' } });
    expect(outcome.state).toBe(before);
  });
});
`,
  };
}
