import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { FilesystemState } from '../scenario.js';

// Paths are plain strings, as in the reference: backslashes become slashes and nothing else is
// resolved (no "..", no collapsing of "//"), so relative paths and trailing slashes are distinct keys.

export function normalizePath(path: string): string {
  return path.replaceAll('\\', '/');
}

export function trimTrailingSlashes(path: string): string {
  // By index: the regex /\/+$/ retries from every slash of a run followed by more text, which is
  // quadratic in the run.
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

export function parentOf(path: string): string {
  const normalized = normalizePath(path);
  if (normalized === '/') return '/';
  const parts = trimTrailingSlashes(normalized).split('/');
  if (parts.length === 1) return '/';
  return parts.slice(0, -1).join('/') || '/';
}

export function nameOf(path: string): string {
  const normalized = normalizePath(path);
  if (normalized === '/') return '/';
  return trimTrailingSlashes(normalized).split('/').at(-1) ?? '';
}

export function childPath(directory: string, name: string): string {
  return directory === '/' ? `/${name}` : `${trimTrailingSlashes(directory)}/${name}`;
}

/**
 * An entry of a path-keyed record, only if the record really holds it: a plain lookup of a path such as
 * "constructor" or "toString" would find Object.prototype's members instead of "no such path".
 */
export function entryAt<T>(record: Record<string, T>, key: string): T | undefined {
  return ownEntry(record, key);
}

/**
 * Stores a path-keyed entry. "__proto__" is the one key a JavaScript object (and so our JSON state)
 * cannot take by assignment: it would be dropped or rejected, so it is refused with a clear message.
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: NoInfer<T>): void {
  if (key === '__proto__') throw new ToolError('The path "__proto__" cannot be stored in this file system');
  record[key] = value;
}

export function isFile(state: Draft<FilesystemState>, path: string): boolean {
  return Object.hasOwn(state.files, path);
}

export function isDirectory(state: Draft<FilesystemState>, path: string): boolean {
  return Object.hasOwn(state.directories, path);
}

/**
 * How many characters the paths of the directories one call creates may hold together. Each missing
 * ancestor is a key of its own, so creating "a/a/a/…" costs the square of the path's length: a
 * megabyte of "./" would be half a million keys averaging half a megabyte each, where any real tree
 * stays far below this. The reference has no bound (its README lists this difference).
 */
export const MAX_NEW_DIRECTORY_CHARACTERS = 1024 * 1024;

/** Creates the directory and any missing ancestors, listing each new one in its parent. */
export function ensureDirectory(state: Draft<FilesystemState>, path: string): void {
  // The missing ones, deepest first; then created from the top so each is listed in an existing parent.
  const missing: string[] = [];
  let characters = 0;
  for (let at = path; !isDirectory(state, at); at = parentOf(at)) {
    characters += at.length;
    if (characters > MAX_NEW_DIRECTORY_CHARACTERS) {
      throw new ToolError(
        `Cannot create the missing directories of a path of ${path.length} characters: their paths would hold more than ${MAX_NEW_DIRECTORY_CHARACTERS} characters together`,
      );
    }
    missing.push(at);
    if (at === '/') break;
  }
  for (const directory of missing.reverse()) {
    setEntry(state.directories, directory, []);
    if (directory !== '/') addChild(state, parentOf(directory), nameOf(directory));
  }
}

/** Lists `name` in `directory` (creating the listing if needed) unless it is already there. */
export function addChild(state: Draft<FilesystemState>, directory: string, name: string): void {
  const children = entryAt(state.directories, directory);
  if (children === undefined) setEntry(state.directories, directory, [name]);
  else if (!children.includes(name)) children.push(name);
}

export function removeChild(state: Draft<FilesystemState>, directory: string, name: string): void {
  const children = entryAt(state.directories, directory);
  const index = children ? children.indexOf(name) : -1;
  if (children && index >= 0) children.splice(index, 1);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Size in bytes of the text as UTF-8; text that has no UTF-8 form is refused, as the reference does. */
export function utf8Size(text: string): number {
  assertEncodable(text);
  return Buffer.byteLength(text, 'utf8');
}

export function base64Utf8(text: string): string {
  assertEncodable(text);
  return Buffer.from(text, 'utf8').toString('base64');
}

function assertEncodable(text: string): void {
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16);
    const position = Array.from(text.slice(0, lone.index)).length;
    throw new ToolError(`'utf-8' codec can't encode character '\\u${code}' in position ${position}: surrogates not allowed`);
  }
}

/** The text after the last "." anywhere in the path, with its dot ("" when there is no dot). */
export function extensionOf(path: string): string {
  return path.includes('.') ? `.${path.split('.').at(-1) ?? ''}` : '';
}

export function mimeTypeOf(state: Draft<FilesystemState>, path: string): string {
  const extension = extensionOf(path);
  return Object.hasOwn(state.mime_types_map, extension) ? (state.mime_types_map[extension] as string) : 'application/octet-stream';
}

export function isBinaryPath(state: Draft<FilesystemState>, path: string): boolean {
  return state.binary_extensions.includes(extensionOf(path));
}

/** `child[len(base):]` counted in code points, as Python slices. */
export function relativeTo(base: string, child: string): string {
  return Array.from(child).slice(Array.from(base).length).join('').replace(/^\/+/, '');
}
