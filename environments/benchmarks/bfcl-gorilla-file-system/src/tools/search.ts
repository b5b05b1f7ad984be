import { containsText, formatFixed, utf8Length } from '@envfleet/kit';
import { z } from 'zod';
import { defineFsTool } from '../scenario.js';
import type { DirectoryNode, FsNode } from '../scenario.js';
import { cwdOf, directoryAt, navigate, rootOf } from '../tree.js';

export const find = defineFsTool({
  name: 'find',
  description:
    'Search a directory (path, "." by default) and everything below it for files and directories whose name contains name (all of them when name is omitted); ' +
    'answers their paths starting with path.',
  input: z.object({ path: z.string().default('.'), name: z.string().nullable().default(null) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const target = navigate(state, args.path);
    if (!Array.isArray(target)) return { error: target.error.replace(/^cd:/, 'find:') };
    const matches: string[] = [];
    const visit = (dir: DirectoryNode, base: string) => {
      for (const [name, node] of Object.entries(dir.contents)) {
        const path = `${base}/${name}`;
        if (args.name === null || containsText(name, args.name)) matches.push(path);
        if (node.type === 'directory') visit(node, path);
      }
    };
    visit(directoryAt(rootOf(state)[1], target), args.path.replace(/\/+$/, ''));
    return { matches };
  },
});

function size(node: FsNode): number {
  if (node.type === 'file') return utf8Length(node.content);
  let total = 0;
  for (const child of Object.values(node.contents)) total += size(child);
  return total;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export const du = defineFsTool({
  name: 'du',
  description:
    'Total size in UTF-8 bytes of the files in and below the current directory: "N bytes", or like "1.50 KB" when human_readable is true.',
  input: z.object({ human_readable: z.boolean().default(false) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    let total = size(cwdOf(state));
    if (!args.human_readable) return { disk_usage: `${total} bytes` };
    for (const unit of UNITS) {
      if (total < 1024) return { disk_usage: `${formatFixed(total, 2)} ${unit}` };
      total /= 1024;
    }
    return { disk_usage: `${formatFixed(total, 2)} PB` };
  },
});
