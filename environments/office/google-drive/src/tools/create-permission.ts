import { defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGoogleDriveTool } from '../scenario.js';
import { nextId, requireFile } from './drive-lookups.js';

export const createPermission = defineGoogleDriveTool({
  name: 'create_permission',
  description:
    'Share a file: grant a role (reader, commenter, writer, …) to a grantee type (user, group, domain, anyone), with an ' +
    'email address for users and groups. Sharing with "anyone" gives a view link. Returns {id, role, type, ' +
    'emailAddress, link}.',
  input: z.object({
    file_id: z.string(),
    role: z.string(),
    type: z.string(),
    email_address: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    requireFile(state, args.file_id);
    if (!args.role) throw new ToolError('Role must be a non-empty string');
    if (!args.type) throw new ToolError('Type must be a non-empty string');
    const permission = {
      id: nextId(state.permissions, 'perm'),
      file_id: args.file_id,
      role: args.role,
      type: args.type,
      emailAddress: args.email_address || '',
      link: args.type === 'anyone' ? `https://drive.google.com/file/d/${args.file_id}/view` : '',
    };
    state.permissions[permission.id] = permission;
    const { file_id: _fileId, ...answer } = permission;
    return answer;
  },
});
