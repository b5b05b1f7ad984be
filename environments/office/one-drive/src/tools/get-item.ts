import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';
import { requireItem } from './drive-items.js';

// An item at the root (no parent, or an empty parent id) has an empty parent reference.
const parentReference = (parentId: string | null) => (parentId ? { id: parentId } : {});

export const getItem = defineOneDriveTool({
  name: 'get_item',
  description:
    "A file's or folder's metadata: {id, name, size, webUrl, downloadUrl, createdDateTime, lastModifiedDateTime, " +
    'parentReference: {id} or {} at the root}. Folders have size 0 and an empty downloadUrl. Fails for an unknown id.',
  input: z.object({
    item_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const item = requireItem(state, args.item_id);
    if ('file' in item) {
      const { file } = item;
      return {
        id: file.id,
        name: file.name,
        size: file.size,
        webUrl: file.webUrl,
        downloadUrl: file.downloadUrl,
        createdDateTime: file.createdDateTime,
        lastModifiedDateTime: file.lastModifiedDateTime,
        parentReference: parentReference(file.parent_id),
      };
    }
    const { folder } = item;
    return {
      id: folder.id,
      name: folder.name,
      size: 0,
      webUrl: folder.webUrl,
      downloadUrl: '',
      createdDateTime: folder.createdDateTime,
      lastModifiedDateTime: folder.lastModifiedDateTime,
      parentReference: parentReference(folder.parent_id),
    };
  },
});
