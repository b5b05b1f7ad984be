import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import {
  addChild,
  childPath,
  ensureDirectory,
  entryAt,
  isDirectory,
  isFile,
  nameOf,
  normalizePath,
  parentOf,
  removeChild,
  setEntry,
} from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

/** Re-keys a directory and everything below it from `from` to `to`. */
function moveTree(state: Draft<FilesystemState>, from: string, to: string): void {
  const children = [...(entryAt(state.directories, from) ?? [])];
  delete state.directories[from];
  setEntry(state.directories, to, children);
  for (const name of children) {
    const oldPath = childPath(from, name);
    const newPath = childPath(to, name);
    if (isFile(state, oldPath)) {
      const content = state.files[oldPath] as string;
      delete state.files[oldPath];
      setEntry(state.files, newPath, content);
    } else if (oldPath !== from && isDirectory(state, oldPath)) {
      moveTree(state, oldPath, newPath);
    }
  }
}

function isInside(path: string, directory: string): boolean {
  return directory === '/' ? path !== '/' : path.startsWith(childPath(directory, ''));
}

/**
 * Moving the root to a new top-level name (`/` → `/archive`) is the one move "into itself" the reference
 * handles soundly: everything goes below the new name and `/` is recreated listing just that name. Any
 * other target below the source leaves the moved tree unreachable there, so it is refused.
 */
function isRootToFreshTopLevel(state: Draft<FilesystemState>, source: string, destination: string): boolean {
  return (
    source === '/' &&
    destination !== '/' &&
    !destination.endsWith('/') &&
    parentOf(destination) === '/' &&
    !isFile(state, destination) &&
    !isDirectory(state, destination)
  );
}

export const moveFile = defineTool({
  name: 'move_file',
  description:
    'Move or rename a file or a directory (with everything inside it). Missing parent directories of the ' +
    'destination are created; an existing destination is replaced. A file keeps its metadata. ' +
    'Returns success: false when the source does not exist.',
  input: z.object({ source: z.string(), destination: z.string() }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.source, 'Source');
    requireNonEmpty(args.destination, 'Destination');
    const source = normalizePath(args.source);
    const destination = normalizePath(args.destination);
    const sourceIsFile = isFile(state, source);
    if (
      !sourceIsFile &&
      isDirectory(state, source) &&
      isInside(destination, source) &&
      !isRootToFreshTopLevel(state, source, destination)
    ) {
      throw new ToolError(`Cannot move directory ${args.source} into itself (${args.destination})`);
    }
    const destinationParent = parentOf(destination);
    // Like the reference, the destination's parents are created even when the source turns out missing.
    ensureDirectory(state, destinationParent);

    if (sourceIsFile) {
      const content = state.files[source] as string;
      delete state.files[source];
      setEntry(state.files, destination, content);
      const info = entryAt(state.file_metadata, source);
      if (info) {
        delete state.file_metadata[source];
        setEntry(state.file_metadata, destination, { ...info, path: destination });
      }
    } else if (isDirectory(state, source)) {
      moveTree(state, source, destination);
    } else {
      return { source: args.source, destination: args.destination, success: false };
    }
    removeChild(state, parentOf(source), nameOf(source));
    addChild(state, destinationParent, nameOf(destination));
    return { source: args.source, destination: args.destination, success: true };
  },
});
