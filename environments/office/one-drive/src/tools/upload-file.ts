import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';
import { storeFile } from './store-file.js';

export const uploadFile = defineOneDriveTool({
  name: 'upload_file',
  description:
    'Upload a text file with a name and non-empty content, optionally into a parent folder (the id is not checked). ' +
    'It gets the next id (file_<n>), its size in characters and the current time. Returns {id, name, size, webUrl, ' +
    'downloadUrl, createdDateTime, lastModifiedDateTime}.',
  input: z.object({
    name: z.string(),
    content: z.string(),
    parent_id: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    const file = storeFile(state, args.name, args.content, args.parent_id);
    return {
      id: file.id,
      name: file.name,
      size: file.size,
      webUrl: file.webUrl,
      downloadUrl: file.downloadUrl,
      createdDateTime: file.createdDateTime,
      lastModifiedDateTime: file.lastModifiedDateTime,
    };
  },
});
