import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { firstItems } from '../limit.js';
import { requirePhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool } from '../scenario.js';

export const whatsappCheckPhone = defineWhatsAppTool({
  name: 'whatsapp_check_phone',
  description:
    "Look a phone number up in WhatsApp's directory: {phone, is_valid, is_registered}. A number the directory " +
    'does not know is neither valid nor registered, and an invalid number is never registered.',
  input: z.object({
    phone: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.phone, 'Phone');
    requirePhoneFormat(args.phone);
    const isValid = ownEntry(state.phone_validity_map, args.phone) ?? false;
    const isRegistered = isValid ? (ownEntry(state.whatsapp_registered_map, args.phone) ?? false) : false;
    return { phone: args.phone, is_registered: isRegistered, is_valid: isValid };
  },
});

export const whatsappGetContacts = defineWhatsAppTool({
  name: 'whatsapp_get_contacts',
  description:
    "The account's saved contacts in the order they were saved, at most `limit` (0 or none: all): " + '[{phone, name, is_registered}].',
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    contacts: firstItems(Object.values(state.contacts), args.limit).map((contact) => ({
      phone: contact.phone,
      name: contact.name,
      is_registered: contact.is_registered,
    })),
  }),
});
