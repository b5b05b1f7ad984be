import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's PostmarkEmailService scenario, same fields and timestamp checks: sent
// messages by id, bounce records by numeric id, open events by message id, the clock new messages
// are stamped with and the counter their ids come from.
const timestamp = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u;
export const emailMessageSchema = z.object({
  To: z.string(),
  Subject: z.string(),
  TextBody: z.string().nullable().default(null),
  HtmlBody: z.string().nullable().default(null),
  From: z.string(),
  Tag: z.string().nullable().default(null),
  TrackOpens: z.boolean().default(true),
  TrackLinks: z.string().default('HtmlAndText'),
  MessageID: z.string().nullable().default(null),
  SubmittedAt: z.string().regex(timestamp).nullable().default(null),
  ErrorCode: z.int().default(0),
  Message: z.string().default('OK'),
});

export const bounceRecordSchema = z.object({
  ID: z.int().min(0),
  Type: z.string(),
  TypeCode: z.int(),
  Name: z.string(),
  Tag: z.string().nullable().default(null),
  MessageID: z.string(),
  ServerID: z.int().min(0),
  Description: z.string(),
  Details: z.string(),
  Email: z.string(),
  From: z.string(),
  BouncedAt: z.string().regex(timestamp),
  DumpAvailable: z.boolean().default(false),
  Inactive: z.boolean().default(false),
  CanActivate: z.boolean().default(true),
  Subject: z.string(),
  Content: z.string(),
});

export const openEventSchema = z.object({
  FirstOpen: z.boolean(),
  Client: z.record(z.string(), z.string()).default(() => ({})),
  OS: z.record(z.string(), z.string()).default(() => ({})),
  Platform: z.string(),
  UserAgent: z.string(),
  ReadSeconds: z.int().min(0),
  Geo: z.record(z.string(), z.string()).default(() => ({})),
  MessageID: z.string(),
  ReceivedAt: z.string().regex(timestamp),
  Tag: z.string().nullable().default(null),
  Recipient: z.string(),
});

// The reference's PostmarkScenario.
export const scenarioSchema = z.object({
  messages: z.record(z.string(), emailMessageSchema).default(() => ({})),
  bounces: integerKeyed(bounceRecordSchema).default(() => ({})),
  opens: z.record(z.string(), z.array(openEventSchema)).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: z.string().regex(timestamp, 'current_time must start YYYY-MM-DDTHH:MM:SS').default('2025-01-01T00:00:00'),
  next_message_id: z.int().min(1).default(1),
  next_bounce_id: z.int().min(1).default(1),
});

export type PostmarkEmailServiceState = z.output<typeof scenarioSchema>;
export type EmailMessage = z.output<typeof emailMessageSchema>;

/** defineTool for this environment: handlers receive a typed draft of PostmarkEmailServiceState. */
export const definePostmarkEmailServiceTool = toolsFor<PostmarkEmailServiceState>();
