import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineOneDriveTool } from '../scenario.js';
import { nextId, requireItem } from './drive-items.js';

export const createShareLink = defineOneDriveTool({
  name: 'create_share_link',
  description:
    'Create a sharing link (share_<n>) for a file or folder. type is view (default, read role), edit or embed (write ' +
    'role, as is any other type); scope defaults to anonymous. Returns {id, roles, link: {type, scope, webUrl}}, and ' +
    'an iframe snippet as link.webHtml for embed links. Fails for an unknown item id.',
  input: z.object({
    item_id: z.string(),
    type: defaultNull(z.string()),
    scope: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    requireItem(state, args.item_id);
    const id = nextId(state.share_links, 'share');
    const linkType = args.type || 'view';
    const scope = args.scope || 'anonymous';
    const roles = linkType === 'view' ? ['read'] : ['write'];
    const webUrl = `https://onedrive.live.com/share/${id}`;
    const webHtml = linkType === 'embed' ? `<iframe src='https://onedrive.live.com/embed/${id}'></iframe>` : null;
    state.share_links[id] = { id, item_id: args.item_id, roles, link_type: linkType, scope, webUrl, webHtml };
    return { id, roles: [...roles], link: { type: linkType, scope, webUrl, ...(webHtml ? { webHtml } : {}) } };
  },
});
