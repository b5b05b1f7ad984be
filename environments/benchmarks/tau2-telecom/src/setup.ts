import { ToolError } from '@envfleet/kit';
import { suspendLineForOverdueBill } from './billing.js';
import { customerLine } from './records.js';
import {
  canSendMms,
  connectVpn,
  searchNetwork,
  setNetworkMode,
  toggleAirplaneMode,
  toggleData,
  toggleDataSaver,
  toggleRoaming,
} from './phone.js';
import { scenarioSchema, type TelecomDb } from './scenario.js';
import { syncSurroundings } from './sync.js';

// τ²'s tasks set their world up with initial_state: initialization_data (partial updates merged
// into either database) and initialization_actions, functions of the agent's or the user's
// toolkit that are not tools (break_apn_settings, set_data_usage…), each followed by sync_tools.
// initialStateScenario() does the same to a scenario and returns the scenario to reset with.

export interface Tau2EnvFunctionCall {
  env_type: 'user' | 'assistant';
  func_name: string;
  arguments?: Record<string, unknown>;
}

export interface Tau2InitialState {
  initialization_data?: { agent_data?: Record<string, unknown> | null; user_data?: Record<string, unknown> | null } | null;
  initialization_actions?: Tau2EnvFunctionCall[] | null;
}

type SetupFunction = (db: TelecomDb, args: Record<string, unknown>) => void;

const text = (args: Record<string, unknown>, name: string): string => {
  const value = args[name];
  if (typeof value !== 'string') throw new ToolError(`argument ${name} must be a string`);
  return value;
};
const flag = (args: Record<string, unknown>, name: string): boolean => {
  const value = args[name];
  if (typeof value !== 'boolean') throw new ToolError(`argument ${name} must be a boolean`);
  return value;
};
const amount = (args: Record<string, unknown>, name: string): number => {
  const value = args[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ToolError(`argument ${name} must be a number`);
  return value;
};

/** Flip a setting until it has the wanted value, as τ²'s turn_*_on/off helpers do (via the toggles). */
const ensure =
  (toggle: (db: TelecomDb) => boolean, wanted: boolean): SetupFunction =>
  (db) => {
    if (toggle(db) !== wanted) toggle(db);
  };

const USER_SETUP: Record<string, SetupFunction> = {
  set_user_info: (db, args) => {
    db.user_db.surroundings.name = text(args, 'name');
    db.user_db.surroundings.phone_number = text(args, 'phone_number');
  },
  set_user_location: (db, args) => {
    db.user_db.surroundings.is_abroad = flag(args, 'abroad');
  },
  simulate_network_search: (db) => searchNetwork(db),
  turn_airplane_mode_on: ensure(toggleAirplaneMode, true),
  turn_airplane_mode_off: ensure(toggleAirplaneMode, false),
  turn_data_off: ensure(toggleData, false),
  turn_data_on: (db) => {
    db.user_db.device.data_enabled = true;
  },
  turn_roaming_on: ensure(toggleRoaming, true),
  turn_roaming_off: ensure(toggleRoaming, false),
  turn_data_saver_mode_on: ensure(toggleDataSaver, true),
  turn_data_saver_mode_off: ensure(toggleDataSaver, false),
  set_network_mode_preference: (db, args) => {
    setNetworkMode(db, text(args, 'mode'));
  },
  unseat_sim_card: (db) => {
    db.user_db.device.sim_card_missing = true;
    searchNetwork(db);
  },
  lock_sim_card: (db, args) => {
    const mode = text(args, 'mode');
    if (mode === 'pin') db.user_db.device.sim_card_status = 'locked_pin';
    else if (mode === 'puk') db.user_db.device.sim_card_status = 'locked_puk';
    else throw new ToolError(`lock_sim_card mode must be "pin" or "puk", got ${JSON.stringify(mode)}`);
    searchNetwork(db);
  },
  break_apn_settings: (db) => {
    db.user_db.device.active_apn_settings.apn_name = 'broken';
    searchNetwork(db);
  },
  break_apn_mms_setting: (db) => {
    db.user_db.device.active_apn_settings.mmsc_url = null;
    if (canSendMms(db)) throw new ToolError('break_apn_mms_setting left the phone able to send MMS');
  },
  set_wifi_calling: (db, args) => {
    const phone = db.user_db.device;
    phone.wifi_calling_enabled = flag(args, 'enabled');
    const mms = args.mms_over_wifi;
    if (mms !== undefined && mms !== null) phone.wifi_calling_mms_over_wifi = flag(args, 'mms_over_wifi');
  },
  break_vpn: (db) => {
    connectVpn(db);
    const details = db.user_db.device.vpn_details;
    if (details) details.server_performance = 'poor';
  },
  remove_app_permission: (db, args) => {
    const app = db.user_db.device.app_statuses[text(args, 'app_name')];
    const permission = text(args, 'permission').toLowerCase();
    if (app && Object.hasOwn(app.permissions, permission)) app.permissions[permission as keyof typeof app.permissions] = false;
  },
};

const AGENT_SETUP: Record<string, SetupFunction> = {
  set_data_usage: (db, args) => {
    customerLine(db, text(args, 'customer_id'), text(args, 'line_id')).data_used_gb = amount(args, 'data_used_gb');
  },
  suspend_line_for_overdue_bill: (db, args) => {
    suspendLineForOverdueBill(
      db,
      text(args, 'customer_id'),
      text(args, 'line_id'),
      text(args, 'new_bill_id'),
      flag(args, 'contract_ended'),
    );
  },
  enable_roaming: (db, args) => {
    customerLine(db, text(args, 'customer_id'), text(args, 'line_id')).roaming_enabled = true;
  },
  disable_roaming: (db, args) => {
    customerLine(db, text(args, 'customer_id'), text(args, 'line_id')).roaming_enabled = false;
  },
};

/** The setup functions τ²'s telecom tasks may name, per side. */
export const SETUP_FUNCTIONS = { user: Object.keys(USER_SETUP), assistant: Object.keys(AGENT_SETUP) };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of a partial update into a model's JSON, as τ²'s update_pydantic_model_with_dict does. */
function merged(base: unknown, update: unknown): unknown {
  if (!isRecord(base) || !isRecord(update)) return update;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(update)) out[key] = Object.hasOwn(out, key) ? merged(out[key], value) : value;
  return out;
}

/**
 * The scenario a τ² telecom task starts from: `base` (the shipped databases unless given) with the
 * task's initial_state applied. Throws a ToolError naming the step that failed; `base` is not changed.
 */
export function initialStateScenario(initialState: Tau2InitialState | null | undefined, base: unknown = {}): TelecomDb {
  let db: TelecomDb = structuredClone(scenarioSchema.parse(base));
  const data = initialState?.initialization_data;
  if (data?.agent_data) {
    const { user_db, ...agent } = db;
    db = scenarioSchema.parse({ ...(merged(agent, data.agent_data) as object), user_db });
  }
  if (data?.user_data) db = scenarioSchema.parse({ ...db, user_db: merged(db.user_db, data.user_data) });
  (initialState?.initialization_actions ?? []).forEach((action, index) => {
    const table = action.env_type === 'user' ? USER_SETUP : action.env_type === 'assistant' ? AGENT_SETUP : undefined;
    if (!table) throw new ToolError(`initialization_actions[${index}]: env_type must be "user" or "assistant"`);
    const run = Object.hasOwn(table, action.func_name) ? table[action.func_name] : undefined;
    if (!run) {
      throw new ToolError(
        `initialization_actions[${index}]: ${action.env_type} function ${JSON.stringify(action.func_name)} is not supported (known: ${Object.keys(table).join(', ')})`,
      );
    }
    try {
      run(db, action.arguments ?? {});
      syncSurroundings(db);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ToolError(`initialization_actions[${index}] (${action.func_name}): ${message}`);
    }
  });
  return db;
}
