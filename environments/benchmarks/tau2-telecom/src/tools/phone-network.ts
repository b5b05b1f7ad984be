import { formatFixed } from '@envfleet/kit';
import { z } from 'zod';
import { defineUserTool } from '../define.js';
import {
  searchNetwork,
  setNetworkMode,
  simStatus,
  speedTest,
  statusBar,
  toggleAirplaneMode,
  toggleData,
  toggleDataSaver,
  toggleRoaming,
  withStatusBar,
} from '../phone.js';
import { NETWORK_MODES, type TelecomDb } from '../scenario.js';

const none = z.object({});
const onOff = (on: boolean) => (on ? 'ON' : 'OFF');
const yesNo = (yes: boolean) => (yes ? 'Yes' : 'No');

export const checkStatusBar = defineUserTool({
  name: 'check_status_bar',
  description: "What the phone's status bar shows: signal, network type, data, Wi-Fi, VPN, battery.",
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => `Status Bar: ${statusBar(db as TelecomDb)}`,
});

export const checkNetworkStatus = defineUserTool({
  name: 'check_network_status',
  description: "The phone's connectivity in detail: airplane mode, SIM, cellular connection, signal and type, data, roaming, Wi-Fi.",
  input: none,
  annotations: { readOnlyHint: true },
  handler: (draft) => {
    const db = draft as TelecomDb;
    const phone = db.user_db.device;
    const lines = [
      `Airplane Mode: ${onOff(phone.airplane_mode)}`,
      `SIM Card Status: ${simStatus(db)}`,
      `Cellular Connection: ${phone.network_connection_status}`,
      `Cellular Signal: ${phone.network_signal_strength}`,
      `Cellular Network Type: ${phone.network_technology_connected}`,
      `Mobile Data Enabled: ${yesNo(phone.data_enabled)}`,
      `Data Roaming Enabled: ${yesNo(phone.roaming_enabled)}`,
      `Wi-Fi Radio: ${onOff(phone.wifi_enabled)}`,
      `Wi-Fi Connected: ${yesNo(phone.wifi_connected)}`,
    ];
    if (phone.wifi_connected) lines.push(`Connected Wi-Fi Network: ${phone.wifi_ssid ?? 'None'}`);
    return lines.join('\n');
  },
});

export const checkNetworkModePreference = defineUserTool({
  name: 'check_network_mode_preference',
  description: 'Which cellular technologies the phone prefers (4g_5g_preferred, 4g_only, 3g_only, 2g_only).',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => `Network Mode Preference: ${db.user_db.device.network_mode_preference}`,
});

export const setNetworkModePreference = defineUserTool({
  name: 'set_network_mode_preference',
  description: `Set the preferred cellular technology (one of ${NETWORK_MODES.join(', ')}); the phone searches the network again.`,
  input: z.object({ mode: z.string() }),
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const mode = setNetworkMode(db, args.mode);
    if (mode === undefined) {
      return withStatusBar(
        db,
        `Failed to set network mode: '${args.mode}' is not a valid option. Please use one of: ${NETWORK_MODES.join(', ')}`,
      );
    }
    return withStatusBar(db, `Preferred Network Mode set to: ${mode}`);
  },
});

const SPEED_ADVICE: Record<string, string> = {
  'Very Poor': 'Connection is very slow. Basic web browsing might be difficult.',
  Poor: 'Connection is slow. Web browsing may be sluggish, streaming difficult.',
  Fair: 'Connection is okay for web browsing and some standard definition streaming.',
  Good: 'Connection is good for most activities, including HD streaming.',
  Excellent: 'Connection is very fast.',
};

export const runSpeedTest = defineUserTool({
  name: 'run_speed_test',
  description: "Measure the phone's mobile data speed; fails without a working data connection.",
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => {
    const result = speedTest(db as TelecomDb);
    if (!result) return 'Speed test failed: No Connection.';
    return `Speed Test Result: ${formatFixed(result.mbps, 2)} Mbps (${result.grade}). ${SPEED_ADVICE[result.grade] ?? ''}`;
  },
});

export const toggleAirplaneModeTool = defineUserTool({
  name: 'toggle_airplane_mode',
  description: 'Turn airplane mode on or off (on drops cellular, Wi-Fi and VPN).',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    return withStatusBar(db, `Airplane Mode is now ${onOff(toggleAirplaneMode(db))}.`);
  },
});

const SIM_TEXT: Record<string, string> = {
  active: 'Your SIM card is active and working.',
  missing: 'No SIM card detected in the phone.',
  locked_pin: 'The SIM card is locked with a PIN code.',
  locked_puk: 'The SIM card is locked with a PUK code.',
};

export const checkSimStatus = defineUserTool({
  name: 'check_sim_status',
  description: 'Whether the SIM card is active, missing, or locked with a PIN or PUK.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => SIM_TEXT[simStatus(db as TelecomDb)] as string,
});

export const reseatSimCard = defineUserTool({
  name: 'reseat_sim_card',
  description: 'Take the SIM card out and put it back; the phone searches the network again.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    db.user_db.device.sim_card_missing = false;
    searchNetwork(db);
    return withStatusBar(db, 'SIM card re-seated successfully.');
  },
});

export const toggleDataTool = defineUserTool({
  name: 'toggle_data',
  description: 'Turn mobile data on or off.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    return withStatusBar(db, `Mobile Data is now ${onOff(toggleData(db))}.`);
  },
});

export const toggleRoamingTool = defineUserTool({
  name: 'toggle_roaming',
  description: "Turn data roaming on or off in the phone's settings.",
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    return withStatusBar(db, `Data Roaming is now ${onOff(toggleRoaming(db))}.`);
  },
});

export const checkDataRestrictionStatus = defineUserTool({
  name: 'check_data_restriction_status',
  description: 'Whether Data Saver mode is limiting data use.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => (db.user_db.device.data_saver_mode ? 'Data Saver mode is ON (limits data usage).' : 'Data Saver mode is OFF.'),
});

export const toggleDataSaverMode = defineUserTool({
  name: 'toggle_data_saver_mode',
  description: 'Turn Data Saver mode on or off.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    return withStatusBar(db, `Data Saver Mode is now ${onOff(toggleDataSaver(db))}.`);
  },
});

export const rebootDevice = defineUserTool({
  name: 'reboot_device',
  description: 'Restart the phone: APN settings reset if a reset was requested, then the network is searched again.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    const phone = db.user_db.device;
    const lines: string[] = [];
    if (phone.active_apn_settings.reset_at_reboot) {
      lines.push('Resetting APN settings...');
      phone.active_apn_settings = {
        apn_name: 'internet',
        reset_at_reboot: false,
        mms_apn: 'mms',
        mmsc_url: 'http://mms.carrier.com/mms/wapenc',
        mms_proxy: null,
        mms_port: null,
      };
    }
    lines.push('Restarting network services...');
    phone.network_connection_status = 'searching';
    searchNetwork(db);
    return withStatusBar(db, lines.join('\n'));
  },
});
