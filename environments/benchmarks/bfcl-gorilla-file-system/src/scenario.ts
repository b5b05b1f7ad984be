import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { FILE_CONTENT_EXTENSION, FILES_TAIL_USED, POPULATE_FILE_EXTENSION } from './long-context.js';

export interface FileNode {
  type: 'file';
  content: string;
}

export interface DirectoryNode {
  type: 'directory';
  contents: Record<string, FsNode>;
}

export type FsNode = FileNode | DirectoryNode;

/** `{ <root name>: <root directory> }`, the shape of BFCL's initial_config: one entry. */
export type Tree = Record<string, DirectoryNode>;

// BFCL's default world: an empty root directory whose name is "/".
const DEFAULT_ROOT_NAME = '/';

// A plain object cannot hold "__proto__" as an own key once assigned, so it would silently vanish.
const RESERVED_NAME = '__proto__';

type Issues = { issues: z.core.$ZodRawIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads a directory's `contents` as BFCL's _load_directory does: every entry needs a `type`; a
 * "directory" needs `contents` and a "file" needs `content`; entries of any other type are skipped.
 */
function readContents(raw: unknown, path: (string | number)[], ctx: Issues): Record<string, FsNode> {
  const out: Record<string, FsNode> = {};
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
      if (typeof entry.content !== 'string') {
        ctx.issues.push({ code: 'custom', message: 'a file needs a string "content"', input: entry.content, path: [...at, 'content'] });
        continue;
      }
      out[name] = { type: 'file', content: entry.content };
    }
  }
  return out;
}

/** BFCL keeps only the first entry of `root`: its name is the root directory's name. */
function readRoot(raw: Record<string, unknown>, ctx: Issues): Tree {
  const [name] = Object.keys(raw);
  if (name === undefined) {
    ctx.issues.push({ code: 'custom', message: 'root needs one entry: the root directory, keyed by its name', input: raw, path: [] });
    return {};
  }
  const entry = raw[name];
  if (!isObject(entry)) {
    ctx.issues.push({ code: 'custom', message: 'the root entry must be a directory object with "contents"', input: entry, path: [name] });
    return {};
  }
  return { [name]: { type: 'directory', contents: readContents(entry.contents, [name, 'contents'], ctx) } };
}

/**
 * The long-context variant, applied once at load as BFCL's _load_scenario does: every file not in
 * FILES_TAIL_USED gets the long paragraph appended, and every directory without subdirectories gets
 * the empty image files (a name already present is left as it is).
 */
function extendForLongContext(dir: DirectoryNode): DirectoryNode {
  const contents: Record<string, FsNode> = {};
  let innermost = true;
  for (const [name, node] of Object.entries(dir.contents)) {
    if (node.type === 'directory') {
      innermost = false;
      contents[name] = extendForLongContext(node);
    } else {
      contents[name] = FILES_TAIL_USED.has(name) ? node : { type: 'file', content: node.content + FILE_CONTENT_EXTENSION };
    }
  }
  if (innermost)
    for (const name of POPULATE_FILE_EXTENSION) if (!Object.hasOwn(contents, name)) contents[name] = { type: 'file', content: '' };
  return { type: 'directory', contents };
}

export const scenarioSchema = z
  .object({
    root: z
      .record(z.string(), z.unknown())
      .default(() => ({ [DEFAULT_ROOT_NAME]: { type: 'directory', contents: {} } }))
      .transform((raw, ctx): Tree => readRoot(raw, ctx)),
    /** BFCL's public `long_context` attribute: the flag the benchmark passes for its long-context category. */
    long_context: z.boolean().default(false),
    /** The working directory: names of the directories below the root (BFCL's private _current_dir). */
    _cwd: z.array(z.string()).default([]),
    /** Set once the long-context additions are in the tree, so a saved state reloads unchanged. */
    _long_context_applied: z.boolean().default(false),
  })
  .overwrite((state) => {
    let root = state.root;
    let applied = state._long_context_applied;
    if (state.long_context && !applied) {
      root = Object.fromEntries(Object.entries(root).map(([name, dir]) => [name, extendForLongContext(dir)]));
      applied = true;
    }
    // A working directory that does not exist (a hand-written scenario) falls back to the root.
    const [top] = Object.values(root);
    let dir: FsNode | undefined = top;
    for (const name of state._cwd) dir = dir?.type === 'directory' && Object.hasOwn(dir.contents, name) ? dir.contents[name] : undefined;
    const cwd = dir?.type === 'directory' ? state._cwd : [];
    return { ...state, root, _cwd: cwd, _long_context_applied: applied };
  });

export type BfclGorillaFileSystemState = z.output<typeof scenarioSchema>;

export const defineFsTool = toolsFor<BfclGorillaFileSystemState>();
