import { pythonFloatRepr } from '@envfleet/kit';
import { z } from 'zod';
import { sendMessage } from '../outbox.js';
import { requirePhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool } from '../scenario.js';

// Every kind of message the account can send. Each is stored as one message with a readable
// `content` ("Image: <path> - <caption>", "Location: <lat>, <lon> - <name>", …) and a `type`, and
// becomes its chat's latest message. Recipients must be phone numbers: "+" and 10 to 15 digits.

/** "<label>: <subject>", followed by " - <extra>" when the optional extra text is not empty. */
function withExtra(label: string, subject: string, extra: string | null): string {
  return extra ? `${label}: ${subject} - ${extra}` : `${label}: ${subject}`;
}

export const whatsappSendTextMessage = defineWhatsAppTool({
  name: 'whatsapp_send_text_message',
  description:
    'Send a text message to a phone number ("+" and 10 to 15 digits), opening a chat with it if there is none. ' +
    'Returns {message_id, phone, timestamp}. Fails on an empty phone or message, or a badly formatted number.',
  input: z.object({
    phone: z.string(),
    message: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requireText(args.message, 'Message');
    requirePhoneFormat(args.phone);
    return sendMessage(state, ctx, args.phone, args.message, 'text');
  },
});

export const whatsappSendImage = defineWhatsAppTool({
  name: 'whatsapp_send_image',
  description:
    'Send an image (a local file path) with an optional caption to a phone number. The message reads ' +
    '"Image: <path> - <caption>". Returns {message_id, phone, timestamp}.',
  input: z.object({
    phone: z.string(),
    image_path: z.string(),
    caption: z.string().nullable().default(''),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requireText(args.image_path, 'Image path');
    requirePhoneFormat(args.phone);
    return sendMessage(state, ctx, args.phone, withExtra('Image', args.image_path, args.caption), 'image');
  },
});

export const whatsappSendFile = defineWhatsAppTool({
  name: 'whatsapp_send_file',
  description:
    'Send a file (a local file path) with an optional caption to a phone number. The message reads ' +
    '"File: <path> - <caption>". Returns {message_id, phone, file_path, timestamp}.',
  input: z.object({
    phone: z.string(),
    file_path: z.string(),
    caption: z.string().nullable().default(''),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requireText(args.file_path, 'File path');
    requirePhoneFormat(args.phone);
    const sent = sendMessage(state, ctx, args.phone, withExtra('File', args.file_path, args.caption), 'file');
    return { message_id: sent.message_id, phone: sent.phone, file_path: args.file_path, timestamp: sent.timestamp };
  },
});

export const whatsappSendLink = defineWhatsAppTool({
  name: 'whatsapp_send_link',
  description:
    'Share a URL with an optional preview text with a phone number. The message reads "Link: <url> - <preview>". ' +
    'Returns {message_id, phone, url, timestamp}.',
  input: z.object({
    phone: z.string(),
    url: z.string(),
    preview_text: z.string().nullable().default(''),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requireText(args.url, 'URL');
    requirePhoneFormat(args.phone);
    const sent = sendMessage(state, ctx, args.phone, withExtra('Link', args.url, args.preview_text), 'link');
    return { message_id: sent.message_id, phone: sent.phone, url: args.url, timestamp: sent.timestamp };
  },
});

export const whatsappSendLocation = defineWhatsAppTool({
  name: 'whatsapp_send_location',
  description:
    'Share a map location (latitude, longitude) with an optional place name with a phone number. The message ' +
    'reads "Location: <lat>, <lon> - <name>". Returns {message_id, phone, latitude, longitude, timestamp}.',
  input: z.object({
    phone: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().nullable().default(''),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requirePhoneFormat(args.phone);
    // Coordinates are floats in the reference, so 5 is written "5.0".
    const point = `${pythonFloatRepr(args.latitude)}, ${pythonFloatRepr(args.longitude)}`;
    const sent = sendMessage(state, ctx, args.phone, withExtra('Location', point, args.name), 'location');
    return {
      message_id: sent.message_id,
      phone: sent.phone,
      latitude: args.latitude,
      longitude: args.longitude,
      timestamp: sent.timestamp,
    };
  },
});

export const whatsappSendContact = defineWhatsAppTool({
  name: 'whatsapp_send_contact',
  description:
    'Share a contact card (a name and a phone number) with a phone number. The message reads ' +
    '"Contact: <name> (<number>)". Both numbers must be "+" and 10 to 15 digits. Returns {message_id, phone, contact_phone, timestamp}.',
  input: z.object({
    phone: z.string(),
    contact_phone: z.string(),
    contact_name: z.string(),
  }),
  handler: (state, args, ctx) => {
    requireText(args.phone, 'Phone');
    requireText(args.contact_phone, 'Contact phone');
    requireText(args.contact_name, 'Contact name');
    requirePhoneFormat(args.phone);
    requirePhoneFormat(args.contact_phone, 'contact phone');
    const content = `Contact: ${args.contact_name} (${args.contact_phone})`;
    const sent = sendMessage(state, ctx, args.phone, content, 'contact');
    return { message_id: sent.message_id, phone: sent.phone, contact_phone: args.contact_phone, timestamp: sent.timestamp };
  },
});
