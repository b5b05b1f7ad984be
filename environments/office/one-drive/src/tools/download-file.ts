import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';
import { requireFile } from './drive-items.js';

export const downloadFile = defineOneDriveTool({
  name: 'download_file',
  description:
    "A file's content with its name, size and MIME type: {content, name, size, content_type}. Fails for an unknown " +
    'id and for a folder id.',
  input: z.object({
    item_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const file = requireFile(state, args.item_id);
    return { content: file.content, name: file.name, size: file.size, content_type: file.content_type };
  },
});
