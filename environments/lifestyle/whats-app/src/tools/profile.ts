import { hasEntry, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { requirePhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool } from '../scenario.js';

// What the account's profile shows for a key the scenario's profile leaves out.
const PROFILE_FALLBACKS = {
  push_name: 'WhatsApp User',
  status: 'Hey there! I am using WhatsApp.',
  profile_picture_url: '',
} as const;

export const whatsappGetProfileInfo = defineWhatsAppTool({
  name: 'whatsapp_get_profile_info',
  description:
    'Profile of the account itself (no phone: {phone: "me", name, status, profile_picture_url}) or of a ' +
    'phone number: a saved contact shows its name and status "Available"; any other number shows itself ' +
    'as name and an empty status.',
  input: z.object({
    phone: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.phone === null) {
      const read = (key: keyof typeof PROFILE_FALLBACKS): unknown =>
        hasEntry(state.profile, key) ? state.profile[key] : PROFILE_FALLBACKS[key];
      return {
        phone: 'me',
        name: read('push_name'),
        status: read('status'),
        profile_picture_url: read('profile_picture_url'),
      };
    }
    requirePhoneFormat(args.phone);
    const contact = ownEntry(state.contacts, args.phone);
    if (contact) return { phone: args.phone, name: contact.name, status: 'Available', profile_picture_url: '' };
    return { phone: args.phone, name: args.phone, status: '', profile_picture_url: '' };
  },
});

export const whatsappChangePushName = defineWhatsAppTool({
  name: 'whatsapp_change_push_name',
  description: "Change the account's display name (push name). Returns {push_name, updated: true}.",
  input: z.object({
    push_name: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.push_name, 'Push name');
    state.profile.push_name = args.push_name;
    return { push_name: args.push_name, updated: true };
  },
});

export const whatsappChangeAvatar = defineWhatsAppTool({
  name: 'whatsapp_change_avatar',
  description:
    "Set the account's profile picture to an image path; it becomes the profile_picture_url. Returns {updated: true, avatar_path}.",
  input: z.object({
    avatar_path: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.avatar_path, 'Avatar path');
    state.profile.profile_picture_url = args.avatar_path;
    return { updated: true, avatar_path: args.avatar_path };
  },
});
