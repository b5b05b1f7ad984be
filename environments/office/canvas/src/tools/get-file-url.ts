import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineCanvasTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getFileUrl = defineCanvasTool({
  name: 'get_file_url',
  description: 'The download URL of a course file: {download_url}. Fails when the course has no such file.',
  input: z.object({
    file_id: z.string(),
    course_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.file_id, 'File ID');
    requireText(args.course_id, 'Course ID');
    const url = ownEntry(ownEntry(state.files, args.course_id) ?? {}, args.file_id) ?? '';
    if (!url) throw new ToolError(`File ${args.file_id} not found in course ${args.course_id}`);
    return { download_url: url };
  },
});
