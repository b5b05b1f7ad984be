import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { FileItem, FolderItem, OneDriveState } from '../scenario.js';

export function requireItemId(itemId: string): void {
  if (!itemId) throw new ToolError('Item ID must be a non-empty string: pass the id of a file or folder');
}

export function requireFile(state: OneDriveState, itemId: string): FileItem {
  requireItemId(itemId);
  const file = ownEntry(state.files, itemId);
  if (!file) throw new ToolError(`File ${itemId} not found (folders cannot be downloaded)`);
  return file;
}

/** A file or a folder; files win where both maps hold the id, as in the reference. */
export function requireItem(state: OneDriveState, itemId: string): { file: FileItem } | { folder: FolderItem } {
  requireItemId(itemId);
  const file = ownEntry(state.files, itemId);
  if (file) return { file };
  const folder = ownEntry(state.folders, itemId);
  if (folder) return { folder };
  throw new ToolError(`Item ${itemId} not found: no file or folder has that id`);
}

/**
 * The next id of a kind (file_<n>, share_<n>): the count of existing entries plus one, as the
 * reference numbers them; where a scenario's numbering has a gap and that id is taken, the next
 * free number instead of overwriting the stored entry.
 */
export function nextId(map: Readonly<Record<string, unknown>>, prefix: string): string {
  let n = Object.keys(map).length + 1;
  while (hasEntry(map, `${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}
