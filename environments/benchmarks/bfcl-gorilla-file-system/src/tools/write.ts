import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFsTool } from '../scenario.js';
import { cwdOf, entry, hasValidName } from '../tree.js';

export const mkdir = defineFsTool({
  name: 'mkdir',
  description:
    'Create an empty directory in the current directory. Answers nothing (null) on success, or an error for a taken name or a name with one of |/\\?%*:"><.',
  input: z.object({ dir_name: z.string() }),
  handler: (state, args) => {
    const name = args.dir_name;
    if (!hasValidName(name)) return { error: `mkdir: cannot create directory '${name}': Invalid character` };
    const cwd = cwdOf(state);
    if (entry(cwd, name)) return { error: `mkdir: cannot create directory '${name}': File exists` };
    cwd.contents[name] = { type: 'directory', contents: {} };
    return null;
  },
});

export const touch = defineFsTool({
  name: 'touch',
  description:
    'Create an empty file in the current directory (no paths). Answers null on success, or an error for a taken name or an invalid character.',
  input: z.object({ file_name: z.string() }),
  handler: (state, args) => {
    const name = args.file_name;
    if (!hasValidName(name)) return { error: `touch: cannot touch '${name}': Invalid character` };
    const cwd = cwdOf(state);
    if (entry(cwd, name)) return { error: `touch: cannot touch '${name}': File exists` };
    cwd.contents[name] = { type: 'file', content: '' };
    return null;
  },
});

export const echo = defineFsTool({
  name: 'echo',
  description:
    'Without file_name, show content as terminal output. With file_name, replace the whole content of that existing file in the current directory (answers null); ' +
    'a missing file is an error, not created.',
  input: z.object({ content: z.string(), file_name: z.string().nullable().default(null) }),
  handler: (state, args) => {
    const name = args.file_name;
    if (name === null) return { terminal_output: args.content };
    if (!hasValidName(name)) return { error: `echo: cannot write to '${name}': Invalid character` };
    if (name === '') return { terminal_output: args.content };
    const target = entry(cwdOf(state), name);
    if (!target) return { error: `echo: cannot write to '${name}': No such file` };
    // BFCL calls a File method on whatever the name holds; a directory has none and raises.
    if (target.type !== 'file') throw new ToolError("'Directory' object has no attribute '_write'");
    target.content = args.content;
    return null;
  },
});
