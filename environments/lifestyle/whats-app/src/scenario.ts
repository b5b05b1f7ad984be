import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's WhatsApp scenario — messages by id, chats and contacts by phone number,
// groups by id, the account's profile, two lookup tables that stand in for WhatsApp's phone
// directory, and the clock that stamps new messages. {} loads the reference's default world (no
// chats, twenty known numbers) at a fixed time.
export const messageSchema = z.object({
  message_id: z.string(),
  phone: z.string(),
  from_me: z.boolean().default(false),
  content: z.string().default(''),
  timestamp: z.string(),
  type: z.string().default('text'),
});

export const chatSchema = z.object({
  phone: z.string(),
  name: z.string(),
  unread_count: z.int().min(0).default(0),
  last_message: z.string().default(''),
  last_message_time: z.string().default(''),
  archived: z.boolean().default(false),
});

export const contactSchema = z.object({
  phone: z.string(),
  name: z.string(),
  is_registered: z.boolean().default(false),
});

export const groupSchema = z.object({
  group_id: z.string(),
  name: z.string(),
  participants: z.array(z.string()).default(() => []),
  created_at: z.string(),
  description: z.string().default(''),
});

// The reference's WhatsAppScenario.
export const scenarioSchema = z.object({
  messages: keyedRecord(messageSchema).default(() => ({})),
  chats: keyedRecord(chatSchema).default(() => ({})),
  contacts: keyedRecord(contactSchema).default(() => ({})),
  groups: keyedRecord(groupSchema).default(() => ({})),
  // Free-form: push_name, status and profile_picture_url are the keys the tools read and write.
  profile: keyedRecord(z.any()).default(() => ({
    push_name: 'WhatsApp User',
    status: 'Hey there! I am using WhatsApp.',
    profile_picture_url: '',
  })),
  // Which numbers exist, and which of those have WhatsApp: what whatsapp_check_phone answers from.
  phone_validity_map: keyedRecord(z.boolean()).default(() => ({
    '+1234567890': true,
    '+1987654321': true,
    '+1555123456': true,
    '+1408555123': true,
    '+1312555987': true,
    '+1212555678': true,
    '+1415555234': true,
    '+1617555123': true,
    '+1631555987': true,
    '+1646555123': true,
    '+1206555123': true,
    '+1303555123': true,
    '+1503555123': true,
    '+1703555123': true,
    '+1803555123': true,
    '+1903555123': true,
    '+1415555123': true,
    '+1510555123': true,
    '+1610555123': true,
    '+1710555123': true,
  })),
  whatsapp_registered_map: keyedRecord(z.boolean()).default(() => ({
    '+1234567890': true,
    '+1987654321': true,
    '+1555123456': true,
    '+1408555123': true,
    '+1312555987': true,
    '+1212555678': true,
    '+1415555234': true,
    '+1617555123': true,
    '+1631555987': true,
    '+1646555123': true,
    '+1206555123': true,
    '+1303555123': true,
    '+1503555123': true,
    '+1703555123': true,
    '+1803555123': true,
    '+1903555123': true,
    '+1415555123': false,
    '+1510555123': false,
    '+1610555123': false,
    '+1710555123': false,
  })),
  // Required by the reference; defaulted here so that {} loads. The reference's pattern takes any
  // decimal digit (Unicode \d), hence \p{Nd}.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must look like 2025-01-01T09:30:00')
    .default('2025-01-01T00:00:00'),
});

export type WhatsAppState = z.output<typeof scenarioSchema>;
export type Message = z.output<typeof messageSchema>;
export type Chat = z.output<typeof chatSchema>;
export type Group = z.output<typeof groupSchema>;

/** defineTool for this environment: handlers receive a typed draft of WhatsAppState. */
export const defineWhatsAppTool = toolsFor<WhatsAppState>();
