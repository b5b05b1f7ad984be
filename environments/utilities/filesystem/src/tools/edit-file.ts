import { containsText, defineTool, type Draft, pythonStrip } from '@envfleet/kit';
import { z } from 'zod';
import { entryAt, normalizePath, utf8Size } from '../lib/paths.js';
import { pyReplace } from '../lib/python-text.js';
import { unifiedDiff } from '../lib/unified-diff.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

export const editFile = defineTool({
  name: 'edit_file',
  description:
    'Replace every occurrence of oldText with newText in a file (both are needed; plain text, not a regex, and ' +
    'it may span lines). Returns a unified diff of the change, the lines that contain oldText ' +
    '(line_number from 1 and the trimmed line as context) and whether the file was changed. With dryRun nothing ' +
    'is written and only matches are useful: the diff is always "" and applied false (no preview of the change). ' +
    'A path that is not a file gives an empty diff and no matches.',
  input: z.object({
    path: z.string(),
    oldText: z.string().nullable().default(null),
    newText: z.string().nullable().default(null),
    dryRun: z.boolean().default(false),
  }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    const path = normalizePath(args.path);
    const original = entryAt(state.files, path);
    if (original === undefined) return { diff: '', matches: [], applied: false };

    const matches: { line_number: number; context: string }[] = [];
    let edited = original;
    if (args.oldText !== null && args.newText !== null) {
      const needle = args.oldText;
      original.split('\n').forEach((line, index) => {
        if (containsText(line, needle)) matches.push({ line_number: index + 1, context: pythonStrip(line) });
      });
      // A dry run leaves the text as it is, so its diff below is empty, as in the reference.
      if (!args.dryRun) edited = pyReplace(original, needle, args.newText);
    }
    const applied = edited !== original;
    if (applied) {
      state.files[path] = edited;
      const info = entryAt(state.file_metadata, path);
      if (info) {
        info.modified_time = state.current_time;
        info.size = utf8Size(edited);
      }
    }
    const diff = unifiedDiff(original.split('\n'), edited.split('\n'), args.path, args.path).join('\n');
    return { diff, matches, applied };
  },
});
