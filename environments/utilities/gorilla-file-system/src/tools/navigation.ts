import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { GorillaFileSystemState } from '../scenario.js';
import { displayPath, formatPath, locate, navigate } from '../tree.js';

export const pwd = defineTool({
  name: 'pwd',
  description: 'Show the path of the current working directory, e.g. "/" or "/documents/reports".',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>) => {
    const { parts, rootName } = locate(state);
    return { current_working_directory: displayPath(parts, rootName) };
  },
});

export const ls = defineTool({
  name: 'ls',
  description:
    'List the names of the files and directories in the current working directory, in creation order. ' +
    'Names starting with "." are hidden unless a is true.',
  input: z.object({
    a: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const names = Object.keys(locate(state).cwd.contents);
    return { current_directory_content: args.a ? names : names.filter((name) => !name.startsWith('.')) };
  },
});

export const cd = defineTool({
  name: 'cd',
  description:
    'Change the current working directory. folder is a directory name in the current directory, ".." for ' +
    'the parent, "/" for the root, or a path of directory names such as "projects/app" or "/projects/app" ' +
    '(".." only works on its own). Answers "Changed to <path>" or an explanation when the folder does not exist.',
  input: z.object({
    folder: z.string(),
  }),
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    if (!args.folder) throw new ToolError('Folder must be a non-empty string');
    const { root, rootName, parts } = locate(state);
    let target: string[] | null;
    if (args.folder === '..') {
      if (parts.length === 0) return 'Current directory is already the root. Cannot go back.';
      target = parts.slice(0, -1);
    } else {
      target = navigate(root, rootName, parts, args.folder);
      if (target === null) return `cd: ${args.folder}: No such directory. You cannot use path to change directory.`;
    }
    state.current_dir = formatPath(target);
    return `Changed to ${displayPath(target, rootName)}`;
  },
});
