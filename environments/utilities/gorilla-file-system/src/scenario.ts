import { z } from 'zod';
import { formatPath, navigate } from './tree.js';

export interface FileNode {
  type: 'file';
  content: string;
}

export interface DirectoryNode {
  type: 'directory';
  contents: Record<string, FsNode>;
}

export type FsNode = FileNode | DirectoryNode;

/** `{ <root name>: <root directory> }`: exactly one entry, as the reference saves it. */
export type Tree = Record<string, DirectoryNode>;

// The reference saves a root whose internal name is "/" (an empty or "/"-keyed root) under "root".
const UNNAMED_ROOT = 'root';

const DEFAULT_ROOT = {
  root: {
    type: 'directory',
    contents: {
      'example.txt': { type: 'file', content: 'This is an example file' },
      subdir: { type: 'directory', contents: {} },
    },
  },
};

type Issues = { issues: z.core.$ZodRawIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

// A plain object cannot hold "__proto__" as an own key once assigned, so it would silently vanish.
const RESERVED_NAME = '__proto__';

/**
 * Reads a directory's `contents` the way the reference loads them: every entry needs a `type`;
 * "directory" and "file" entries are kept (missing `contents` / `content` default to empty), any
 * other type is dropped, extra keys are dropped.
 */
function readContents(raw: unknown, path: (string | number)[], ctx: Issues): Record<string, FsNode> {
  const out: Record<string, FsNode> = {};
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    ctx.issues.push({ code: 'custom', message: 'contents must be an object keyed by file or directory name', input: raw, path });
    return out;
  }
  for (const name of Object.keys(raw)) {
    const entry = raw[name];
    const at = [...path, name];
    if (name === RESERVED_NAME) {
      ctx.issues.push({ code: 'custom', message: `"${RESERVED_NAME}" cannot be used as a file or directory name`, input: entry, path: at });
      continue;
    }
    if (!isObject(entry) || !Object.hasOwn(entry, 'type')) {
      ctx.issues.push({ code: 'custom', message: 'each entry needs a "type" ("file" or "directory")', input: entry, path: at });
      continue;
    }
    if (entry.type === 'directory') {
      out[name] = { type: 'directory', contents: readContents(entry.contents, [...at, 'contents'], ctx) };
    } else if (entry.type === 'file') {
      // A null content (the reference keeps None, which its text tools cannot read) is read as empty.
      const content = entry.content ?? '';
      if (typeof content !== 'string') {
        ctx.issues.push({ code: 'custom', message: 'file content must be a string', input: entry.content, path: [...at, 'content'] });
        continue;
      }
      out[name] = { type: 'file', content };
    }
  }
  return out;
}

function readRoot(raw: Record<string, unknown>, ctx: Issues): Tree {
  const [name] = Object.keys(raw);
  if (name === undefined) return { [UNNAMED_ROOT]: { type: 'directory', contents: {} } };
  const entry = raw[name];
  if (!isObject(entry)) {
    ctx.issues.push({ code: 'custom', message: 'the root entry must be a directory object', input: entry, path: [name] });
    return {};
  }
  // Only the first entry is the file system; the reference ignores any others.
  const savedName = name === '/' ? UNNAMED_ROOT : name;
  return { [savedName]: { type: 'directory', contents: readContents(entry.contents, [name, 'contents'], ctx) } };
}

export const scenarioSchema = z
  .object({
    root: z
      .record(z.string(), z.unknown())
      .default(() => structuredClone(DEFAULT_ROOT))
      .transform((raw, ctx): Tree => readRoot(raw, ctx)),
    current_dir: z.string().default('/'),
    current_time: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'current_time must look like 2024-01-01T00:00:00')
      .default('2024-01-01T00:00:00'),
  })
  // A working directory that does not exist falls back to the root; a valid one is stored as its
  // absolute path from the root, so every later call resolves it the same way.
  .overwrite((state) => {
    const [rootName, root] = Object.entries(state.root)[0] ?? [UNNAMED_ROOT, { type: 'directory' as const, contents: {} }];
    const wanted = state.current_dir;
    const parts = wanted && wanted !== '/' ? (navigate(root, rootName, [], wanted) ?? []) : [];
    return { ...state, current_dir: formatPath(parts) };
  });

export type GorillaFileSystemState = z.output<typeof scenarioSchema>;
