import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { addChild, ensureDirectory, nameOf, normalizePath, parentOf, setEntry, utf8Size } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

export const writeFile = defineTool({
  name: 'write_file',
  description:
    'Create a file or replace its whole content. Missing parent directories are created. The file gets fresh ' +
    'metadata (size in UTF-8 bytes, all three times set to the current time, permissions rw-r--r--).',
  input: z.object({ path: z.string(), content: z.string() }),
  annotations: { destructiveHint: true, idempotentHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const path = normalizePath(args.path);
    const parent = parentOf(path);
    const size = utf8Size(args.content);
    ensureDirectory(state, parent);
    setEntry(state.files, path, args.content);
    addChild(state, parent, nameOf(path));
    const now = state.current_time;
    setEntry(state.file_metadata, path, {
      path,
      type: 'file',
      size,
      created_time: now,
      modified_time: now,
      access_time: now,
      permissions: 'rw-r--r--',
    });
    return { path: args.path, success: 'File written successfully' };
  },
});
