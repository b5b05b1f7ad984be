import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { GorillaFileSystemState } from '../scenario.js';
import { assertStorableName, entryOf, hasInvalidCharacter, locate, own, requireText } from '../tree.js';

export const mkdir = defineTool({
  name: 'mkdir',
  description:
    'Create an empty directory in the current working directory. dir_name is a single name: it may not contain ' +
    '| / \\ ? % * : " < or >, and nothing of that name may exist yet.',
  input: z.object({
    dir_name: z.string(),
  }),
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.dir_name;
    requireText(name, 'Directory name must be a non-empty string');
    if (hasInvalidCharacter(name)) return `mkdir: cannot create directory '${name}': Invalid character`;
    const { cwd } = locate(state);
    if (own(cwd.contents, name)) return `mkdir: cannot create directory '${name}': File exists`;
    assertStorableName(name);
    cwd.contents[name] = { type: 'directory', contents: {} };
    return `Successfully created directory '${name}'`;
  },
});

export const touch = defineTool({
  name: 'touch',
  description:
    'Create an empty file (any extension) in the current working directory. file_name is a single name without ' +
    '| / \\ ? % * : " < or >; an existing file or directory of that name is left alone and reported.',
  input: z.object({
    file_name: z.string(),
  }),
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.file_name;
    requireText(name, 'File name must be a non-empty string');
    if (hasInvalidCharacter(name)) return `touch: cannot touch '${name}': Invalid character`;
    const { cwd } = locate(state);
    if (own(cwd.contents, name)) return `touch: cannot touch '${name}': File exists`;
    assertStorableName(name);
    cwd.contents[name] = { type: 'file', content: '' };
    return `Successfully created file '${name}'`;
  },
});

export const echo = defineTool({
  name: 'echo',
  description:
    'Without file_name, print content back (terminal_output). With file_name, write content to that file in the ' +
    'current working directory: an existing file is overwritten (nothing is appended, no newline is added), a ' +
    'missing one is created. A file_name naming a directory fails. An empty file_name ("") writes nothing, yet ' +
    'still answers "Content written to file".',
  input: z.object({
    content: z.string(),
    file_name: z.string().nullable().default(null),
  }),
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.file_name;
    if (name === null) return { terminal_output: args.content };
    if (hasInvalidCharacter(name)) return { error: `echo: cannot touch '${name}': Invalid character` };
    // An empty name writes nothing, yet the reference reports success; kept for parity.
    if (name) {
      const { cwd } = locate(state);
      const existing = own(cwd.contents, name) && entryOf(cwd, name);
      if (existing) {
        if (existing.type !== 'file') throw new ToolError(`echo: ${name}: Is a directory`);
        existing.content = args.content;
      } else {
        assertStorableName(name);
        cwd.contents[name] = { type: 'file', content: args.content };
      }
    }
    return { terminal_output: 'Content written to file' };
  },
});
