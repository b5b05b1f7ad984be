import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { telecom } from '../src/index.js';

type Outcome = ReturnType<typeof telecom.call>;

// A failing call reports this message and hands back the very same state object.
function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string): Outcome {
  const before = telecom.load(scenario);
  const outcome = telecom.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
  return outcome;
}

const world = {
  customers: {
    C1: {
      customer_id: 'C1',
      full_name: 'Ann Lee',
      phone_number: '+15551234567',
      email: 'ann@example.com',
      city: 'Boston',
      country: 'US',
      line_ids: ['L1', 'L2'],
      bill_ids: ['B1', 'B2', 'B3'],
      dob: '1990-01-01',
    },
    C2: {
      customer_id: 'C2',
      full_name: 'Ann Lee',
      phone_number: '5559876543',
      email: 'ann2@example.com',
      city: 'Oslo',
      country: 'NO',
      line_ids: ['L3'],
      dob: '1991-02-02',
    },
    C3: {
      customer_id: 'C3',
      full_name: 'Ken Ito',
      phone_number: '819012345678',
      email: 'ken@example.com',
      city: 'Osaka',
      country: 'JP',
      dob: '1970-07-07',
    },
  },
  bills: {
    B1: { bill_id: 'B1', customer_id: 'C1', issue_date: '2024-01-01T00:00:00', total_due: 10, status: 'paid' },
    B2: { bill_id: 'B2', customer_id: 'C1', issue_date: '2024-03-01T00:00:00', total_due: 12.5, status: 'pending' },
    B3: { bill_id: 'B3', customer_id: 'C1', issue_date: '2024-03-01T00:00:00', total_due: 0, status: 'overdue' },
    B4: { bill_id: 'B4', customer_id: 'C2', issue_date: '2024-02-01T00:00:00', total_due: 7.25, status: 'paid' },
  },
  lines: {
    L1: { line_id: 'L1', customer_id: 'C1', cycle_end_date: '2024-04-01' },
    L2: {
      line_id: 'L2',
      customer_id: 'C1',
      status: 'suspended',
      roaming_enabled: true,
      data_used_gb: 3.3,
      data_limit_gb: 10,
      data_refueling_gb: 0.5,
      cycle_end_date: '2024-04-01',
    },
    L3: { line_id: 'L3', customer_id: 'C2', status: 'inactive', cycle_end_date: '2024-04-10' },
    L9: { line_id: 'L9', customer_id: 'C9', cycle_end_date: '2024-04-10' },
  },
  current_time: '2024-03-15T12:34:56',
};

describe('Telecom scenario', () => {
  it('loads {} as an empty carrier with the reference rate tables and a fixed clock', () => {
    const state = telecom.load({});
    expect(state.customers).toEqual({});
    expect(state.dataRefuelRatesMap.JP).toBe(30);
    expect(state.roamingRatesMap.US).toBe(0);
    expect(state.current_time).toBe('2025-01-01T00:00:00');
  });

  it('fills line defaults and drops unknown fields', () => {
    const state = telecom.load({ ...world, customers: { C1: { ...world.customers.C1, nickname: 'A' } } });
    expect(state.lines.L1).toEqual({
      line_id: 'L1',
      customer_id: 'C1',
      status: 'active',
      roaming_enabled: false,
      data_used_gb: 0,
      data_limit_gb: 20,
      data_refueling_gb: 0,
      cycle_end_date: '2024-04-01',
    });
    expect(Object.keys(state.customers.C1 ?? {})).not.toContain('nickname');
  });

  it('rejects a malformed phone number, a negative amount due and a fractional data limit', () => {
    expect(() => telecom.load({ customers: { C: { ...world.customers.C1, phone_number: 'invalid-phone-123' } } })).toThrow(/phone_number/);
    expect(() => telecom.load({ bills: { B: { ...world.bills.B1, total_due: -1 } } })).toThrow(/total_due/);
    expect(() => telecom.load({ lines: { L: { ...world.lines.L1, data_limit_gb: 2.5 } } })).toThrow(/data_limit_gb/);
    expect(() => telecom.load({ current_time: '2024-03-15' })).toThrow(/current_time/);
  });

  it('ships a consistent demo world', () => {
    const state = telecom.loadPreset('demo');
    for (const customer of Object.values(state.customers)) {
      for (const id of customer.line_ids) expect(state.lines[id]?.customer_id).toBe(customer.customer_id);
      for (const id of customer.bill_ids) expect(state.bills[id]?.customer_id).toBe(customer.customer_id);
    }
    expect(Object.keys(state.customers).length).toBeGreaterThanOrEqual(10);
  });
});

describe('finding customers', () => {
  it('matches the primary number first, then a line id', () => {
    const { outcomes } = runCalls(telecom, world, [
      ['get_customer_by_phone', { phone_number: '5559876543' }],
      ['get_customer_by_phone', { phone_number: 'L2' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ customer_id: 'C2', full_name: 'Ann Lee', phone_number: '5559876543', line_ids: ['L3'] });
    expect(outcomes[1]?.content).toMatchObject({ customer_id: 'C1' });
  });

  it('reports an unknown or empty phone number', () => {
    expectFailure(world, 'get_customer_by_phone', { phone_number: '000' }, 'Customer with phone number 000 not found');
    expectFailure(world, 'get_customer_by_phone', { phone_number: '' }, 'Phone number must be a non-empty string');
  });

  it('reports a customer whose line list points at a missing line', () => {
    const broken = { ...world, customers: { C1: { ...world.customers.C1, line_ids: ['L404'] } } };
    expectFailure(broken, 'get_customer_by_phone', { phone_number: 'nobody' }, 'Customer C1 lists line L404, which does not exist');
  });

  it('looks customers up by id, with or without the detailed fields', () => {
    const { outcomes } = runCalls(telecom, world, [
      ['get_customer_by_id', { customer_id: 'C3' }],
      ['get_details_by_id', { customer_id: 'C1' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ customer_id: 'C3', full_name: 'Ken Ito', phone_number: '819012345678', line_ids: [] });
    expect(outcomes[1]?.content).toEqual({
      customer_id: 'C1',
      full_name: 'Ann Lee',
      phone_number: '+15551234567',
      line_ids: ['L1', 'L2'],
      bill_ids: ['B1', 'B2', 'B3'],
      email: 'ann@example.com',
      city: 'Boston',
      country: 'US',
    });
    expectFailure(world, 'get_customer_by_id', { customer_id: 'C7' }, 'Customer C7 not found');
    expectFailure(world, 'get_details_by_id', { customer_id: '' }, 'Customer ID must be a non-empty string');
  });

  it('tells namesakes apart by date of birth, exactly and case-sensitively', () => {
    const { outcomes } = runCalls(telecom, world, [
      ['get_customer_by_name', { full_name: 'Ann Lee', dob: '1991-02-02' }],
      ['get_customer_by_name', { full_name: 'ann lee', dob: '1991-02-02' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      customers: [{ customer_id: 'C2', full_name: 'Ann Lee', phone_number: '5559876543', line_ids: ['L3'] }],
    });
    expect(outcomes[1]?.content).toEqual({ customers: [] });
    expectFailure(world, 'get_customer_by_name', { full_name: '', dob: '1991-02-02' }, 'Full name must be a non-empty string');
    expectFailure(world, 'get_customer_by_name', { full_name: 'Ann Lee', dob: '' }, 'Date of birth must be a non-empty string');
  });
});

describe('bills', () => {
  it('lists newest first, keeping scenario order for equal dates, and honours limit', () => {
    const { outcomes } = runCalls(telecom, world, [
      ['list_bills', { customer_id: 'C1' }],
      ['list_bills', { customer_id: 'C1', limit: '1' }],
      ['list_bills', { customer_id: 'C3' }],
    ]);
    expect((outcomes[0]?.content as { bills: { bill_id: string }[] }).bills.map((b) => b.bill_id)).toEqual(['B2', 'B3', 'B1']);
    expect(outcomes[1]?.content).toEqual({
      bills: [{ bill_id: 'B2', issue_date: '2024-03-01T00:00:00', total_due: 12.5, status: 'pending' }],
    });
    expect(outcomes[2]?.content).toEqual({ bills: [] });
  });

  it('rejects an unknown customer and a limit below 1', () => {
    expectFailure(world, 'list_bills', { customer_id: 'C9' }, 'Customer C9 not found');
    expectFailure(world, 'list_bills', { customer_id: 'C1', limit: 0 }, 'Limit must be a positive integer');
    expectFailure(world, 'list_bills', { customer_id: '' }, 'Customer ID must be a non-empty string');
  });

  it('sends a payment request only for a bill of that customer, changing nothing', () => {
    const before = telecom.load(world);
    const sent = telecom.call(before, 'send_payment_request', { customer_id: 'C1', bill_id: 'B2' });
    expect(sent).toMatchObject({ isError: false, content: { bill_id: 'B2', status: 'sent' } });
    expect(sent.state).toEqual(before);
    expectFailure(world, 'send_payment_request', { customer_id: 'C2', bill_id: 'B2' }, 'Bill B2 does not belong to customer C2');
    expectFailure(world, 'send_payment_request', { customer_id: 'C1', bill_id: 'B8' }, 'Bill B8 not found');
    expectFailure(world, 'send_payment_request', { customer_id: 'C1', bill_id: '' }, 'Bill ID must be a non-empty string');
  });
});

describe('lines', () => {
  it('reports usage of a line owned by the customer', () => {
    const { outcomes } = runCalls(telecom, world, [['get_usage', { customer_id: 'C1', line_id: 'L2' }]]);
    expect(outcomes[0]?.content).toEqual({
      line_id: 'L2',
      data_used_gb: 3.3,
      data_limit_gb: 10,
      data_refueling_gb: 0.5,
      cycle_end_date: '2024-04-01',
    });
    expectFailure(world, 'get_usage', { customer_id: 'C2', line_id: 'L1' }, 'Line L1 does not belong to customer C2');
    expectFailure(world, 'get_usage', { customer_id: 'C1', line_id: 'L7' }, 'Line L7 not found');
    expectFailure(world, 'get_usage', { customer_id: 'C1', line_id: '' }, 'Line ID must be a non-empty string');
  });

  it('suspends with a reason, dated from the scenario clock, and resumes any non-active line', () => {
    const { outcomes, state } = runCalls(telecom, world, [
      ['suspend_line', { customer_id: 'C1', line_id: 'L1', reason: 'lost phone' }],
      ['resume_line', { customer_id: 'C2', line_id: 'L3' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ line_id: 'L1', status: 'suspended', suspension_start_date: '2024-03-15' });
    expect(outcomes[1]?.content).toEqual({ line_id: 'L3', status: 'active' });
    expect(state.lines.L1?.status).toBe('suspended');
    expect(state.lines.L3?.status).toBe('active');
  });

  it('refuses to suspend twice, to resume an active line, or to suspend without a reason', () => {
    expectFailure(world, 'suspend_line', { customer_id: 'C1', line_id: 'L2', reason: 'x' }, 'Line L2 is already suspended');
    expectFailure(world, 'suspend_line', { customer_id: 'C1', line_id: 'L1', reason: '' }, 'Reason must be a non-empty string');
    expectFailure(world, 'resume_line', { customer_id: 'C1', line_id: 'L1' }, 'Line L1 is already active');
    expectFailure(world, 'resume_line', { customer_id: 'C1', line_id: 'L3' }, 'Line L3 does not belong to customer C1');
  });

  it('toggles roaming and refuses a no-op toggle', () => {
    const { outcomes, state } = runCalls(telecom, world, [
      ['enable_roaming', { customer_id: 'C1', line_id: 'L1' }],
      ['disable_roaming', { customer_id: 'C1', line_id: 'L2' }],
    ]);
    expect(outcomes.map((o) => o.content)).toEqual([
      { line_id: 'L1', roaming_enabled: true },
      { line_id: 'L2', roaming_enabled: false },
    ]);
    expect(state.lines.L1?.roaming_enabled).toBe(true);
    expectFailure(world, 'enable_roaming', { customer_id: 'C1', line_id: 'L2' }, 'Roaming is already enabled on line L2');
    expectFailure(world, 'disable_roaming', { customer_id: 'C1', line_id: 'L1' }, 'Roaming is already disabled on line L1');
    expectFailure(world, 'enable_roaming', { customer_id: '', line_id: 'L1' }, 'Customer ID must be a non-empty string');
  });

  it("charges refuelled data at the country's rate, or 15 where the country has none", () => {
    const { outcomes, state } = runCalls(telecom, world, [
      ['refuel_data', { customer_id: 'C1', line_id: 'L2', gb_amount: 2 }],
      ['refuel_data', { customer_id: 'C2', line_id: 'L3', gb_amount: '1.5' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ line_id: 'L2', new_data_refueling_gb: 2.5, charge_amount: 30 });
    expect(outcomes[1]?.content).toEqual({ line_id: 'L3', new_data_refueling_gb: 1.5, charge_amount: 22.5 });
    expect(state.lines.L2?.data_refueling_gb).toBe(2.5);
  });

  it('refuses a non-positive amount and a line whose owner is not on file', () => {
    expectFailure(world, 'refuel_data', { customer_id: 'C1', line_id: 'L1', gb_amount: 0 }, 'GB amount must be a positive number');
    expectFailure(world, 'refuel_data', { customer_id: 'C1', line_id: 'L1', gb_amount: -2 }, 'GB amount must be a positive number');
    expectFailure(world, 'refuel_data', { customer_id: 'C9', line_id: 'L9', gb_amount: 1 }, 'Customer C9 not found');
    const bad = expectFailure(
      world,
      'refuel_data',
      { customer_id: 'C1', line_id: 'L1', gb_amount: 'lots' },
      'Invalid argument "gb_amount": expected number, got the string "lots"',
    );
    expect(bad.isError).toBe(true);
  });
});

describe('lax numbers (fuzzing round)', () => {
  it('loads numeric strings and booleans in number fields, as pydantic does, and saves them as numbers', () => {
    const state = telecom.load({
      ...world,
      dataRefuelRatesMap: { US: '15.5', NO: true },
      lines: { L9: { line_id: 'L9', customer_id: 'C1', data_used_gb: '2', data_limit_gb: '30', cycle_end_date: '2024-02-01' } },
    });
    expect(state.dataRefuelRatesMap).toEqual({ US: 15.5, NO: 1 });
    expect(state.lines.L9).toMatchObject({ data_used_gb: 2, data_limit_gb: 30 });
    expect(() => telecom.load({ ...world, roamingRatesMap: { US: 'free' } })).toThrow(/roamingRatesMap/);
  });

  it('accepts a whole limit beyond 2^53 and lists every bill', () => {
    const state = telecom.load(world);
    const all = telecom.call(state, 'list_bills', { customer_id: 'C1' });
    const huge = telecom.call(state, 'list_bills', { customer_id: 'C1', limit: 1e20 });
    expect(huge.isError).toBe(false);
    expect(huge.content).toEqual(all.content);
  });
});
