import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFsTool } from '../scenario.js';
import { copyNode, cwdOf, entry } from '../tree.js';

export const mv = defineFsTool({
  name: 'mv',
  description:
    'Move a file or directory of the current directory into a directory of the current directory (destination names it), ' +
    'or rename it when destination is not an existing name. Names only, no paths.',
  input: z.object({ source: z.string(), destination: z.string() }),
  handler: (state, args) => {
    const { source, destination } = args;
    const cwd = cwdOf(state);
    const item = entry(cwd, source);
    if (!item) return { error: `mv: cannot move '${source}': No such file or directory` };
    if (destination.includes('/')) return { error: 'mv: path not allowed in destination. Provide only a file or directory name.' };
    const target = entry(cwd, destination);
    if (!target) {
      const moved = copyNode(item);
      delete cwd.contents[source];
      cwd.contents[destination] = moved;
      return { result: `'${source}' moved to '${destination}'` };
    }
    if (target.type !== 'directory') return { error: `mv: cannot move '${source}' to '${destination}': Not a directory` };
    if (entry(target, source)) return { error: `mv: cannot move '${source}' to '${destination}/${source}': File exists` };
    const moved = copyNode(item);
    delete cwd.contents[source];
    // Moving a directory into itself: BFCL detaches it, so it is gone from the tree.
    if (source !== destination) target.contents[source] = moved;
    return { result: `'${source}' moved to '${destination}/${source}'` };
  },
});

export const cp = defineFsTool({
  name: 'cp',
  description:
    'Copy a file or directory of the current directory into a directory of the current directory (destination names it), ' +
    'or to a new name when destination is not an existing name. Names only, no paths.',
  input: z.object({ source: z.string(), destination: z.string() }),
  handler: (state, args) => {
    const { source, destination } = args;
    const cwd = cwdOf(state);
    const item = entry(cwd, source);
    if (!item) return { error: `cp: cannot copy '${source}': No such file or directory` };
    if (destination.includes('/')) return { error: 'cp: path not allowed in destination. Provide only a file or directory name.' };
    const target = entry(cwd, destination);
    if (!target) {
      cwd.contents[destination] = copyNode(item);
      return { result: `'${source}' copied to '${destination}'` };
    }
    if (target.type !== 'directory') return { error: `cp: cannot copy '${source}' to '${destination}': Not a directory` };
    // BFCL's own existence check never matches here; adding the entry then raises, as these errors say.
    if (entry(target, source)) {
      const kind = item.type === 'file' ? 'File' : 'Directory';
      throw new ToolError(`${kind} '${source}' already exists in directory '${destination}'.`);
    }
    if (source === destination) throw new ToolError(`cp: cannot copy '${source}' into itself`);
    target.contents[source] = copyNode(item);
    return { result: `'${source}' copied to '${destination}/${source}'` };
  },
});

export const rm = defineFsTool({
  name: 'rm',
  description: 'Remove a file or a directory (with everything in it) from the current directory.',
  input: z.object({ file_name: z.string() }),
  handler: (state, args) => {
    const cwd = cwdOf(state);
    if (!entry(cwd, args.file_name)) return { error: `rm: cannot remove '${args.file_name}': No such file or directory` };
    delete cwd.contents[args.file_name];
    return { result: `'${args.file_name}' removed` };
  },
});

export const rmdir = defineFsTool({
  name: 'rmdir',
  description: 'Remove an empty directory from the current directory; a directory with contents or a file is refused.',
  input: z.object({ dir_name: z.string() }),
  handler: (state, args) => {
    const name = args.dir_name;
    const cwd = cwdOf(state);
    const item = entry(cwd, name);
    if (!item) return { error: `rmdir: cannot remove '${name}': No such file or directory` };
    if (item.type !== 'directory') return { error: `rmdir: cannot remove '${name}': Not a directory` };
    if (Object.keys(item.contents).length > 0) return { error: `rmdir: cannot remove '${name}': Directory not empty` };
    delete cwd.contents[name];
    return { result: `'${name}' removed` };
  },
});
