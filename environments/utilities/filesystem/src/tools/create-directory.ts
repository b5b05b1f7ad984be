import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { ensureDirectory, isDirectory, normalizePath, setEntry } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

export const createDirectory = defineTool({
  name: 'create_directory',
  description:
    'Create a directory and any missing parents. An existing directory is fine: "created" tells whether it is new. ' +
    'Either way its metadata is (re)set to the current time with permissions rwxr-xr-x.',
  input: z.object({ path: z.string() }),
  annotations: { idempotentHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const path = normalizePath(args.path);
    const created = !isDirectory(state, path);
    ensureDirectory(state, path);
    const now = state.current_time;
    setEntry(state.file_metadata, path, {
      path,
      type: 'directory',
      size: 0,
      created_time: now,
      modified_time: now,
      access_time: now,
      permissions: 'rwxr-xr-x',
    });
    return { path: args.path, created };
  },
});
