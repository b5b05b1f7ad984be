import { z } from 'zod';
import { defineFsTool } from '../scenario.js';
import { cwdOf, navigate, rootOf } from '../tree.js';

export const pwd = defineFsTool({
  name: 'pwd',
  description: 'Show the current working directory as a path that starts with the root directory\'s name, e.g. "/workspace/document".',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  // BFCL walks up the parents and includes the root's own name in the path.
  handler: (state) => ({ current_working_directory: `/${[rootOf(state)[0], ...state._cwd].join('/')}` }),
});

export const ls = defineFsTool({
  name: 'ls',
  description:
    'List the names in the current directory, in the order they were created; names starting with "." appear only when a is true.',
  input: z.object({ a: z.boolean().default(false) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const names = Object.keys(cwdOf(state).contents);
    return { current_directory_content: args.a ? names : names.filter((name) => !name.startsWith('.')) };
  },
});

export const cd = defineFsTool({
  name: 'cd',
  description:
    'Change the working directory by one level: a directory name in the current directory, ".." for the parent, "/" for the root or "." to stay. ' +
    "Answers the new directory's name; paths with several levels are refused.",
  input: z.object({ folder: z.string() }),
  handler: (state, args) => {
    let folder = args.folder.replace(/\/+$/, '');
    if (folder === '') folder = '/';
    if (folder !== '.' && folder !== '..' && folder !== '/' && folder.includes('/')) {
      return { error: `cd: ${folder}: Unsupported path. Only one folder level at a time is supported.` };
    }
    if (folder === '..') {
      if (state._cwd.length === 0) return { error: 'Current directory is already the root. Cannot go back.' };
      state._cwd.pop();
      return {};
    }
    const target = navigate(state, folder);
    if (!Array.isArray(target)) return target;
    state._cwd = target;
    return { current_working_directory: target.at(-1) ?? rootOf(state)[0] };
  },
});
