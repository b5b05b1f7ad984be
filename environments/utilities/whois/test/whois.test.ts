import { describe, expect, it } from 'vitest';
import { whois } from '../src/index.js';

// A failing call reports this message and hands back the very same state object.
function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = whois.load(scenario);
  const outcome = whois.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

function answer(scenario: unknown, name: string, args: Record<string, unknown>) {
  const before = whois.load(scenario);
  const outcome = whois.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.state).toBe(before);
  return outcome.content;
}

const registry = {
  current_time: '2025-03-14T09:30:00Z',
  domains: {
    'full.com': {
      domainName: 'full.com',
      registrar: 'Gandi SAS',
      creationDate: '2010-01-01T00:00:00Z',
      updatedDate: '2024-01-01T00:00:00Z',
      expirationDate: '2026-01-01T00:00:00Z',
      nameServers: ['ns1.full.com'],
      status: ['ok'],
      registrant: { organization: 'Full Ltd', country: 'FR' },
      internalNote: 'not part of a WHOIS answer',
    },
    'bare.org': { domainName: 'bare.org', registrar: 'Porkbun LLC', creationDate: 'a', updatedDate: 'b', expirationDate: 'c' },
    'broken.net': { domainName: 'broken.net', creationDate: 'a', updatedDate: 'b', expirationDate: 'c' },
    'text.io': 'not a record',
  },
  ips: {
    '192.0.2.1': {
      ip: '192.0.2.1',
      range: '192.0.2.0 - 192.0.2.255',
      netName: 'TEST-NET-1',
      organization: 'IANA',
      country: 'ZZ',
      cidr: '192.0.2.0/24',
      updatedDate: '2020-01-01T00:00:00Z',
    },
  },
  asns: {
    AS64500: { asn: 'AS64500', name: 'DOC', organization: 'Documentation AS', country: 'ZZ', updatedDate: '2020-01-01T00:00:00Z' },
    AS64501: { asn: 'AS64501', name: 'BAD', organization: 'Bad routes', country: 'ZZ', routes: '192.0.2.0/24', updatedDate: 'x' },
  },
};

describe('Whois', () => {
  it('loads {} with no records and the fifteen reference TLDs', () => {
    const state = whois.load({});
    expect(state).toMatchObject({ current_time: '', domains: {}, ips: {}, asns: {} });
    expect(Object.keys(state.tlds)).toHaveLength(15);
    expect(whois.load({ tlds: {} }).tlds).toEqual({});
  });

  it('keeps stored records exactly as given, malformed ones included', () => {
    const state = whois.load(registry);
    expect(whois.save(state)).toEqual({ ...registry, tlds: whois.load({}).tlds });
  });

  it('answers a domain with the WHOIS fields only, defaults filled in', () => {
    expect(answer(registry, 'whois_domain', { domain: 'full.com' })).toEqual({
      domainName: 'full.com',
      registrar: 'Gandi SAS',
      creationDate: '2010-01-01T00:00:00Z',
      updatedDate: '2024-01-01T00:00:00Z',
      expirationDate: '2026-01-01T00:00:00Z',
      nameServers: ['ns1.full.com'],
      status: ['ok'],
      registrant: { organization: 'Full Ltd', country: 'FR' },
    });
    expect(answer(registry, 'whois_domain', { domain: 'bare.org' })).toMatchObject({ nameServers: [], status: [], registrant: {} });
  });

  it('looks domains up exactly as written', () => {
    expectFailure(registry, 'whois_domain', { domain: 'FULL.com' }, "Domain 'FULL.com' not found");
    expectFailure(registry, 'whois_domain', { domain: '' }, 'Domain must be a non-empty string');
  });

  it('reports a malformed stored record by its fields', () => {
    expectFailure(
      registry,
      'whois_domain',
      { domain: 'broken.net' },
      "The stored WHOIS record for domain 'broken.net' is malformed (registrar: missing)",
    );
    expectFailure(
      registry,
      'whois_domain',
      { domain: 'text.io' },
      "The stored WHOIS record for domain 'text.io' is malformed (Invalid input: expected object, received string)",
    );
    expectFailure(
      registry,
      'whois_as',
      { asn: 'AS64501' },
      "The stored WHOIS record for ASN 'AS64501' is malformed (routes: Invalid input: expected array, received string)",
    );
  });

  it('answers IP and AS lookups', () => {
    expect(answer(registry, 'whois_ip', { ip: '192.0.2.1' })).toMatchObject({ netName: 'TEST-NET-1', cidr: '192.0.2.0/24' });
    expect(answer(registry, 'whois_as', { asn: 'AS64500' })).toEqual({
      asn: 'AS64500',
      name: 'DOC',
      organization: 'Documentation AS',
      country: 'ZZ',
      routes: [],
      updatedDate: '2020-01-01T00:00:00Z',
    });
    expectFailure(registry, 'whois_ip', { ip: '192.0.2.2' }, "IP '192.0.2.2' not found");
    expectFailure(registry, 'whois_ip', { ip: '' }, 'IP must be a non-empty string');
    expectFailure(registry, 'whois_as', { asn: 'as64500' }, "ASN 'as64500' not found");
    expectFailure(registry, 'whois_as', { asn: '' }, 'ASN must be a non-empty string');
  });

  it('strips any leading dots from a TLD but names the TLD as asked when it is unknown', () => {
    expect(answer({}, 'whois_tld', { tld: '..org' })).toMatchObject({ tld: 'org', sponsor: 'Public Interest Registry' });
    expectFailure({}, 'whois_tld', { tld: '.zz' }, "TLD '.zz' not found");
    expectFailure({}, 'whois_tld', { tld: '.' }, "TLD '.' not found");
    expectFailure({}, 'whois_tld', { tld: '' }, 'TLD must be a non-empty string');
  });

  it('ships a demo registry whose records all answer', () => {
    const state = whois.loadPreset('demo');
    const lookups: [string, string, Record<string, unknown>][] = [
      ['whois_domain', 'domain', state.domains],
      ['whois_ip', 'ip', state.ips],
      ['whois_as', 'asn', state.asns],
      ['whois_tld', 'tld', state.tlds],
    ];
    for (const [tool, argument, table] of lookups) {
      for (const key of Object.keys(table)) expect(whois.call(state, tool, { [argument]: key }).isError).toBe(false);
    }
  });
});

describe('record keys that are JavaScript built-in names', () => {
  const record = { asn: '__proto__', name: 'X', organization: 'Org', country: 'ZZ', updatedDate: '2020-01-01T00:00:00Z' };
  const scenario = JSON.parse(`{"asns": {"__proto__": ${JSON.stringify(record)}}, "domains": {"constructor": null}}`);

  it('keeps a "__proto__" record: it is found and saved like any other', () => {
    expect(answer(scenario, 'whois_as', { asn: '__proto__' })).toEqual({ ...record, routes: [] });
    const saved = whois.save(whois.load(scenario)) as { asns: Record<string, unknown> };
    expect(Object.keys(saved.asns)).toEqual(['__proto__']);
  });

  it('does not mistake inherited names for records', () => {
    expectFailure({}, 'whois_as', { asn: '__proto__' }, "ASN '__proto__' not found");
    expectFailure({}, 'whois_ip', { ip: 'toString' }, "IP 'toString' not found");
  });
});
