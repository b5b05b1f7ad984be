import { ToolError } from '@envfleet/kit';
import { canSendMms, mobileDataWorking, speedTest } from './phone.js';
import { billById, customerById, customerLine } from './records.js';
import type { TelecomDb } from './scenario.js';

// τ²'s env assertions: functions of either toolkit (assert_*) that its evaluator runs on the world a
// rollout left, each passing when it returns the task's assert_value. Telecom's tasks are scored by
// them (reward_basis ENV_ASSERTION), not by the database check.

export interface Tau2EnvAssertion {
  env_type: 'user' | 'assistant';
  func_name: string;
  arguments?: Record<string, unknown>;
  /** What the function must return for the assertion to pass (τ²'s default: true). */
  assert_value?: boolean;
  message?: string | null;
}

type Assertion = (db: TelecomDb, args: Record<string, unknown>) => boolean;

function argument<T>(args: Record<string, unknown>, name: string, kind: 'string' | 'boolean' | 'number'): T {
  const value = args[name];
  if (typeof value !== kind) throw new ToolError(`argument ${name} must be a ${kind}`);
  return value as T;
}
const expected = (args: Record<string, unknown>) => argument<boolean>(args, 'expected_status', 'boolean');

/** The speed test's grade as τ²'s assertions read it: "No Connection" without data. */
function speed(db: TelecomDb): { mbps: number; grade: string } {
  return speedTest(db) ?? { mbps: 0, grade: 'No Connection' };
}

const NETWORK_STATUSES = ['connected', 'searching', 'no_service', 'emergency_only'];

const USER_ASSERTIONS: Record<string, Assertion> = {
  assert_airplane_mode_status: (db, args) => db.user_db.device.airplane_mode === expected(args),
  assert_service_status: (db, args) => {
    const status = argument<string>(args, 'expected_status', 'string');
    if (!NETWORK_STATUSES.includes(status)) throw new ToolError(`'${status}' is not a valid NetworkStatus`);
    return db.user_db.device.network_connection_status === status;
  },
  assert_mobile_data_status: (db, args) => mobileDataWorking(db) === expected(args),
  assert_mobile_roaming_status: (db, args) => db.user_db.device.roaming_enabled === expected(args),
  assert_mobile_data_saver_mode_status: (db, args) => db.user_db.device.data_saver_mode === expected(args),
  assert_internet_speed: (db, args) => {
    const minimum = argument<number>(args, 'expected_speed', 'number');
    const { mbps, grade } = speed(db);
    const description = args.expected_desc;
    if (description === undefined || description === null) return mbps >= minimum;
    if (typeof description !== 'string') throw new ToolError('argument expected_desc must be a string');
    return mbps >= minimum && grade.toLowerCase() === description.toLowerCase();
  },
  assert_internet_not_excellent: (db) => speed(db).grade.toLowerCase() !== 'excellent',
  assert_can_send_mms: (db, args) => canSendMms(db) === expected(args),
  assert_mobile_data_usage_exceeded: (db, args) => db.user_db.surroundings.mobile_data_usage_exceeded === expected(args),
};

const AGENT_ASSERTIONS: Record<string, Assertion> = {
  assert_data_refueling_amount: (db, args) => {
    const line = customerLine(db, argument(args, 'customer_id', 'string'), argument(args, 'line_id', 'string'));
    return Math.abs(line.data_refueling_gb - argument<number>(args, 'expected_amount', 'number')) < 1e-6;
  },
  assert_line_status: (db, args) => {
    const line = customerLine(db, argument(args, 'customer_id', 'string'), argument(args, 'line_id', 'string'));
    return line.status === argument<string>(args, 'expected_status', 'string');
  },
  assert_overdue_bill_exists: (db, args) => {
    const customerId = argument<string>(args, 'customer_id', 'string');
    const billId = argument<string>(args, 'overdue_bill_id', 'string');
    if (!customerById(db, customerId).bill_ids.includes(billId)) throw new ToolError(`Overdue bill ${billId} not found`);
    if (billById(db, billId).status !== 'Overdue') throw new ToolError(`Overdue bill ${billId} is not overdue`);
    return true;
  },
  assert_no_overdue_bill: (db, args) => {
    const billId = argument<string>(args, 'overdue_bill_id', 'string');
    const bill = db.bills.find((entry) => entry.bill_id === billId);
    return bill === undefined || bill.status === 'Paid';
  },
};

/** What an assertion function returns on this world; a ToolError when τ²'s function would raise. */
export function runTelecomAssertion(db: TelecomDb, assertion: Omit<Tau2EnvAssertion, 'assert_value'>): boolean {
  const table = assertion.env_type === 'user' ? USER_ASSERTIONS : assertion.env_type === 'assistant' ? AGENT_ASSERTIONS : undefined;
  if (!table) throw new ToolError(`env_type must be "user" or "assistant", got ${JSON.stringify(assertion.env_type)}`);
  const run = Object.hasOwn(table, assertion.func_name) ? table[assertion.func_name] : undefined;
  if (!run) {
    throw new ToolError(
      `${assertion.env_type} assertion ${JSON.stringify(assertion.func_name)} is not known (known: ${Object.keys(table).join(', ')})`,
    );
  }
  return run(db, assertion.arguments ?? {});
}

export interface Tau2AssertionChecks {
  /** 1 when every assertion passed, else 0 (τ²'s env_assertion reward). */
  reward: 0 | 1;
  checks: { func_name: string; passed: boolean; error?: string }[];
}

/**
 * τ²'s ENV_ASSERTION check of a world (an episode's final state, saved): each assertion passes when
 * its function returns assert_value. One that cannot run fails, with the reason.
 */
export function checkTelecomAssertions(db: TelecomDb, assertions: readonly Tau2EnvAssertion[]): Tau2AssertionChecks {
  const checks = assertions.map((assertion) => {
    try {
      return { func_name: assertion.func_name, passed: runTelecomAssertion(db, assertion) === (assertion.assert_value ?? true) };
    } catch (error) {
      return { func_name: assertion.func_name, passed: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
  return { reward: checks.every((check) => check.passed) ? 1 : 0, checks };
}
