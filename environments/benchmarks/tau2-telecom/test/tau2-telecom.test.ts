import { ToolError } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import {
  checkTelecomAssertions,
  initialStateScenario,
  type TelecomDb,
  tau2Telecom,
  TAU2_REQUESTOR,
  USER_TOOL_PREFIX,
} from '../src/index.js';

// John Smith (C1001, 555-123-2002) holds the phone; his line L1002 is on the Premium plan (15 GB,
// $2/GB refueling) and his bills are B1001 (Paid), B1002 (Issued), B1003 (Draft).
const john = (extra: { env_type: 'user' | 'assistant'; func_name: string; arguments?: Record<string, unknown> }[] = []) =>
  tau2Telecom.load(
    initialStateScenario({
      initialization_actions: [
        { env_type: 'user', func_name: 'set_user_info', arguments: { name: 'John Smith', phone_number: '555-123-2002' } },
        ...extra,
      ],
    }),
  );

function ok(state: TelecomDb, name: string, args: Record<string, unknown> = {}) {
  const outcome = tau2Telecom.call(state, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return outcome;
}

function fails(state: TelecomDb, name: string, args: Record<string, unknown>, message: string) {
  const outcome = tau2Telecom.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toBe(message);
  expect(outcome.state).toBe(state);
  return outcome;
}

describe('tools', () => {
  it("marks the user's phone tools and leaves the agent's unmarked", () => {
    const userTools = [...tau2Telecom.tools.values()].filter((tool) => tool.description.startsWith(USER_TOOL_PREFIX));
    expect(userTools.map((tool) => tool.name)).toContain('toggle_airplane_mode');
    expect(userTools).toHaveLength(30);
    for (const tool of tau2Telecom.tools.values()) {
      const side = tool.description.startsWith(USER_TOOL_PREFIX) ? 'user' : 'assistant';
      expect(tool.annotations[TAU2_REQUESTOR], tool.name).toBe(side);
    }
    expect(tau2Telecom.tools.get('refuel_data')?.description.startsWith(USER_TOOL_PREFIX)).toBe(false);
  });
});

describe('agent tools', () => {
  it('finds a customer by a line number as well as by the contact number', () => {
    const state = tau2Telecom.load({});
    const byLine = ok(state, 'get_customer_by_phone', { phone_number: '555-123-2003' }).content as {
      customer_id: string;
      created_at: string;
    };
    expect(byLine.customer_id).toBe('C1001');
    expect(byLine.created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    fails(state, 'get_customer_by_phone', { phone_number: '000' }, 'Customer with phone number 000 not found');
    const found = ok(state, 'get_customer_by_name', { full_name: 'john SMITH', dob: '1985-06-15' }).content as { customer_id: string }[];
    expect(found.map((customer) => customer.customer_id)).toEqual(['C1001']);
    expect(ok(state, 'get_customer_by_name', { full_name: 'John Smith', dob: '1985-06-16' }).content).toEqual([]);
    fails(state, 'get_details_by_id', { id: 'X1' }, 'Unknown ID format or type: X1');
  });

  it('suspends only active lines, resumes only suspended ones, and checks ownership first', () => {
    const state = tau2Telecom.load({});
    fails(state, 'suspend_line', { customer_id: 'C1001', line_id: 'L1004', reason: 'x' }, 'Line L1004 not found for customer C1001');
    fails(state, 'suspend_line', { customer_id: 'C1001', line_id: 'L1003', reason: 'x' }, 'Line must be active to suspend');
    const suspended = ok(state, 'suspend_line', { customer_id: 'C1001', line_id: 'L1001', reason: 'travel' });
    const line = suspended.state.lines.find((l) => l.line_id === 'L1001');
    expect(line?.status).toBe('Suspended');
    expect(line?.suspension_start_date).toBe('2025-02-25');
    fails(suspended.state, 'suspend_line', { customer_id: 'C1001', line_id: 'L1001', reason: 'again' }, 'Line must be active to suspend');
    const resumed = ok(suspended.state, 'resume_line', { customer_id: 'C1001', line_id: 'L1001' });
    expect(resumed.state.lines.find((l) => l.line_id === 'L1001')).toMatchObject({ status: 'Active', suspension_start_date: null });
    fails(resumed.state, 'resume_line', { customer_id: 'C1001', line_id: 'L1001' }, 'Line must be suspended to resume');
  });

  it("charges refueled data to the customer's draft bill, or opens next month's draft", () => {
    const state = tau2Telecom.load({});
    fails(state, 'refuel_data', { customer_id: 'C1001', line_id: 'L1002', gb_amount: 0 }, 'Refuel amount must be positive');
    const refueled = ok(state, 'refuel_data', { customer_id: 'C1001', line_id: 'L1002', gb_amount: 1.5 });
    expect(refueled.content).toEqual({
      message: 'Successfully added 1.5 GB of data for line L1002 for $3.00',
      new_data_refueling_gb: '1.5',
      charge: '3.0',
    });
    const draft = refueled.state.bills.find((bill) => bill.bill_id === 'B1003');
    expect(draft?.line_items.at(-1)).toEqual({
      description: 'Data refueling: 1.5 GB at $2.0/GB',
      amount: 3,
      date: '2025-02-25',
      item_type: 'Charge',
    });

    // Sarah Johnson (C1002) has no draft bill: one is opened for March.
    const opened = ok(state, 'refuel_data', { customer_id: 'C1002', line_id: 'L1004', gb_amount: 10 }).state;
    const added = opened.bills.at(-1);
    expect(added).toMatchObject({
      bill_id: 'B00000007',
      customer_id: 'C1002',
      period_start: '2025-03-01',
      period_end: '2025-03-31',
      due_date: '2025-03-15',
      status: 'Draft',
    });
    expect(opened.customers.find((c) => c.customer_id === 'C1002')?.bill_ids.at(-1)).toBe('B00000007');
  });

  it('sends one payment request at a time, only for bills of the customer', () => {
    const state = tau2Telecom.load({});
    fails(state, 'send_payment_request', { customer_id: 'C1001', bill_id: 'B1004' }, 'Bill B1004 not found for customer C1001');
    const sent = ok(state, 'send_payment_request', { customer_id: 'C1001', bill_id: 'B1002' });
    expect(sent.content).toBe('Payment request sent to the customer for bill B1002');
    fails(
      sent.state,
      'send_payment_request',
      { customer_id: 'C1001', bill_id: 'B1003' },
      'A bill is already awaiting payment for this customer',
    );
  });

  it('answers data usage with the cycle end and τ² number formatting', () => {
    const usage = ok(tau2Telecom.load({}), 'get_data_usage', { customer_id: 'C1001', line_id: 'L1002' }).content;
    expect(usage).toEqual({
      line_id: 'L1002',
      data_used_gb: '8.7',
      data_limit_gb: '15.0',
      data_refueling_gb: '0.0',
      cycle_end_date: '2025-02-28',
    });
  });
});

describe("the user's phone and the telecom database stay in step", () => {
  it('a payment request reaches the phone, and paying marks the bill paid', () => {
    const state = john();
    expect(ok(state, 'check_payment_request').content).toBe('No payment request has been made.');
    const requested = ok(state, 'send_payment_request', { customer_id: 'C1001', bill_id: 'B1002' }).state;
    expect(ok(requested, 'check_payment_request').content).toBe('You have a payment request for bill B1002 of 150.0 USD.');
    const paid = ok(requested, 'make_payment');
    expect(paid.content).toBe('Payment of 150.0 USD has been made for bill B1002.');
    expect(paid.state.bills.find((bill) => bill.bill_id === 'B1002')?.status).toBe('Paid');
    expect(paid.state.user_db.surroundings.payment_request).toBeNull();
  });

  it('abroad, data works only with roaming on both the phone and the line', () => {
    const abroad = john([
      { env_type: 'user', func_name: 'set_user_location', arguments: { abroad: true } },
      { env_type: 'assistant', func_name: 'disable_roaming', arguments: { customer_id: 'C1001', line_id: 'L1002' } },
    ]);
    expect(ok(abroad, 'run_speed_test').content).toBe('Speed test failed: No Connection.');
    const phoneRoaming = ok(abroad, 'toggle_roaming').state;
    expect(ok(phoneRoaming, 'run_speed_test').content).toBe('Speed test failed: No Connection.');
    const lineRoaming = ok(phoneRoaming, 'enable_roaming', { customer_id: 'C1001', line_id: 'L1002' }).state;
    expect(lineRoaming.user_db.surroundings.roaming_allowed).toBe(true);
    expect(ok(lineRoaming, 'run_speed_test').content).toBe('Speed Test Result: 275.00 Mbps (Excellent). Connection is very fast.');
  });

  it('airplane mode drops the network and comes back searching', () => {
    const on = ok(john(), 'toggle_airplane_mode');
    expect(on.content).toBe('Airplane Mode is now ON.\nStatus Bar: ✈️ Airplane Mode | 🔋 80%');
    expect(on.state.user_db.device).toMatchObject({ network_connection_status: 'no_service', network_technology_connected: 'none' });
    const off = ok(on.state, 'toggle_airplane_mode');
    expect(off.content).toBe('Airplane Mode is now OFF.\nStatus Bar: 📶⁴ Excellent | 5G | 📱 Data Enabled | 🔋 80%');
  });

  it('a broken APN is fixed by a reset at the next reboot', () => {
    const broken = john([{ env_type: 'user', func_name: 'break_apn_settings' }]);
    expect(broken.user_db.device.network_connection_status).toBe('no_service');
    const marked = ok(broken, 'reset_apn_settings').state;
    expect(marked.user_db.device.network_connection_status).toBe('no_service');
    const rebooted = ok(marked, 'reboot_device');
    expect(rebooted.content).toMatch(/^Resetting APN settings...\nRestarting network services...\nStatus Bar: 📶⁴ Excellent/);
    expect(rebooted.state.user_db.device.active_apn_settings).toMatchObject({ apn_name: 'internet', reset_at_reboot: false });
  });

  it('reports a permission it does not track as τ² does, changing nothing', () => {
    const state = john();
    const outcome = ok(state, 'grant_app_permission', { app_name: 'messaging', permission: 'camera' });
    expect(outcome.content).toMatch(
      /^Error\. Permission 'camera' not tracked for app 'messaging', available permissions: \['sms', 'storage', 'phone', 'network'\]\n/,
    );
    expect(outcome.state.user_db).toEqual(state.user_db);
  });

  it('refuses bad arguments and leaves the world as it was', () => {
    const state = john();
    expect(tau2Telecom.call(state, 'refuel_data', { customer_id: 'C1001', line_id: 'L1002', gb_amount: 'lots' }).isError).toBe(true);
    fails(state, 'refuel_data', { customer_id: 'C9', line_id: 'L1002', gb_amount: 1 }, 'Customer with ID C9 not found');
    expect(tau2Telecom.call(state, 'set_apn_settings', { apn_settings: { apn_name: 'nonsense' } }).isError).toBe(true);
  });
});

describe('initial state', () => {
  it('names the step that cannot run and changes nothing it was given', () => {
    const base = { user_db: undefined };
    expect(() => initialStateScenario({ initialization_actions: [{ env_type: 'user', func_name: 'launch_rocket' }] }, base)).toThrow(
      /initialization_actions\[0\]: user function "launch_rocket" is not supported/,
    );
    expect(() =>
      initialStateScenario({
        initialization_actions: [
          { env_type: 'assistant', func_name: 'set_data_usage', arguments: { customer_id: 'C1001', line_id: 'L1002' } },
        ],
      }),
    ).toThrow(new ToolError('initialization_actions[0] (set_data_usage): argument data_used_gb must be a number'));
    expect(base).toEqual({ user_db: undefined });
  });

  it('merges initialization_data into either database', () => {
    const scenario = initialStateScenario({
      initialization_data: { agent_data: { plans: [] }, user_data: { device: { battery_level: 5 } } },
    });
    expect(scenario.plans).toEqual([]);
    expect(scenario.user_db.device.battery_level).toBe(5);
    expect(scenario.user_db.device.sim_card_status).toBe('active');
  });

  it('refuses a world whose phone number has no line', () => {
    expect(() => tau2Telecom.load({ user_db: { ...tau2Telecom.load({}).user_db, surroundings: { phone_number: '000' } } })).toThrow(
      /Line with phone number 000 not found/,
    );
  });
});

describe('env assertions', () => {
  it('pass when the function returns assert_value, and fail with the reason when it cannot run', () => {
    const state = john([
      { env_type: 'assistant', func_name: 'set_data_usage', arguments: { customer_id: 'C1001', line_id: 'L1002', data_used_gb: 15.1 } },
    ]);
    expect(state.user_db.surroundings.mobile_data_usage_exceeded).toBe(true);
    const result = checkTelecomAssertions(state, [
      { env_type: 'user', func_name: 'assert_mobile_data_status', arguments: { expected_status: false } },
      { env_type: 'user', func_name: 'assert_mobile_data_usage_exceeded', arguments: { expected_status: true }, assert_value: true },
      { env_type: 'user', func_name: 'assert_internet_speed', arguments: { expected_speed: 1 }, assert_value: false },
    ]);
    expect(result).toEqual({
      reward: 1,
      checks: [
        { func_name: 'assert_mobile_data_status', passed: true },
        { func_name: 'assert_mobile_data_usage_exceeded', passed: true },
        { func_name: 'assert_internet_speed', passed: true },
      ],
    });
    const refueled = ok(state, 'refuel_data', { customer_id: 'C1001', line_id: 'L1002', gb_amount: 2 }).state;
    const after = checkTelecomAssertions(refueled, [
      {
        env_type: 'assistant',
        func_name: 'assert_data_refueling_amount',
        arguments: { customer_id: 'C1001', line_id: 'L1002', expected_amount: 2 },
      },
      { env_type: 'user', func_name: 'assert_internet_speed', arguments: { expected_speed: 200, expected_desc: 'excellent' } },
      {
        env_type: 'assistant',
        func_name: 'assert_data_refueling_amount',
        arguments: { customer_id: 'C9', line_id: 'L1002', expected_amount: 2 },
      },
      { env_type: 'user', func_name: 'assert_teleport', arguments: {} },
    ]);
    expect(after.reward).toBe(0);
    expect(after.checks).toEqual([
      { func_name: 'assert_data_refueling_amount', passed: true },
      { func_name: 'assert_internet_speed', passed: true },
      { func_name: 'assert_data_refueling_amount', passed: false, error: 'Customer with ID C9 not found' },
      { func_name: 'assert_teleport', passed: false, error: expect.stringMatching(/user assertion "assert_teleport" is not known/) },
    ]);
  });
});
