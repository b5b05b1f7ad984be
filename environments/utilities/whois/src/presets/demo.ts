import type { z } from 'zod';
import { defaultTlds, type scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

// A small hosting company's view of the registry in spring 2025. Worth exploring: a domain that
// expired last month and one in redemption, a privacy-redacted registrant, a parked domain with no
// name servers, an IDN stored in punycode, an IPv6 allocation, an AS announcing both address
// families, an AS with no routes yet, and a retired TLD next to the fifteen usual ones.
const domain = (
  domainName: string,
  registrar: string,
  created: string,
  updated: string,
  expires: string,
  nameServers: string[],
  status: string[],
  registrant: Record<string, unknown>,
) => ({ domainName, registrar, creationDate: created, updatedDate: updated, expirationDate: expires, nameServers, status, registrant });

const domains = [
  domain(
    'northwind.io',
    'Gandi SAS',
    '2014-06-02T10:11:00Z',
    '2024-05-30T08:00:00Z',
    '2026-06-02T10:11:00Z',
    ['ns1.northwind-dns.net', 'ns2.northwind-dns.net'],
    ['clientTransferProhibited'],
    { organization: 'Northwind Labs Ltd', country: 'GB', email: 'hostmaster@northwind.io' },
  ),
  domain(
    'bluefin-bakery.com',
    'Namecheap, Inc.',
    '2019-03-21T15:42:10Z',
    '2025-03-01T09:30:00Z',
    '2026-03-21T15:42:10Z',
    ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'],
    ['clientTransferProhibited'],
    { organization: 'REDACTED FOR PRIVACY', country: 'US' },
  ),
  domain(
    'old-harbor.net',
    'Tucows Domains Inc.',
    '2009-11-05T00:00:00Z',
    '2025-02-06T00:00:00Z',
    '2025-02-05T00:00:00Z',
    ['ns1.old-harbor.net', 'ns2.old-harbor.net'],
    ['clientHold', 'autoRenewPeriod'],
    { organization: 'Old Harbor Marine Supply', country: 'CA', email: 'it@old-harbor.net' },
  ),
  domain('quietpine.org', 'Porkbun LLC', '2021-08-14T12:00:00Z', '2025-01-20T12:00:00Z', '2025-01-14T12:00:00Z', [], ['redemptionPeriod'], {
    organization: 'Quiet Pine Trail Association',
    country: 'US',
  }),
  domain(
    'parkedname.co',
    'GoDaddy.com, LLC',
    '2023-02-28T18:25:00Z',
    '2024-02-28T18:25:00Z',
    '2026-02-28T18:25:00Z',
    [],
    ['clientTransferProhibited', 'clientUpdateProhibited'],
    {},
  ),
  domain(
    'xn--bcher-kva.de',
    'DENIC eG',
    '2012-04-17T00:00:00Z',
    '2024-11-11T00:00:00Z',
    '2025-04-17T00:00:00Z',
    ['ns1.buecherstube.de', 'ns2.buecherstube.de'],
    ['connect'],
    { organization: 'Bücherstube Meyer GmbH', country: 'DE', city: 'Leipzig' },
  ),
  domain(
    'sakura-travel.jp',
    'Japan Registry Services Co., Ltd.',
    '2005-07-07T00:00:00Z',
    '2024-07-01T00:00:00Z',
    '2025-07-31T00:00:00Z',
    ['ns-a.sakura-travel.jp', 'ns-b.sakura-travel.jp'],
    ['active'],
    { organization: 'Sakura Travel K.K.', country: 'JP' },
  ),
  domain(
    'greenleaf.edu',
    'EDUCAUSE',
    '1996-10-01T00:00:00Z',
    '2024-09-15T00:00:00Z',
    '2025-09-30T00:00:00Z',
    ['ns1.greenleaf.edu', 'ns2.greenleaf.edu', 'ns3.greenleaf.edu'],
    ['serverTransferProhibited'],
    { organization: 'Greenleaf College', country: 'US', email: 'dns-admin@greenleaf.edu' },
  ),
  domain(
    'fastparcel.info',
    'Dynadot LLC',
    '2024-12-01T06:00:00Z',
    '2024-12-01T06:00:00Z',
    '2025-12-01T06:00:00Z',
    ['ns1.dynadot.com', 'ns2.dynadot.com'],
    ['addPeriod', 'clientTransferProhibited'],
    { organization: 'REDACTED FOR PRIVACY', country: 'PA' },
  ),
  domain(
    'maple-and-main.ca',
    'Canadian Internet Registration Authority',
    '2016-05-19T00:00:00Z',
    '2025-01-04T00:00:00Z',
    '2027-05-19T00:00:00Z',
    ['ns1.mapleandmain.ca', 'ns2.mapleandmain.ca'],
    ['registered'],
    { organization: 'Maple & Main Hardware', country: 'CA', phone: '+1.6135550199' },
  ),
];

const ip = (address: string, range: string, netName: string, organization: string, country: string, cidr: string, updatedDate: string) => ({
  ip: address,
  range,
  netName,
  organization,
  country,
  cidr,
  updatedDate,
});

const ips = [
  ip('203.0.113.10', '203.0.113.0 - 203.0.113.255', 'NORTHWIND-WEB', 'Northwind Labs Ltd', 'GB', '203.0.113.0/24', '2023-04-12T00:00:00Z'),
  ip(
    '198.51.100.77',
    '198.51.100.0 - 198.51.100.127',
    'HARBOR-NET',
    'Old Harbor Marine Supply',
    'CA',
    '198.51.100.0/25',
    '2019-08-01T00:00:00Z',
  ),
  ip(
    '192.0.2.200',
    '192.0.2.128 - 192.0.2.255',
    'PINECLOUD-EDGE',
    'PineCloud Hosting Inc.',
    'US',
    '192.0.2.128/25',
    '2024-10-30T00:00:00Z',
  ),
  ip(
    '100.64.12.5',
    '100.64.0.0 - 100.127.255.255',
    'SHARED-ADDRESS-SPACE',
    'Internet Assigned Numbers Authority',
    'ZZ',
    '100.64.0.0/10',
    '2012-04-01T00:00:00Z',
  ),
  ip(
    '2001:db8:4a1::25',
    '2001:db8:4a1:: - 2001:db8:4a1:ffff:ffff:ffff:ffff:ffff',
    'NORTHWIND-V6',
    'Northwind Labs Ltd',
    'GB',
    '2001:db8:4a1::/48',
    '2024-01-09T00:00:00Z',
  ),
  ip('45.80.12.9', '45.80.12.0 - 45.80.15.255', 'SAKURA-DC-OSAKA', 'Sakura Datacenter Co.', 'JP', '45.80.12.0/22', '2022-06-15T00:00:00Z'),
  ip(
    '185.14.77.3',
    '185.14.76.0 - 185.14.77.255',
    'BUECHERSTUBE-NET',
    'Bücherstube Meyer GmbH',
    'DE',
    '185.14.76.0/23',
    '2021-02-02T00:00:00Z',
  ),
  ip(
    '10.20.30.40',
    '10.0.0.0 - 10.255.255.255',
    'PRIVATE-ADDRESS-BLOCK',
    'Internet Assigned Numbers Authority',
    'ZZ',
    '10.0.0.0/8',
    '2013-08-30T00:00:00Z',
  ),
];

const as = (asn: string, name: string, organization: string, country: string, routes: string[], updatedDate: string) => ({
  asn,
  name,
  organization,
  country,
  routes,
  updatedDate,
});

const asns = [
  as('AS64501', 'NORTHWIND', 'Northwind Labs Ltd', 'GB', ['203.0.113.0/24', '2001:db8:4a1::/48'], '2024-01-09T00:00:00Z'),
  as('AS64502', 'PINECLOUD', 'PineCloud Hosting Inc.', 'US', ['192.0.2.128/25', '198.18.0.0/15'], '2024-10-30T00:00:00Z'),
  as('AS64503', 'HARBOR-ISP', 'Old Harbor Marine Supply', 'CA', ['198.51.100.0/25'], '2019-08-01T00:00:00Z'),
  as('AS64510', 'SAKURA-DC', 'Sakura Datacenter Co.', 'JP', ['45.80.12.0/22'], '2022-06-15T00:00:00Z'),
  as('AS64511', 'MEYER-NET', 'Bücherstube Meyer GmbH', 'DE', ['185.14.76.0/23'], '2021-02-02T00:00:00Z'),
  as('AS64599', 'NEWCO-PENDING', 'Fast Parcel Logistics S.A.', 'PA', [], '2025-03-10T00:00:00Z'),
];

export const demo: Input = {
  current_time: '2025-03-14T09:30:00Z',
  domains: Object.fromEntries(domains.map((record) => [record.domainName, record])),
  ips: Object.fromEntries(ips.map((record) => [record.ip, record])),
  asns: Object.fromEntries(asns.map((record) => [record.asn, record])),
  tlds: {
    ...defaultTlds(),
    dev: {
      tld: 'dev',
      sponsor: 'Charleston Road Registry Inc.',
      whoisServer: 'whois.nic.google',
      status: 'active',
      createdDate: '2014-12-18T00:00:00',
      updatedDate: '2024-12-01T00:00:00',
    },
    app: {
      tld: 'app',
      sponsor: 'Charleston Road Registry Inc.',
      whoisServer: 'whois.nic.google',
      status: 'active',
      createdDate: '2015-06-25T00:00:00',
      updatedDate: '2024-12-01T00:00:00',
    },
    an: {
      tld: 'an',
      sponsor: 'University of Curacao',
      whoisServer: 'whois.una.an',
      status: 'retired',
      createdDate: '1993-09-09T00:00:00',
      updatedDate: '2015-07-31T00:00:00',
    },
  },
};
