import { hasEmailShape, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's MailgunCommunication scenario, same fields and address checks. Sent
// messages are keyed by id, events are a log in order; timestamps are Unix seconds of the
// scenario clock.
const address = (field: string) => z.string().refine(hasEmailShape, `${field} must be an email address like name@example.com`);

export const emailSchema = z.object({
  id: z.string(),
  to_email: address('to_email'),
  subject: z.string(),
  status: z.string(),
  timestamp: z.number().min(0),
});

export const eventSchema = z.object({
  event: z.string(),
  id: z.string(),
  timestamp: z.number().min(0),
  recipient: address('recipient'),
  domain: z.string(),
  message: z.record(z.string(), z.any()).default(() => ({})),
});

// The reference's MailgunScenario.
export const scenarioSchema = z.object({
  emails: z.record(z.string(), emailSchema).default(() => ({})),
  events: z.array(eventSchema).default(() => []),
  // Required by the reference; defaulted here so that {} loads.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must be YYYY-MM-DDTHH:MM:SS')
    .default('2025-01-01T00:00:00'),
  default_from_email: address('default_from_email').default('noreply@mailgun.example.com'),
  domains: z.array(z.string()).default(() => ['mailgun.example.com']),
});

export type MailgunCommunicationState = z.output<typeof scenarioSchema>;
export type MailEvent = z.output<typeof eventSchema>;

/** defineTool for this environment: handlers receive a typed draft of MailgunCommunicationState. */
export const defineMailgunCommunicationTool = toolsFor<MailgunCommunicationState>();
