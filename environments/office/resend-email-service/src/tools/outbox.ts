import { hasEntry, ToolError } from '@envfleet/kit';
import { type Email, emailSchema, type ResendEmailServiceState } from '../scenario.js';

export interface Outgoing {
  to: unknown;
  subject: unknown;
  from: unknown;
  html: unknown;
  text: unknown;
  cc: unknown;
  bcc: unknown;
  replyTo: unknown;
}

/**
 * Stores an email stamped with the scenario clock under the next id, email_<count + 1>; where a
 * scenario's numbering has a gap and that id is taken, the next free number is used instead of
 * overwriting the stored email (as the reference did).
 */
export function storeEmail(state: ResendEmailServiceState, outgoing: Outgoing, where: string): Email {
  let n = Object.keys(state.emails).length + 1;
  while (hasEntry(state.emails, `email_${n}`)) n += 1;
  const parsed = emailSchema.safeParse({
    id: `email_${n}`,
    to: [outgoing.to],
    from_email: outgoing.from,
    created_at: state.current_time,
    subject: outgoing.subject,
    html: outgoing.html ?? null,
    text: outgoing.text ?? null,
    bcc: outgoing.bcc ?? [],
    cc: outgoing.cc ?? [],
    reply_to: outgoing.replyTo ? [outgoing.replyTo] : [],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? 'email';
    throw new ToolError(`${where}: ${field === 'from_email' ? 'from' : field} ${issue?.message ?? 'is invalid'}`);
  }
  state.emails[parsed.data.id] = parsed.data;
  return parsed.data;
}

export function requireEmail(state: ResendEmailServiceState, emailId: string): Email {
  if (!emailId) throw new ToolError('Email ID is required');
  const email = hasEntry(state.emails, emailId) ? state.emails[emailId] : undefined;
  if (!email) throw new ToolError(`Email ${emailId} not found`);
  return email;
}
