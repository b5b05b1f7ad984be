import { containsText, defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { DirectoryNode, GorillaFileSystemState } from '../scenario.js';
import { locate, trimTrailingSlashes } from '../tree.js';

export const find = defineTool({
  name: 'find',
  description:
    'List every file and directory below the CURRENT WORKING DIRECTORY, recursively, whose name contains name ' +
    '(case-sensitive; omit name to list everything). path does not choose where to search: it is only written ' +
    'in front of each result (trailing slashes removed), so the default "." gives "./docs/notes.txt" and path ' +
    '"x" gives "x/docs/notes.txt" for the same entry, whether or not x exists. To search another directory, cd ' +
    'there first.',
  input: z.object({
    path: z.string().default('.'),
    name: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const { cwd } = locate(state);
    const matches: string[] = [];
    const walk = (dir: DirectoryNode, prefix: string): void => {
      for (const [name, entry] of Object.entries(dir.contents)) {
        const path = `${prefix}/${name}`;
        if (args.name === null || containsText(name, args.name)) matches.push(path);
        if (entry.type === 'directory') walk(entry, path);
      }
    };
    // Agents trained on the reference expect path to be a label only; the search always starts here.
    walk(cwd, trimTrailingSlashes(args.path));
    return { matches };
  },
});
