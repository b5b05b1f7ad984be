import { compareCodePoints, containsText, defineTool, type Draft, pythonSplit, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { FileNode, GorillaFileSystemState } from '../scenario.js';
import { entryOf, hasInvalidCharacter, locate, own, requireText } from '../tree.js';
import { codePointLength, splitLines } from '../text.js';

/** A file of the current working directory by name, or undefined (missing, or a directory). */
export function fileNamed(state: Draft<GorillaFileSystemState>, name: string): FileNode | undefined {
  const { cwd } = locate(state);
  if (!own(cwd.contents, name)) return undefined;
  const entry = entryOf(cwd, name);
  return entry?.type === 'file' ? entry : undefined;
}

export const cat = defineTool({
  name: 'cat',
  description: 'Show the whole content of a file in the current working directory.',
  input: z.object({
    file_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    const name = args.file_name;
    requireText(name, 'File name must be a non-empty string');
    if (hasInvalidCharacter(name)) return { error: `cat: '${name}': Invalid character` };
    const { cwd } = locate(state);
    if (!own(cwd.contents, name)) return { error: `cat: ${name}: No such file or directory` };
    const entry = entryOf(cwd, name);
    if (entry?.type !== 'file') return { error: `cat: ${name}: Is a directory` };
    return { file_content: entry.content };
  },
});

const COUNTS = {
  l: { type: 'lines', count: (text: string) => splitLines(text).length },
  w: { type: 'words', count: (text: string) => pythonSplit(text).length },
  c: { type: 'characters', count: codePointLength },
} as const;

export const wc = defineTool({
  name: 'wc',
  description:
    'Count the lines (mode "l", the default), whitespace-separated words ("w") or characters ("c") of a file in ' +
    'the current working directory.',
  input: z.object({
    file_name: z.string(),
    mode: z.string().default('l'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    requireText(args.file_name, 'File name must be a non-empty string');
    if (!Object.hasOwn(COUNTS, args.mode)) throw new ToolError("Mode must be 'l', 'w', or 'c'");
    const file = fileNamed(state, args.file_name);
    if (!file) return { error: `wc: ${args.file_name}: No such file or directory` };
    const measure = COUNTS[args.mode as keyof typeof COUNTS];
    return { count: measure.count(file.content), type: measure.type };
  },
});

export const sort = defineTool({
  name: 'sort',
  description: 'Show the lines of a file in the current working directory sorted in character order (the file is not changed).',
  input: z.object({
    file_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    requireText(args.file_name, 'File name must be a non-empty string');
    const file = fileNamed(state, args.file_name);
    if (!file) return { error: `sort: ${args.file_name}: No such file or directory` };
    return { sorted_content: splitLines(file.content).sort(compareCodePoints).join('\n') };
  },
});

export const grep = defineTool({
  name: 'grep',
  description: 'List the lines of a file in the current working directory that contain pattern (plain text, case-sensitive).',
  input: z.object({
    file_name: z.string(),
    pattern: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    requireText(args.file_name, 'File name must be a non-empty string');
    requireText(args.pattern, 'Pattern must be a non-empty string');
    const file = fileNamed(state, args.file_name);
    if (!file) return { error: `grep: ${args.file_name}: No such file or directory` };
    return { matching_lines: splitLines(file.content).filter((line) => containsText(line, args.pattern)) };
  },
});

export const tail = defineTool({
  name: 'tail',
  description:
    'Show the last lines (10 by default) of a file in the current working directory, or the whole file when it ' +
    'is shorter. Note: lines = 0 also shows the WHOLE file, not nothing.',
  input: z.object({
    file_name: z.string(),
    lines: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    requireText(args.file_name, 'File name must be a non-empty string');
    if (args.lines < 0) throw new ToolError('Lines must be a non-negative integer');
    const file = fileNamed(state, args.file_name);
    if (!file) return { error: `tail: ${args.file_name}: No such file or directory` };
    const all = splitLines(file.content);
    // Reproduces the reference's content[-lines:], where -0 selects everything.
    const count = Math.min(args.lines, all.length);
    return { last_lines: (count === 0 ? all : all.slice(all.length - count)).join('\n') };
  },
});

export const diff = defineTool({
  name: 'diff',
  description:
    'Compare two files of the current working directory line by line, position by position. Each differing ' +
    'pair is shown as "- <line of file_name1>" then "+ <line of file_name2>". The comparison stops at the end of ' +
    'the shorter file: extra lines of the longer file are NOT reported, so an empty diff_lines only means the ' +
    'shared lines are identical (compare wc -l counts to be sure the files are equal).',
  input: z.object({
    file_name1: z.string(),
    file_name2: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<GorillaFileSystemState>, args) => {
    requireText(args.file_name1, 'File name 1 must be a non-empty string');
    requireText(args.file_name2, 'File name 2 must be a non-empty string');
    const first = fileNamed(state, args.file_name1);
    const second = fileNamed(state, args.file_name2);
    if (!first || !second) return { error: `diff: ${args.file_name1} or ${args.file_name2}: No such file or directory` };
    const left = splitLines(first.content);
    const right = splitLines(second.content);
    const out: string[] = [];
    // Pairs lines like Python's zip(), as the reference does: lines past the shorter file are ignored.
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      if (left[i] !== right[i]) out.push(`- ${left[i]}\n+ ${right[i]}`);
    }
    return { diff_lines: out.join('\n') };
  },
});
