import { ownEntry, ToolError } from '@envfleet/kit';
import type { DirectoryNode, FsNode, Tree } from './scenario.js';

/**
 * Path rules of the reference, kept exactly because agents are trained on them:
 *  - "." means the current directory; "/" the root; ".." is understood by `cd` alone (never inside a path);
 *  - a path starting with "/" starts at the root, any other at the current directory;
 *  - leading and trailing slashes are ignored, and a first component equal to the root's own name is
 *    skipped (so "/alex/docs" and "docs" both work when the root is named "alex");
 *  - a "." component stays where it is; every other component must be a directory.
 * The working directory is stored as the absolute path of names below the root ("/", "/a/b").
 */

interface State {
  root: Tree;
  current_dir: string;
}

export const own = (contents: Record<string, FsNode>, name: string): FsNode | undefined => ownEntry(contents, name);

/** The root directory and its name (the single key of `root`). */
export function rootOf(state: State): [string, DirectoryNode] {
  for (const name of Object.keys(state.root)) {
    const dir = state.root[name];
    if (dir) return [name, dir];
  }
  throw new Error('GorillaFileSystem state has no root directory');
}

export function formatPath(parts: readonly string[]): string {
  return `/${parts.join('/')}`;
}

export function parsePath(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/');
}

export function directoryAt(root: DirectoryNode, parts: readonly string[]): DirectoryNode {
  let dir = root;
  for (const name of parts) {
    const next = own(dir.contents, name);
    if (next?.type !== 'directory') throw new Error(`GorillaFileSystem: working directory ${formatPath(parts)} does not exist`);
    dir = next;
  }
  return dir;
}

function stripSlashes(text: string, both: boolean): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  let start = 0;
  if (both) while (start < end && text[start] === '/') start++;
  return text.slice(start, end);
}

export const trimTrailingSlashes = (text: string): string => stripSlashes(text, false);

/** Resolves `path` from the directory `base`; the resolved path, or null when it is not a directory. */
export function navigate(root: DirectoryNode, rootName: string, base: readonly string[], path: string): string[] | null {
  if (path === '.') return [...base];
  if (path === '/') return [];
  const names = stripSlashes(path, true).split('/');
  if (names[0] === rootName) names.shift();
  const parts = path.startsWith('/') ? [] : [...base];
  let dir = directoryAt(root, parts);
  for (const name of names) {
    if (name === '.') continue;
    const next = own(dir.contents, name);
    if (next?.type !== 'directory') return null;
    dir = next;
    parts.push(name);
  }
  return parts;
}

/**
 * What `pwd` shows: the path below the nearest enclosing directory that carries the root's name
 * (the reference walks up until it meets that name, so a directory named like the root hides what
 * is above it).
 */
export function displayPath(parts: readonly string[], rootName: string): string {
  const cut = parts.lastIndexOf(rootName);
  return formatPath(parts.slice(cut + 1));
}

/** The file system as a tool sees it: the root, its name and the working directory. */
export interface Location {
  rootName: string;
  root: DirectoryNode;
  parts: string[];
  cwd: DirectoryNode;
}

export function locate(state: State): Location {
  const [rootName, root] = rootOf(state);
  const parts = parsePath(state.current_dir);
  return { rootName, root, parts, cwd: directoryAt(root, parts) };
}

/** An entry of `dir` by name; "." is the directory itself, as in the reference's lookups. */
export function entryOf(dir: DirectoryNode, name: string): FsNode | undefined {
  return name === '.' ? dir : own(dir.contents, name);
}

/** A deep copy, so a copied or moved subtree never shares nodes with another place in the tree. */
export function cloneNode(node: FsNode): FsNode {
  if (node.type === 'file') return { type: 'file', content: node.content };
  const contents: Record<string, FsNode> = {};
  for (const [name, child] of Object.entries(node.contents)) contents[name] = cloneNode(child);
  return { type: 'directory', contents };
}

// Names the reference refuses in mkdir, touch, echo and cat.
const INVALID_CHARACTERS = /[|/\\?%*:"><]/;

export const hasInvalidCharacter = (name: string): boolean => INVALID_CHARACTERS.test(name);

/** A name that a JavaScript object cannot hold as a key; refused instead of silently lost. */
export function assertStorableName(name: string): void {
  if (name === '__proto__') throw new ToolError('"__proto__" cannot be used as a file or directory name');
}

export function requireText(value: string, message: string): void {
  if (!value) throw new ToolError(message);
}
