import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { lazyGlob } from '../lib/lazy-glob.js';
import { childPath, isDirectory, normalizePath, relativeTo } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';
import { enter, exclusions } from './walk.js';

export const searchFiles = defineTool({
  name: 'search_files',
  description:
    'Find files and directories below a directory whose path relative to it matches a glob pattern ("*.md", ' +
    '"src/*.ts", "*report*"; "*" also crosses "/", and matching is case-sensitive). Entries matching one of ' +
    "excludePatterns are left out (default: the scenario's exclusion list, e.g. node_modules, .git) but still " +
    'searched inside. Returns full paths in walk order.',
  input: z.object({
    path: z.string(),
    pattern: z.string(),
    excludePatterns: z.array(z.string()).nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    requireNonEmpty(args.pattern, 'Pattern');
    const wanted = lazyGlob(args.pattern);
    const excluded = exclusions(state, args.excludePatterns).map(lazyGlob);
    const base = normalizePath(args.path);
    const matches: string[] = [];
    const stack = new Set<string>();
    const walk = (directory: string) => {
      if (!isDirectory(state, directory)) return;
      enter(stack, directory);
      for (const name of state.directories[directory] ?? []) {
        const child = childPath(directory, name);
        const relative = relativeTo(base, child);
        if (wanted(relative) && !excluded.some((exclude) => exclude(relative))) matches.push(child);
        if (isDirectory(state, child)) walk(child);
      }
      stack.delete(directory);
    };
    walk(base);
    return { matches };
  },
});
