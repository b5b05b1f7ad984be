import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ResendEmailService scenario, same fields and timestamp checks: sent emails
// by id, and the clock new emails are stamped with.

export const emailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  from_email: z.string(),
  created_at: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u),
  subject: z.string(),
  html: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
  bcc: z.array(z.string()).default(() => []),
  cc: z.array(z.string()).default(() => []),
  reply_to: z.array(z.string()).default(() => []),
  last_event: z.string().default('sent'),
  status: z.string().default('delivered'),
  scheduled_at: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u)
    .nullable()
    .default(null),
});

// The reference's ResendScenario.
export const scenarioSchema = z.object({
  emails: z.record(z.string(), emailSchema).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u, 'current_time must start YYYY-MM-DDTHH:MM:SS')
    .default('2025-01-01T00:00:00Z'),
});

export type ResendEmailServiceState = z.output<typeof scenarioSchema>;
export type Email = z.output<typeof emailSchema>;

/** defineTool for this environment: handlers receive a typed draft of ResendEmailServiceState. */
export const defineResendEmailServiceTool = toolsFor<ResendEmailServiceState>();
