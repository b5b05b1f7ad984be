import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { childPath, isDirectory, isFile, normalizePath, utf8Size } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

export const listDirectory = defineTool({
  name: 'list_directory',
  description:
    'List the entries of one directory in their stored order: name, type ("DIR" or "FILE") and size in bytes ' +
    '(0 for directories). Not recursive — see directory_tree. A path that is not a directory lists nothing.',
  input: z.object({ path: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const path = normalizePath(args.path);
    const entries: { name: string; type: 'DIR' | 'FILE'; size: number }[] = [];
    for (const name of isDirectory(state, path) ? (state.directories[path] ?? []) : []) {
      const child = childPath(path, name);
      // A name whose path is neither a directory nor a file is a dangling listing: skipped.
      if (isDirectory(state, child)) entries.push({ name, type: 'DIR', size: 0 });
      else if (isFile(state, child)) entries.push({ name, type: 'FILE', size: utf8Size(state.files[child] as string) });
    }
    return { entries };
  },
});
