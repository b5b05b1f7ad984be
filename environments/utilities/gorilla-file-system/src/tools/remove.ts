import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { GorillaFileSystemState } from '../scenario.js';
import { entryOf, locate, own, requireText } from '../tree.js';

export const rm = defineTool({
  name: 'rm',
  description: 'Delete a file or a directory (with everything in it) from the current working directory.',
  input: z.object({
    file_name: z.string(),
  }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.file_name;
    requireText(name, 'File name must be a non-empty string');
    const { cwd } = locate(state);
    if (!own(cwd.contents, name)) return { error: `rm: cannot remove '${name}': No such file or directory` };
    delete cwd.contents[name];
    return { result: `'${name}' removed` };
  },
});

export const rmdir = defineTool({
  name: 'rmdir',
  description: 'Delete an empty directory from the current working directory (use rm for files or non-empty directories).',
  input: z.object({
    dir_name: z.string(),
  }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.dir_name;
    requireText(name, 'Directory name must be a non-empty string');
    const { cwd } = locate(state);
    if (!own(cwd.contents, name)) return { error: `rmdir: cannot remove '${name}': No such file or directory` };
    const entry = entryOf(cwd, name);
    if (entry?.type !== 'directory') return { error: `rmdir: cannot remove '${name}': Not a directory` };
    if (Object.keys(entry.contents).length > 0) return { error: `rmdir: failed to remove '${name}': Directory not empty` };
    delete cwd.contents[name];
    return { result: `'${name}' removed` };
  },
});
