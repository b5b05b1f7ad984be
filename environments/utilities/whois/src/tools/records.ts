import { ToolError } from '@envfleet/kit';
import { z } from 'zod';

// What a lookup returns: exactly these fields, in this order, with list/contact defaults filled in
// and anything else in the stored record left out.
export const domainRecord = z.object({
  domainName: z.string(),
  registrar: z.string(),
  creationDate: z.string(),
  updatedDate: z.string(),
  expirationDate: z.string(),
  nameServers: z.array(z.string()).default(() => []),
  status: z.array(z.string()).default(() => []),
  registrant: z.record(z.string(), z.any()).default(() => ({})),
});

export const ipRecord = z.object({
  ip: z.string(),
  range: z.string(),
  netName: z.string(),
  organization: z.string(),
  country: z.string(),
  cidr: z.string(),
  updatedDate: z.string(),
});

export const asRecord = z.object({
  asn: z.string(),
  name: z.string(),
  organization: z.string(),
  country: z.string(),
  routes: z.array(z.string()).default(() => []),
  updatedDate: z.string(),
});

export const tldRecord = z.object({
  tld: z.string(),
  sponsor: z.string(),
  whoisServer: z.string(),
  status: z.string(),
  createdDate: z.string(),
  updatedDate: z.string(),
});

/** The stored record read through its schema; a record the registry cannot answer with is an error naming its fields. */
export function readRecord<T extends z.ZodObject>(schema: T, record: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const message = issue.code === 'invalid_type' && issue.message.endsWith('received undefined') ? 'missing' : issue.message;
    return path ? `${path}: ${message}` : message;
  });
  throw new ToolError(`The stored WHOIS record for ${what} is malformed (${problems.join('; ')})`);
}
