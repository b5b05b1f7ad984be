import { anyInteger, defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';
import { storeFile } from './store-file.js';

export const uploadLargeFile = defineOneDriveTool({
  name: 'upload_large_file',
  description:
    'Upload a file through a resumable upload session. The whole content is stored at once, as upload_file does ' +
    '(chunk_size is accepted and has no effect). Returns {id, name, size, webUrl, upload_session_id} where the ' +
    'session id is session_<file id>.',
  input: z.object({
    name: z.string(),
    content: z.string(),
    parent_id: defaultNull(z.string()),
    chunk_size: defaultNull(anyInteger()),
  }),
  handler: (state, args) => {
    const file = storeFile(state, args.name, args.content, args.parent_id);
    return { id: file.id, name: file.name, size: file.size, webUrl: file.webUrl, upload_session_id: `session_${file.id}` };
  },
});
