import { type Draft, ToolError } from '@envfleet/kit';
import type { FilesystemState } from '../scenario.js';

/** Patterns to leave out: the scenario's defaults unless the caller gave a list (even an empty one). */
export function exclusions(state: Draft<FilesystemState>, given: string[] | null): string[] {
  return given ?? [...state.exclude_patterns_default];
}

/**
 * Guards a recursive walk: a listing that leads back to a directory already being walked (possible
 * only with odd keys such as "/a/" listing "") is reported instead of recursing forever.
 */
export function enter(stack: Set<string>, path: string): void {
  if (stack.has(path)) throw new ToolError(`Directory ${path} contains itself; cannot walk it`);
  stack.add(path);
}
