import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { FsNode, GorillaFileSystemState } from '../scenario.js';
import { locate } from '../tree.js';
import { humanSize, utf8Length } from '../text.js';

const sizeOf = (node: FsNode): number =>
  node.type === 'file' ? utf8Length(node.content) : Object.values(node.contents).reduce((sum, child) => sum + sizeOf(child), 0);

export const du = defineTool({
  name: 'du',
  description:
    'Total size of the current working directory: the UTF-8 bytes of every file below it. Answers "<n> bytes", ' +
    'or with human_readable "1.50 KB"-style units.',
  input: z.object({
    human_readable: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const total = sizeOf(locate(state).cwd);
    return { disk_usage: args.human_readable ? humanSize(total) : `${total} bytes` };
  },
});
