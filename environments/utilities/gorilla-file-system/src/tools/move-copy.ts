import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { GorillaFileSystemState } from '../scenario.js';
import { assertStorableName, cloneNode, entryOf, locate, own, requireText } from '../tree.js';

type Verb = 'move' | 'copy';

const WORDING = {
  move: {
    command: 'mv',
    done: 'moved',
    noPath: 'mv: no path allowed in destination. Only file name and folder name is supported for this operation.',
    intoItself: (source: string, destination: string) =>
      `mv: cannot move '${source}' to a subdirectory of itself, '${destination}/${source}'`,
  },
  copy: {
    command: 'cp',
    done: 'copied',
    noPath: "cp: don't allow path in destination. Only file name and folder name is supported for this operation.",
    intoItself: (source: string, destination: string) =>
      `cp: cannot copy a directory, '${source}', into itself, '${destination}/${source}'`,
  },
} as const;

const transferInput = z.object({
  source: z.string(),
  destination: z.string(),
});

/**
 * mv and cp share their rules: the source is an entry of the working directory; a destination naming
 * an existing directory receives the source under its own name; any other existing destination is
 * refused; a new name renames (mv) or duplicates (cp) in place. A moved or renamed entry goes to the
 * end of its directory's listing.
 */
function transfer(state: Draft<GorillaFileSystemState>, verb: Verb, { source, destination }: z.output<typeof transferInput>) {
  requireText(source, 'Source must be a non-empty string');
  requireText(destination, 'Destination must be a non-empty string');
  const words = WORDING[verb];
  const { cwd } = locate(state);
  if (!own(cwd.contents, source)) return { error: `${words.command}: cannot ${verb} '${source}': No such file or directory` };
  const item = entryOf(cwd, source);
  if (!item) return { error: `${words.command}: cannot ${verb} '${source}': No such file or directory` };
  if (destination.includes('/')) return { error: words.noPath };

  if (own(cwd.contents, destination)) {
    const target = entryOf(cwd, destination);
    if (target?.type !== 'directory') return { error: `${words.command}: cannot ${verb} '${source}' to '${destination}': Not a directory` };
    if (own(target.contents, source))
      return { error: `${words.command}: cannot ${verb} '${source}' to '${destination}/${source}': File exists` };
    // The reference made a directory vanish (mv) or built an endless loop (cp) here.
    if (target === item) return { error: words.intoItself(source, destination) };
    const copy = cloneNode(item);
    if (verb === 'move') delete cwd.contents[source];
    target.contents[source] = copy;
    return { result: `'${source}' ${words.done} to '${destination}/${source}'` };
  }

  assertStorableName(destination);
  const copy = cloneNode(item);
  if (verb === 'move') delete cwd.contents[source];
  cwd.contents[destination] = copy;
  return { result: `'${source}' ${words.done} to '${destination}'` };
}

export const mv = defineTool({
  name: 'mv',
  description:
    'Move or rename an entry of the current working directory. If destination is an existing directory there, ' +
    'source moves into it keeping its name; if destination does not exist, source is renamed to it. destination ' +
    'is a single name, not a path; an existing file is never overwritten.',
  input: transferInput,
  handler: (state: Draft<GorillaFileSystemState>, args) => transfer(state, 'move', args),
});

export const cp = defineTool({
  name: 'cp',
  description:
    'Copy a file or a whole directory of the current working directory. If destination is an existing directory ' +
    'there, the copy goes into it under the same name; if destination does not exist, the copy is created under ' +
    'that name. destination is a single name, not a path; an existing file is never overwritten.',
  input: transferInput,
  handler: (state: Draft<GorillaFileSystemState>, args) => transfer(state, 'copy', args),
});
