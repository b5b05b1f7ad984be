import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';

// Without a positive `top` the reference returns up to this many children.
const DEFAULT_TOP = 200;

export const listChildren = defineOneDriveTool({
  name: 'list_children',
  description:
    'The folders, then the files, whose parent is item_id (omit it for the root), in stored order: {value: [{id, name, ' +
    'size, folder: {} or file: {}, webUrl, createdDateTime, lastModifiedDateTime}]}. At most top items (default 200; ' +
    'a negative top drops that many from the end). An unknown folder id gives an empty list.',
  input: z.object({
    item_id: defaultNull(z.string()),
    top: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const parentId = args.item_id;
    const folders = Object.values(state.folders)
      .filter((folder) => folder.parent_id === parentId)
      .map((folder) => ({
        id: folder.id,
        name: folder.name,
        size: 0,
        folder: {},
        webUrl: folder.webUrl,
        createdDateTime: folder.createdDateTime,
        lastModifiedDateTime: folder.lastModifiedDateTime,
      }));
    const files = Object.values(state.files)
      .filter((file) => file.parent_id === parentId)
      .map((file) => ({
        id: file.id,
        name: file.name,
        size: file.size,
        file: {},
        webUrl: file.webUrl,
        createdDateTime: file.createdDateTime,
        lastModifiedDateTime: file.lastModifiedDateTime,
      }));
    return { value: pythonSlice([...folders, ...files], null, args.top || DEFAULT_TOP) };
  },
});
