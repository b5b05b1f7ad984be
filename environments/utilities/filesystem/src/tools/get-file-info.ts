import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { entryAt, isDirectory, isFile, normalizePath, setEntry, utf8Size } from '../lib/paths.js';
import type { FileInfo, FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

export const getFileInfo = defineTool({
  name: 'get_file_info',
  description:
    'Metadata of a file or directory: path, type ("file" or "directory"), size in bytes, created/modified/access ' +
    'times and symbolic permissions. An entry without stored metadata gets it recorded now (times = current time). ' +
    'A path that does not exist still answers, with a placeholder record (type "file", size 0) that is not stored.',
  input: z.object({ path: z.string() }),
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const path = normalizePath(args.path);
    const known = entryAt(state.file_metadata, path);
    if (known) return { ...known };
    const now = state.current_time;
    const stamp = { created_time: now, modified_time: now, access_time: now };
    let info: FileInfo;
    if (isDirectory(state, path)) info = { path, type: 'directory', size: 0, ...stamp, permissions: 'rwxr-xr-x' };
    else if (isFile(state, path))
      info = { path, type: 'file', size: utf8Size(state.files[path] as string), ...stamp, permissions: 'rw-r--r--' };
    else return { path: args.path, type: 'file', size: 0, ...stamp, permissions: 'rw-r--r--' };
    setEntry(state.file_metadata, path, info);
    return { ...info };
  },
});
