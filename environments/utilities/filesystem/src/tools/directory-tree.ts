import { compareCodePoints, defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { lazyGlob } from '../lib/lazy-glob.js';
import { childPath, isDirectory, isFile, normalizePath, relativeTo } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';
import { enter, exclusions } from './walk.js';

type TreeNode = { name: string; type: 'directory'; children: TreeNode[] } | { name: string; type: 'file' };

export const directoryTree = defineTool({
  name: 'directory_tree',
  description:
    'The whole tree below a directory as nested nodes {name, type: "directory" | "file", children} (children only ' +
    'on directories), names sorted within each directory. Entries whose relative path matches one of ' +
    "excludePatterns are left out with everything inside them (default: the scenario's exclusion list). " +
    'A path that is not a directory gives an empty tree.',
  input: z.object({
    path: z.string(),
    excludePatterns: z.array(z.string()).nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const excluded = exclusions(state, args.excludePatterns).map(lazyGlob);
    const base = normalizePath(args.path);
    const stack = new Set<string>();
    const build = (directory: string): TreeNode[] => {
      if (!isDirectory(state, directory)) return [];
      enter(stack, directory);
      const nodes: TreeNode[] = [];
      for (const name of [...(state.directories[directory] ?? [])].sort(compareCodePoints)) {
        const child = childPath(directory, name);
        const relative = relativeTo(base, child);
        if (excluded.some((exclude) => exclude(relative))) continue;
        if (isDirectory(state, child)) nodes.push({ name, type: 'directory', children: build(child) });
        else if (isFile(state, child)) nodes.push({ name, type: 'file' });
      }
      stack.delete(directory);
      return nodes;
    };
    return { tree: build(base) };
  },
});
