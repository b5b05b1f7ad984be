import { codePointLength, compareCodePoints, containsText, pythonSlice, pythonSplit } from '@envfleet/kit';
import { z } from 'zod';
import { defineFsTool } from '../scenario.js';
import { cwdOf, entry, hasValidName, splitLines } from '../tree.js';
import type { BfclGorillaFileSystemState } from '../scenario.js';

/** The content of a file in the current directory, or undefined for a missing name or a directory. */
function fileContent(state: BfclGorillaFileSystemState, name: string): string | undefined {
  const node = entry(cwdOf(state), name);
  return node?.type === 'file' ? node.content : undefined;
}

export const cat = defineFsTool({
  name: 'cat',
  description: 'Show the whole content of a file in the current directory (a name, not a path).',
  input: z.object({ file_name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const name = args.file_name;
    if (!hasValidName(name)) return { error: `cat: '${name}': Invalid character` };
    const node = entry(cwdOf(state), name);
    if (!node) return { error: `cat: '${name}': No such file or directory` };
    if (node.type !== 'file') return { error: `cat: '${name}': Is a directory` };
    return { file_content: node.content };
  },
});

export const wc = defineFsTool({
  name: 'wc',
  description: 'Count the lines (mode "l", the default), words ("w") or characters ("c") of a file in the current directory.',
  input: z.object({ file_name: z.string(), mode: z.string().default('l') }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!['l', 'w', 'c'].includes(args.mode)) return { error: `wc: invalid mode '${args.mode}'` };
    const content = fileContent(state, args.file_name);
    if (content === undefined) return { error: `wc: ${args.file_name}: No such file or directory` };
    if (args.mode === 'l') return { count: splitLines(content).length, type: 'lines' };
    if (args.mode === 'w') return { count: pythonSplit(content).length, type: 'words' };
    return { count: codePointLength(content), type: 'characters' };
  },
});

export const sort = defineFsTool({
  name: 'sort',
  description: "Show a file's lines sorted by code point, joined with newlines; the file itself is not changed.",
  input: z.object({ file_name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const content = fileContent(state, args.file_name);
    if (content === undefined) return { error: `sort: ${args.file_name}: No such file or directory` };
    return { sorted_content: splitLines(content).sort(compareCodePoints).join('\n') };
  },
});

export const grep = defineFsTool({
  name: 'grep',
  description:
    'List the lines of a file in the current directory that contain pattern (plain text, case-sensitive, not a regular expression).',
  input: z.object({ file_name: z.string(), pattern: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const content = fileContent(state, args.file_name);
    if (content === undefined) return { error: `grep: ${args.file_name}: No such file or directory` };
    return { matching_lines: splitLines(content).filter((line) => containsText(line, args.pattern)) };
  },
});

export const tail = defineFsTool({
  name: 'tail',
  description: 'Show the last lines of a file in the current directory (10 unless lines says otherwise), joined with newlines.',
  input: z.object({ file_name: z.string(), lines: z.number().int().default(10) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const content = fileContent(state, args.file_name);
    if (content === undefined) return { error: `tail: ${args.file_name}: No such file or directory` };
    const all = splitLines(content);
    const count = Math.min(args.lines, all.length);
    // Python's content[-count:]: 0 keeps every line, a negative count drops lines from the start.
    return { last_lines: pythonSlice(all, -count, null).join('\n') };
  },
});

export const diff = defineFsTool({
  name: 'diff',
  description:
    'Compare two files of the current directory line by line, pairing lines by position up to the shorter file; each differing pair reads "- <line of the first>\\n+ <line of the second>".',
  input: z.object({ file_name1: z.string(), file_name2: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const first = fileContent(state, args.file_name1);
    const second = fileContent(state, args.file_name2);
    if (first === undefined || second === undefined) {
      return { error: `diff: ${args.file_name1} or ${args.file_name2}: No such file or directory` };
    }
    const a = splitLines(first);
    const b = splitLines(second);
    const lines: string[] = [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) lines.push(`- ${a[i]}\n+ ${b[i]}`);
    return { diff_lines: lines.join('\n') };
  },
});
