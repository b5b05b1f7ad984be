import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's AmazonSES scenario. Every field has a default, so {} loads the
// reference's default world: no identities, no mail, no statistics, no templates.

/** The clock when a scenario gives none (the reference requires current_time). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';
export const emailAddressSchema = z.object({
  address: z.string().regex(/^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/u),
  verification_status: z.string().default('Pending'),
  verification_token: z.string().nullable().default(null),
});

export const destinationSchema = z.object({
  ToAddresses: z.array(z.string()).default(() => []),
  CcAddresses: z.array(z.string()).default(() => []),
  BccAddresses: z.array(z.string()).default(() => []),
});

// A message's shape is checked on sending but never stored.
export const messageSchema = z.object({
  Subject: z.record(z.string(), z.string()),
  Body: z.record(z.string(), z.any()),
});

export const sendDataPointSchema = z.object({
  Timestamp: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
  DeliveryAttempts: z.int().min(0).default(0),
  Bounces: z.int().min(0).default(0),
  Complaints: z.int().min(0).default(0),
  Rejects: z.int().min(0).default(0),
});

export const sentEmailSchema = z.object({
  message_id: z.string(),
  source: z.string(),
  destination: destinationSchema,
  timestamp: z.string(),
});

// The reference's SESScenario.
export const scenarioSchema = z.object({
  verified_identities: z.record(z.string(), emailAddressSchema).default(() => ({})),
  sent_emails: z.record(z.string(), sentEmailSchema).default(() => ({})),
  send_statistics: z.array(sendDataPointSchema).default(() => []),
  templates: z.record(z.string(), z.string()).default(() => ({})),
  // Required by the reference (so {} does not load there); here a fixed instant stands in.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u)
    .default(DEFAULT_CURRENT_TIME),
  message_id_counter: z.int().min(1).default(1),
});

export type Destination = z.output<typeof destinationSchema>;

export type AmazonSESState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of AmazonSESState. */
export const defineAmazonSESTool = toolsFor<AmazonSESState>();
