import { hasEntry, pythonStrptime, ToolError, wallClockSeconds } from '@envfleet/kit';
import { emailSchema, eventSchema, type MailgunCommunicationState } from '../scenario.js';

/** The scenario clock as Unix seconds (the reference's mktime on a UTC host). */
export function clockSeconds(state: MailgunCommunicationState): number {
  const read = pythonStrptime(state.current_time, '%Y-%m-%dT%H:%M:%S');
  if (!read.ok)
    throw new ToolError(
      `current_time "${state.current_time}" is not a real date and time (${read.reason}); fix the scenario's current_time`,
    );
  return wallClockSeconds(read.value);
}

/**
 * Queues a message and logs its "accepted" event, as the reference does for both send tools. Ids
 * are msg_<count + 1>; where a scenario's numbering has a gap that id may be taken, and the next free
 * number is used instead of overwriting the stored message.
 */
export function queueMessage(
  state: MailgunCommunicationState,
  toEmail: string,
  subject: string,
  fromEmail: string | null,
  message: Record<string, unknown>,
): string {
  let n = Object.keys(state.emails).length + 1;
  while (hasEntry(state.emails, `msg_${n}`)) n += 1;
  const id = `msg_${n}`;
  const sender = fromEmail || state.default_from_email;
  const timestamp = clockSeconds(state);
  const email = emailSchema.safeParse({ id, to_email: toEmail, subject, status: 'queued', timestamp });
  if (!email.success) throw new ToolError(email.error.issues.map((issue) => issue.message).join('; '));
  const parts = sender.split('@');
  if (parts.length < 2) throw new ToolError(`from_email "${sender}" has no @domain part to send from`);
  const event = eventSchema.safeParse({
    event: 'accepted',
    id: `evt_${state.events.length + 1}`,
    timestamp,
    recipient: toEmail,
    domain: parts[1],
    message,
  });
  if (!event.success) throw new ToolError(event.error.issues.map((issue) => issue.message).join('; '));
  state.emails[id] = email.data;
  state.events.push(event.data);
  return id;
}

/** The reference's first check on every text argument: present and not empty. */
export function requireText(value: string, name: string): void {
  if (!value) throw new ToolError(`${name} must be a non-empty string`);
}

export function requireDomain(state: MailgunCommunicationState, domain: string): void {
  requireText(domain, 'domain');
  if (!state.domains.includes(domain)) throw new ToolError(`Domain ${domain} not found`);
}
