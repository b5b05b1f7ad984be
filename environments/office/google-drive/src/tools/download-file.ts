import { z } from 'zod';
import { defineGoogleDriveTool } from '../scenario.js';
import { requireFile } from './drive-lookups.js';

export const downloadFile = defineGoogleDriveTool({
  name: 'download_file',
  description: "A file's content with its name, MIME type and size. Fails for an unknown file id.",
  input: z.object({
    file_id: z.string(),
    acknowledge_abuse: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const file = requireFile(state, args.file_id);
    return { content: file.content, name: file.name, mimeType: file.mimeType, size: file.size };
  },
});
