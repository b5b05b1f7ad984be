import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { DriveFile, GoogleDriveState } from '../scenario.js';

export function requireFile(state: GoogleDriveState, fileId: string): DriveFile {
  if (!fileId) throw new ToolError('File ID must be a non-empty string');
  const file = ownEntry(state.files, fileId);
  if (!file) throw new ToolError(`File ${fileId} not found`);
  return file;
}

/**
 * The next id of a kind (file_<n>, perm_<n>): the count of existing entries plus one, as the
 * reference numbers them; where a scenario's numbering has a gap and that id is taken, the next
 * free number instead of overwriting the stored entry.
 */
export function nextId(map: Readonly<Record<string, unknown>>, prefix: string): string {
  let n = Object.keys(map).length + 1;
  while (hasEntry(map, `${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}
