import { defineTool, type Draft, isToolError, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { base64Utf8, entryAt, isBinaryPath, mimeTypeOf, normalizePath } from '../lib/paths.js';
import type { FilesystemState } from '../scenario.js';
import { requireNonEmpty } from './non-empty.js';

// Missing files are not errors here: the reference answers with empty content, and agents trained
// on it rely on that.

function textOf(state: Draft<FilesystemState>, path: string, head: number | null, tail: number | null): string {
  const content = entryAt(state.files, path);
  if (content === undefined) return '';
  const lines = content.split('\n');
  if (head !== null) return lines.slice(0, head).join('\n');
  // tail = 0 keeps every line, as the reference's lines[-0:] does.
  if (tail !== null) return (tail === 0 ? lines : lines.slice(-tail)).join('\n');
  return content;
}

function mediaOf(state: Draft<FilesystemState>, path: string): { data: string; mime_type: string } {
  const content = entryAt(state.files, path);
  if (content === undefined) return { data: '', mime_type: 'application/octet-stream' };
  return { data: base64Utf8(content), mime_type: mimeTypeOf(state, path) };
}

export const readTextFile = defineTool({
  name: 'read_text_file',
  description:
    'Read a text file. Give head to keep only the first N lines or tail to keep only the last N lines (head wins ' +
    'when both are given; head 0 gives "", but tail 0 gives the WHOLE file). Lines are split on "\\n" only. ' +
    'A path that is not a file reads as empty content ("file_content": "").',
  input: z.object({
    path: z.string(),
    head: z.int().nullable().default(null),
    tail: z.int().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    if (args.head !== null && args.head < 0) throw new ToolError('Head must be non-negative integer');
    if (args.tail !== null && args.tail < 0) throw new ToolError('Tail must be non-negative integer');
    return { file_content: textOf(state, normalizePath(args.path), args.head, args.tail) };
  },
});

export const readMediaFile = defineTool({
  name: 'read_media_file',
  description:
    'Read a file as base64 (of its UTF-8 bytes) with its MIME type, looked up from the extension in the MIME map. ' +
    'A path that is not a file gives empty data and application/octet-stream.',
  input: z.object({ path: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => {
    requireNonEmpty(args.path, 'Path');
    return mediaOf(state, normalizePath(args.path));
  },
});

export const readMultipleFiles = defineTool({
  name: 'read_multiple_files',
  description:
    'Read several files at once. Each result has the path as given, the content (text files in full; files with a ' +
    'binary extension as a "[Binary file: <mime>, <n> bytes]" summary) and an error ("File not found: <path>") for ' +
    'paths that are not files. One missing file does not fail the others.',
  input: z.object({ paths: z.array(z.string()) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<FilesystemState>, args) => ({
    results: args.paths.map((path) => {
      const normalized = normalizePath(path);
      if (!Object.hasOwn(state.files, normalized)) return { path, content: null, error: `File not found: ${path}` };
      if (isBinaryPath(state, normalized)) {
        try {
          const media = mediaOf(state, normalized);
          return { path, content: `[Binary file: ${media.mime_type}, ${media.data.length} bytes]`, error: null };
        } catch (error) {
          if (!isToolError(error)) throw error;
          return { path, content: null, error: error.message };
        }
      }
      return { path, content: textOf(state, normalized, null, null), error: null };
    }),
  }),
});
