import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { WhoisState } from '../scenario.js';
import { asRecord, domainRecord, ipRecord, readRecord, tldRecord } from './records.js';

function stored(table: Record<string, unknown>, key: string): unknown {
  return ownEntry(table, key);
}

export const whoisDomain = defineTool({
  name: 'whois_domain',
  description:
    'WHOIS registration data for a domain name, looked up exactly as written (e.g. "example.com"): registrar, ' +
    'creation/update/expiration dates, name servers, registry status codes and registrant contact.',
  input: z.object({ domain: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WhoisState>, args) => {
    if (!args.domain) throw new ToolError('Domain must be a non-empty string');
    if (!Object.hasOwn(state.domains, args.domain)) throw new ToolError(`Domain '${args.domain}' not found`);
    return readRecord(domainRecord, stored(state.domains, args.domain), `domain '${args.domain}'`);
  },
});

export const whoisIp = defineTool({
  name: 'whois_ip',
  description:
    'WHOIS allocation data for an IPv4 or IPv6 address, looked up exactly as written (e.g. "8.8.8.8"): range, ' +
    'CIDR, network name, holding organization, country and last update.',
  input: z.object({ ip: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WhoisState>, args) => {
    if (!args.ip) throw new ToolError('IP must be a non-empty string');
    if (!Object.hasOwn(state.ips, args.ip)) throw new ToolError(`IP '${args.ip}' not found`);
    return readRecord(ipRecord, stored(state.ips, args.ip), `IP '${args.ip}'`);
  },
});

export const whoisAs = defineTool({
  name: 'whois_as',
  description:
    'WHOIS data for an autonomous system, by its number written as "AS" + digits (e.g. "AS15169"): name, owning ' +
    'organization, country, announced routes and last update.',
  input: z.object({ asn: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WhoisState>, args) => {
    if (!args.asn) throw new ToolError('ASN must be a non-empty string');
    if (!Object.hasOwn(state.asns, args.asn)) throw new ToolError(`ASN '${args.asn}' not found`);
    return readRecord(asRecord, stored(state.asns, args.asn), `ASN '${args.asn}'`);
  },
});

export const whoisTld = defineTool({
  name: 'whois_tld',
  description:
    'WHOIS data for a top-level domain, with or without the leading dot ("org" or ".org"): registry operator, ' +
    'WHOIS server, status, delegation date and last update.',
  input: z.object({ tld: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<WhoisState>, args) => {
    if (!args.tld) throw new ToolError('TLD must be a non-empty string');
    const key = args.tld.replace(/^\.+/, '');
    if (!Object.hasOwn(state.tlds, key)) throw new ToolError(`TLD '${args.tld}' not found`);
    return readRecord(tldRecord, stored(state.tlds, key), `TLD '${key}'`);
  },
});
