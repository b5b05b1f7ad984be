import { z } from 'zod';

// Same fields, order and defaults as the reference's WhoisScenario. Records are kept exactly as the
// scenario gives them and only checked when looked up (see records.ts), as the reference does: one
// malformed record must not stop the rest of the registry from loading.
const tld = (name: string, sponsor: string, whoisServer: string, createdDate: string, updatedDate: string) => ({
  tld: name,
  sponsor,
  whoisServer,
  status: 'active',
  createdDate,
  updatedDate,
});

export const defaultTlds = (): Record<string, unknown> => ({
  com: tld('com', 'VeriSign Global Registry Services', 'whois.verisign-grs.com', '1985-01-01T00:00:00', '2023-10-01T00:00:00'),
  org: tld('org', 'Public Interest Registry', 'whois.pir.org', '1985-01-01T00:00:00', '2023-09-15T00:00:00'),
  net: tld('net', 'VeriSign Global Registry Services', 'whois.verisign-grs.com', '1985-01-01T00:00:00', '2023-10-01T00:00:00'),
  io: tld('io', 'Internet Computer Bureau Ltd', 'whois.nic.io', '1997-09-26T00:00:00', '2023-08-20T00:00:00'),
  co: tld('co', '.CO Internet S.A.S.', 'whois.nic.co', '1991-01-01T00:00:00', '2023-07-10T00:00:00'),
  uk: tld('uk', 'Nominet UK', 'whois.nic.uk', '1985-07-24T00:00:00', '2023-11-01T00:00:00'),
  de: tld('de', 'DENIC eG', 'whois.denic.de', '1986-11-05T00:00:00', '2023-10-15T00:00:00'),
  fr: tld('fr', 'AFNIC', 'whois.nic.fr', '1986-09-01T00:00:00', '2023-09-01T00:00:00'),
  jp: tld('jp', 'Japan Registry Services Co., Ltd.', 'whois.jprs.jp', '1986-08-05T00:00:00', '2023-08-01T00:00:00'),
  au: tld('au', 'auDA', 'whois.auda.org.au', '1986-03-05T00:00:00', '2023-06-01T00:00:00'),
  ca: tld('ca', 'Canadian Internet Registration Authority', 'whois.cira.ca', '1987-05-14T00:00:00', '2023-05-01T00:00:00'),
  info: tld('info', 'Afilias Limited', 'whois.afilias.net', '2001-06-26T00:00:00', '2023-04-01T00:00:00'),
  biz: tld('biz', 'Neustar, Inc.', 'whois.biz', '2001-06-26T00:00:00', '2023-03-01T00:00:00'),
  edu: tld('edu', 'EDUCAUSE', 'whois.educause.edu', '1985-01-01T00:00:00', '2023-02-01T00:00:00'),
  gov: tld('gov', 'General Services Administration', 'whois.dotgov.gov', '1985-01-01T00:00:00', '2023-01-01T00:00:00'),
});

// A map of records keyed by whatever the scenario uses. Not `z.record`: that rebuilds the object by
// assignment, which turns a `__proto__` key into a prototype instead of keeping it as a record key.
const recordMap = () =>
  z
    .custom<Record<string, unknown>>((value) => value !== null && typeof value === 'object' && !Array.isArray(value), {
      message: 'Input should be an object keyed by name',
    })
    .transform((value) => ({ ...value }));

export const scenarioSchema = z.object({
  current_time: z.string().default(''),
  domains: recordMap().default(() => ({})),
  ips: recordMap().default(() => ({})),
  asns: recordMap().default(() => ({})),
  tlds: recordMap().default(defaultTlds),
});

export type WhoisState = z.output<typeof scenarioSchema>;
