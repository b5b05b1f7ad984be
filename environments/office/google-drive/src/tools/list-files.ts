import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleDriveTool } from '../scenario.js';

export const listFiles = defineGoogleDriveTool({
  name: 'list_files',
  description:
    'Files in Drive, in stored order, at most page_size (default 100; a negative size drops that many from the end): ' +
    '{files: [{id, name, mimeType, size, modifiedTime, parents}], nextPageToken: "", incompleteSearch: false}. q and ' +
    'order_by are accepted and, as in the reference, do not filter or sort.',
  input: z.object({
    page_size: anyInteger().default(100),
    q: defaultNull(z.string()),
    order_by: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    files: pythonSlice(Object.values(state.files), null, args.page_size).map(({ id, name, mimeType, size, modifiedTime, parents }) => ({
      id,
      name,
      mimeType,
      size,
      modifiedTime,
      parents,
    })),
    nextPageToken: '',
    incompleteSearch: false,
  }),
});
