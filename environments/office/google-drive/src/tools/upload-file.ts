import { codePointLength, defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type DriveFile, defineGoogleDriveTool } from '../scenario.js';
import { nextId } from './drive-lookups.js';

// The reference stamps every upload with this fixed time rather than the clock.
const UPLOAD_TIME = '2026-03-05T11:37:55';

export const uploadFile = defineGoogleDriveTool({
  name: 'upload_file',
  description:
    'Upload a text file with a name, optional MIME type (default application/octet-stream) and parent folder ids. ' +
    'It gets the next id (file_<n>) and its size in characters. Returns {id, name, mimeType, size, createdTime, parents}.',
  input: z.object({
    name: z.string(),
    content: z.string(),
    mime_type: defaultNull(z.string()),
    parents: defaultNull(z.array(z.string())),
  }),
  handler: (state, args) => {
    if (!args.name) throw new ToolError('Name must be a non-empty string');
    if (!args.content) throw new ToolError('Content must be a non-empty string');
    const file: DriveFile = {
      id: nextId(state.files, 'file'),
      name: args.name,
      mimeType: args.mime_type || 'application/octet-stream',
      size: String(codePointLength(args.content)),
      createdTime: UPLOAD_TIME,
      modifiedTime: UPLOAD_TIME,
      parents: args.parents ?? [],
      description: '',
      webViewLink: '',
      webContentLink: '',
      content: args.content,
    };
    state.files[file.id] = file;
    return { id: file.id, name: file.name, mimeType: file.mimeType, size: file.size, createdTime: file.createdTime, parents: file.parents };
  },
});
