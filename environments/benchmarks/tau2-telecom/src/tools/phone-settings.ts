import { pythonFloatRepr, pythonRepr } from '@envfleet/kit';
import { z } from 'zod';
import { defineUserTool } from '../define.js';
import { canSendMms, connectVpn, disconnectVpn, searchNetwork, withStatusBar } from '../phone.js';
import { apnSettingsSchema, type TelecomDb } from '../scenario.js';

const none = z.object({});
const onOff = (on: boolean) => (on ? 'ON' : 'OFF');

export const checkApnSettings = defineUserTool({
  name: 'check_apn_settings',
  description: "The phone's APN name and MMSC URL (for picture messages).",
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => {
    const apn = db.user_db.device.active_apn_settings;
    return `Current APN Name: ${apn.apn_name}\nMMSC URL (for picture messages): ${apn.mmsc_url || 'Not Set'}\n(These are technical settings, usually best left unchanged.)`;
  },
});

export const setApnSettings = defineUserTool({
  name: 'set_apn_settings',
  description:
    "Replace the phone's APN settings (apn_name, reset_at_reboot, mms_apn, mmsc_url, mms_proxy, mms_port; omitted ones take their defaults).",
  input: z.object({ apn_settings: apnSettingsSchema }),
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    db.user_db.device.active_apn_settings = args.apn_settings;
    searchNetwork(db);
    return withStatusBar(db, `APN settings set to: ${args.apn_settings.apn_name}`);
  },
});

export const resetApnSettings = defineUserTool({
  name: 'reset_apn_settings',
  description: 'Ask for the APN settings to go back to their defaults at the next reboot.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    db.user_db.device.active_apn_settings.reset_at_reboot = true;
    searchNetwork(db);
    return withStatusBar(db, 'APN settings will reset at reboot.');
  },
});

export const checkWifiStatus = defineUserTool({
  name: 'check_wifi_status',
  description: 'Whether Wi-Fi is on, and the network and signal it is connected to.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => {
    const phone = db.user_db.device;
    if (!phone.wifi_enabled) return 'Wi-Fi is turned OFF.';
    if (phone.wifi_connected)
      return `Wi-Fi is ON and connected to '${phone.wifi_ssid ?? 'None'}'. Signal strength: ${phone.wifi_signal_strength}.`;
    return 'Wi-Fi is ON but not connected to any network.';
  },
});

export const toggleWifi = defineUserTool({
  name: 'toggle_wifi',
  description: "Turn the phone's Wi-Fi radio on or off (not while airplane mode is on).",
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    const phone = db.user_db.device;
    if (phone.airplane_mode) return withStatusBar(db, 'Cannot change Wi-Fi settings while Airplane Mode is ON.');
    phone.wifi_enabled = !phone.wifi_enabled;
    if (!phone.wifi_enabled) {
      phone.wifi_connected = false;
      phone.wifi_ssid = null;
      phone.wifi_signal_strength = 'none';
    }
    return withStatusBar(db, `Wi-Fi is now ${onOff(phone.wifi_enabled)}.`);
  },
});

export const checkWifiCallingStatus = defineUserTool({
  name: 'check_wifi_calling_status',
  description: 'Whether Wi-Fi Calling is on.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => `Wi-Fi Calling is currently turned ${onOff(db.user_db.device.wifi_calling_enabled)}.`,
});

export const toggleWifiCalling = defineUserTool({
  name: 'toggle_wifi_calling',
  description: 'Turn Wi-Fi Calling on or off.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    const phone = db.user_db.device;
    phone.wifi_calling_enabled = !phone.wifi_calling_enabled;
    return withStatusBar(db, `Wi-Fi Calling is now ${onOff(phone.wifi_calling_enabled)}.`);
  },
});

export const checkVpnStatus = defineUserTool({
  name: 'check_vpn_status',
  description: 'Whether a VPN is set up and connected, with the connection details.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => {
    const phone = db.user_db.device;
    if (phone.vpn_connected) {
      const details = phone.vpn_details;
      if (!details) return 'VPN is ON and connected (no specific details available).';
      // τ² prints the details dict with str(), so the performance shows as the enum member's repr.
      const level = details.server_performance;
      const text = `{'server_address': ${pythonRepr(details.server_address)}, 'protocol': ${pythonRepr(details.protocol)}, 'server_performance': <PerformanceLevel.${level.toUpperCase()}: '${level}'>}`;
      return `VPN is ON and connected. Details: ${text}`;
    }
    return phone.vpn_enabled_setting ? 'VPN is turned ON in settings, but currently not connected.' : 'VPN is turned OFF.';
  },
});

export const connectVpnTool = defineUserTool({
  name: 'connect_vpn',
  description: 'Connect the VPN (to the default server).',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    if (!connectVpn(db)) return 'VPN already connected.';
    return withStatusBar(db, 'VPN connected successfully.');
  },
});

export const disconnectVpnTool = defineUserTool({
  name: 'disconnect_vpn',
  description: 'Disconnect the VPN.',
  input: none,
  handler: (draft) => {
    const db = draft as TelecomDb;
    return withStatusBar(db, disconnectVpn(db) ? 'VPN disconnected successfully.' : 'No active VPN connection to disconnect.');
  },
});

export const checkInstalledApps = defineUserTool({
  name: 'check_installed_apps',
  description: 'The apps installed on the phone.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => `The following apps are installed on the phone: ${Object.keys(db.user_db.device.app_statuses).join(', ')}`,
});

const grantedPermissions = (permissions: Record<string, boolean>) =>
  Object.entries(permissions)
    .filter(([, allowed]) => allowed)
    .map(([name]) => name.replaceAll('_', ' ').toLowerCase());

const appOf = (db: TelecomDb, name: string) =>
  Object.hasOwn(db.user_db.device.app_statuses, name) ? db.user_db.device.app_statuses[name] : undefined;

export const checkAppStatus = defineUserTool({
  name: 'check_app_status',
  description: 'An installed app and the permissions it has been granted.',
  input: z.object({ app_name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db, args) => {
    const app = appOf(db as TelecomDb, args.app_name);
    if (!app) return `App '${args.app_name}' not found on this phone.`;
    const granted = grantedPermissions(app.permissions);
    const lines = [`Status for App: ${args.app_name}`];
    if (granted.length === 0) lines.push(' - Permissions: None granted.');
    else lines.push(' - Permissions Granted:', ...granted.map((permission) => `   - ${permission}`));
    return lines.join('\n');
  },
});

export const checkAppPermissions = defineUserTool({
  name: 'check_app_permissions',
  description: 'The permissions an installed app has been granted.',
  input: z.object({ app_name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db, args) => {
    const app = appOf(db as TelecomDb, args.app_name);
    if (!app) return `App '${args.app_name}' not found on this phone.`;
    const granted = grantedPermissions(app.permissions);
    if (granted.length === 0) return `App '${args.app_name}' currently has no permissions granted.`;
    return `App '${args.app_name}' has permission for: ${granted.join(', ')}.`;
  },
});

export const grantAppPermission = defineUserTool({
  name: 'grant_app_permission',
  description: 'Grant an installed app one permission (sms, storage, phone or network).',
  input: z.object({ app_name: z.string(), permission: z.string() }),
  handler: (draft, args) => {
    const db = draft as TelecomDb;
    const app = appOf(db, args.app_name);
    const permission = args.permission.toLowerCase();
    let message: string;
    if (!app) {
      message = `Error. App '${args.app_name}' not found. Cannot grant permission.`;
    } else if (!Object.hasOwn(app.permissions, permission)) {
      message = `Error. Permission '${permission}' not tracked for app '${args.app_name}', available permissions: ${pythonRepr(Object.keys(app.permissions))}`;
    } else {
      app.permissions[permission as keyof typeof app.permissions] = true;
      message = `Success. Permission '${permission}' granted to app '${args.app_name}'.`;
    }
    return withStatusBar(db, message);
  },
});

export const canSendMmsTool = defineUserTool({
  name: 'can_send_mms',
  description: 'Whether the messaging app can send MMS (picture) messages right now.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) =>
    canSendMms(db as TelecomDb) ? 'Your messaging app can send MMS messages.' : 'Your messaging app cannot send MMS messages.',
});

export const checkPaymentRequest = defineUserTool({
  name: 'check_payment_request',
  description: 'Whether the agent has sent a payment request, for which bill and amount.',
  input: none,
  annotations: { readOnlyHint: true },
  handler: (db) => {
    const request = db.user_db.surroundings.payment_request;
    if (!request) return 'No payment request has been made.';
    return `You have a payment request for bill ${request.bill_id} of ${pythonFloatRepr(request.amount_due)} USD.`;
  },
});

export const makePayment = defineUserTool({
  name: 'make_payment',
  description: "Pay the bill of the agent's payment request.",
  input: none,
  handler: (db) => {
    const request = db.user_db.surroundings.payment_request;
    if (!request) return 'You do not have a payment request.';
    request.paid = true;
    return `Payment of ${pythonFloatRepr(request.amount_due)} USD has been made for bill ${request.bill_id}.`;
  },
});
