import { codePointLength, type Draft, ToolError } from '@envfleet/kit';
import type { FileItem, OneDriveState } from '../scenario.js';
import { nextId } from './drive-items.js';

/**
 * Both upload tools store a file the same way: the next file id, its size in characters, links
 * derived from the id, and the scenario clock as both timestamps. The parent is not checked.
 */
export function storeFile(state: Draft<OneDriveState>, name: string, content: string, parentId: string | null): FileItem {
  if (!name) throw new ToolError('Name must be a non-empty string: give the file a name with its extension');
  if (!content) throw new ToolError('Content must be a non-empty string: empty files cannot be uploaded');
  const id = nextId(state.files, 'file');
  const file: FileItem = {
    id,
    name,
    content,
    size: codePointLength(content),
    content_type: 'application/octet-stream',
    parent_id: parentId,
    webUrl: `https://onedrive.live.com/?id=${id}`,
    downloadUrl: `https://onedrive.live.com/download?id=${id}`,
    createdDateTime: state.current_time,
    lastModifiedDateTime: state.current_time,
  };
  state.files[id] = file;
  return file;
}
