import { z } from 'zod';
import { defineGoogleDriveTool } from '../scenario.js';
import { requireFile } from './drive-lookups.js';

export const getFile = defineGoogleDriveTool({
  name: 'get_file',
  description:
    "A file's metadata: id, name, MIME type, description, size, created and modified times, parents and web links. " +
    '`fields` is accepted and, as in the reference, every field is returned. Fails for an unknown file id.',
  input: z.object({
    file_id: z.string(),
    fields: z.string().default('*'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const file = requireFile(state, args.file_id);
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      description: file.description,
      size: file.size,
      createdTime: file.createdTime,
      modifiedTime: file.modifiedTime,
      parents: file.parents,
      webViewLink: file.webViewLink,
      webContentLink: file.webContentLink,
    };
  },
});
