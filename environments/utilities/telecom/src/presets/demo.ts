import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type CustomerRow = [id: string, name: string, phone: string, email: string, city: string, country: string, dob: string];
type LineRow = [
  id: string,
  customer: string,
  status: string,
  roaming: boolean,
  used: number,
  limit: number,
  refuel: number,
  cycleEnd: string,
];
type BillRow = [id: string, customer: string, issued: string, due: number, status: string];

// Mid-March 2025 at a carrier with customers in eight countries. Worth exploring: two customers
// called Maria Garcia told apart only by birth date, a customer with no line, one whose country has
// no refuel rate (SE, billed at the 15 USD fallback), a suspended line, lines at or over their
// allowance, roaming already on, a family account with three lines and bills issued the same day.
const customers: CustomerRow[] = [
  ['CUST-1001', 'Maria Garcia', '+12125550147', 'maria.garcia@mailbox.com', 'New York', 'US', '1986-04-12'],
  ['CUST-1002', 'Maria Garcia', '+13055550198', 'mgarcia.miami@mailbox.com', 'Miami', 'US', '1992-11-03'],
  ['CUST-1003', 'Daniel Okafor', '+2348031234567', 'd.okafor@lagosmail.ng', 'Lagos', 'NG', '1979-01-30'],
  ['CUST-1004', 'Chloé Martin', '+33612345678', 'chloe.martin@courriel.fr', 'Lyon', 'FR', '1995-07-21'],
  ['CUST-1005', 'Kenji Watanabe', '+819012345678', 'kenji.w@jpmail.jp', 'Osaka', 'JP', '1968-09-09'],
  ['CUST-1006', 'Priya Nair', '+919876543210', 'priya.nair@inbox.in', 'Bengaluru', 'IN', '1990-02-14'],
  ['CUST-1007', 'Lukas Schneider', '+4915112345678', 'lukas.schneider@post.de', 'Hamburg', 'DE', '1983-12-01'],
  ['CUST-1008', 'Astrid Lindqvist', '+46701234567', 'astrid.l@brev.se', 'Gothenburg', 'SE', '2001-05-17'],
  ['CUST-1009', 'Oliver Bennett', '+447700900123', 'oliver.bennett@post.co.uk', 'Manchester', 'UK', '1974-08-25'],
  ['CUST-1010', 'Sofía Rojas', '+56912345678', 'sofia.rojas@correo.cl', 'Santiago', 'CL', '1998-03-08'],
  ['CUST-1011', 'Ethan Tremblay', '+14165550123', 'ethan.tremblay@courriel.ca', 'Toronto', 'CA', '1989-10-19'],
  // Signed up yesterday: no line activated and no bill issued yet.
  ['CUST-1012', 'Amara Mensah', '+12675550188', 'amara.mensah@mailbox.com', 'Philadelphia', 'US', '1999-06-30'],
];

const lines: LineRow[] = [
  ['LN-2001', 'CUST-1001', 'active', false, 12.4, 20, 0, '2025-03-31'],
  ['LN-2002', 'CUST-1001', 'active', false, 3.1, 10, 0, '2025-03-31'],
  ['LN-2003', 'CUST-1001', 'suspended', false, 0, 5, 0, '2025-03-31'],
  ['LN-2004', 'CUST-1002', 'active', true, 19.8, 20, 2, '2025-03-28'],
  ['LN-2005', 'CUST-1003', 'active', false, 25, 25, 0, '2025-03-20'],
  ['LN-2006', 'CUST-1004', 'active', true, 7.5, 50, 0, '2025-04-02'],
  ['LN-2007', 'CUST-1005', 'active', false, 0, 30, 0, '2025-03-25'],
  ['LN-2008', 'CUST-1006', 'active', false, 41.2, 40, 5, '2025-03-18'],
  ['LN-2009', 'CUST-1007', 'suspended', true, 2.2, 20, 0, '2025-03-30'],
  ['LN-2010', 'CUST-1008', 'active', false, 9.9, 15, 0, '2025-04-05'],
  ['LN-2011', 'CUST-1009', 'active', false, 18, 20, 1.5, '2025-03-27'],
  ['LN-2012', 'CUST-1010', 'active', false, 4.4, 12, 0, '2025-04-01'],
  ['LN-2013', 'CUST-1011', 'active', true, 14.6, 20, 0, '2025-03-22'],
];

const bills: BillRow[] = [
  ['BL-3001', 'CUST-1001', '2025-01-01T08:00:00', 84.5, 'paid'],
  ['BL-3002', 'CUST-1001', '2025-02-01T08:00:00', 91.2, 'paid'],
  ['BL-3003', 'CUST-1001', '2025-03-01T08:00:00', 88.75, 'pending'],
  ['BL-3004', 'CUST-1002', '2025-03-01T08:00:00', 45, 'pending'],
  ['BL-3005', 'CUST-1003', '2025-01-05T09:00:00', 18.4, 'overdue'],
  ['BL-3006', 'CUST-1003', '2025-02-05T09:00:00', 18.4, 'overdue'],
  ['BL-3007', 'CUST-1003', '2025-03-05T09:00:00', 18.4, 'pending'],
  ['BL-3008', 'CUST-1004', '2025-03-02T07:30:00', 32.99, 'paid'],
  ['BL-3009', 'CUST-1005', '2025-02-25T00:00:00', 0, 'paid'],
  ['BL-3010', 'CUST-1006', '2025-02-18T10:15:00', 12.5, 'paid'],
  ['BL-3011', 'CUST-1006', '2025-03-18T10:15:00', 37.5, 'pending'],
  ['BL-3012', 'CUST-1007', '2025-02-28T12:00:00', 64, 'overdue'],
  ['BL-3013', 'CUST-1008', '2025-03-05T06:00:00', 29.9, 'pending'],
  ['BL-3014', 'CUST-1009', '2025-02-27T09:00:00', 55.1, 'paid'],
  ['BL-3015', 'CUST-1009', '2025-03-27T09:00:00', 57.3, 'pending'],
  ['BL-3016', 'CUST-1011', '2025-03-01T08:00:00', 71.25, 'overdue'],
];

export const demo: Input = {
  customers: Object.fromEntries(
    customers.map(([id, name, phone, email, city, country, dob]) => [
      id,
      {
        customer_id: id,
        full_name: name,
        phone_number: phone,
        email,
        city,
        country,
        line_ids: lines.filter((line) => line[1] === id).map((line) => line[0]),
        bill_ids: bills.filter((bill) => bill[1] === id).map((bill) => bill[0]),
        dob,
      },
    ]),
  ),
  bills: Object.fromEntries(
    bills.map(([id, customer, issued, due, status]) => [
      id,
      { bill_id: id, customer_id: customer, issue_date: issued, total_due: due, status },
    ]),
  ),
  lines: Object.fromEntries(
    lines.map(([id, customer, status, roaming, used, limit, refuel, cycleEnd]) => [
      id,
      {
        line_id: id,
        customer_id: customer,
        status,
        roaming_enabled: roaming,
        data_used_gb: used,
        data_limit_gb: limit,
        data_refueling_gb: refuel,
        cycle_end_date: cycleEnd,
      },
    ]),
  ),
  current_time: '2025-03-14T09:30:00',
};
