import type { DirectoryNode, FsNode, Tree } from './scenario.js';

/**
 * Walking the tree as BFCL's GorillaFileSystem does. The working directory is the list of names
 * below the root; BFCL keeps a pointer to a Directory object instead (see the README for where
 * that differs after a directory was moved).
 */

interface Located {
  root: Tree;
  _cwd: string[];
}

export function rootOf(state: Pick<Located, 'root'>): [string, DirectoryNode] {
  for (const [name, dir] of Object.entries(state.root)) return [name, dir];
  throw new Error('BfclGorillaFileSystem state has no root directory');
}

export function directoryAt(root: DirectoryNode, parts: readonly string[]): DirectoryNode {
  let dir = root;
  for (const name of parts) {
    const next = entry(dir, name);
    if (next?.type !== 'directory') throw new Error(`working directory /${parts.join('/')} does not exist`);
    dir = next;
  }
  return dir;
}

/** The current directory (a draft when called on a draft). */
export function cwdOf(state: Located): DirectoryNode {
  return directoryAt(rootOf(state)[1], state._cwd);
}

/** `name in directory.contents` and the entry, never an inherited member. */
export function entry(dir: DirectoryNode, name: string): FsNode | undefined {
  return Object.hasOwn(dir.contents, name) ? dir.contents[name] : undefined;
}

/**
 * BFCL's _navigate_to_directory: "." or nothing is the current directory, "/" the root; otherwise
 * the path's components (slashes at both ends dropped) are looked up from the root when the path
 * starts with "/", else from the current directory; "." stays, anything else must be a directory.
 * Returns the directory's names below the root, or the error BFCL answers.
 */
export function navigate(state: Located, path: string | null): string[] | { error: string } {
  if (path === null || path === '.') return [...state._cwd];
  if (path === '/') return [];
  const root = rootOf(state)[1];
  const parts = path.startsWith('/') ? [] : [...state._cwd];
  let dir = directoryAt(root, parts);
  for (const name of stripSlashes(path).split('/')) {
    if (name === '.') continue;
    const next = entry(dir, name);
    if (next?.type !== 'directory') return { error: `cd: '${path}': No such file or directory` };
    dir = next;
    parts.push(name);
  }
  return parts;
}

function stripSlashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '/') start++;
  while (end > start && text[end - 1] === '/') end--;
  return text.slice(start, end);
}

/** BFCL refuses these characters in a new file or directory name. */
export function hasValidName(name: string): boolean {
  return !/[|/\\?%*:"><]/.test(name);
}

// str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** Python's str.splitlines(): lines without terminators; a final terminator adds no empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A deep copy of a node (BFCL's cp shares children between original and copy; see the README). */
export function copyNode(node: FsNode): FsNode {
  if (node.type === 'file') return { type: 'file', content: node.content };
  return { type: 'directory', contents: Object.fromEntries(Object.entries(node.contents).map(([name, child]) => [name, copyNode(child)])) };
}
