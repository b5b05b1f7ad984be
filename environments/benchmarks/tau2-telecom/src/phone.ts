import { pythonRound } from '@envfleet/kit';
import type { NetworkTechnology, SignalStrength, TelecomDb } from './scenario.js';

// The simulated phone's behaviour, as τ²'s TelecomUserTools models it: what a network search finds,
// when mobile data works, what a speed test measures, what the status bar shows.

const MODE_TECHNOLOGY: Record<string, NetworkTechnology> = { '4g_only': '4G', '3g_only': '3G', '2g_only': '2G' };

function noService(db: TelecomDb): void {
  const phone = db.user_db.device;
  phone.network_connection_status = 'no_service';
  phone.network_technology_connected = 'none';
  phone.network_signal_strength = 'none';
}

export function simStatus(db: TelecomDb) {
  const phone = db.user_db.device;
  return phone.sim_card_missing ? 'missing' : phone.sim_card_status;
}

/** τ²'s simulate_network_search: connect with the preferred technology unless something blocks service. */
export function searchNetwork(db: TelecomDb): void {
  const { device: phone, surroundings } = db.user_db;
  const signalOf = (technology: NetworkTechnology): SignalStrength => surroundings.signal_strength[technology] ?? 'none';
  if (simStatus(db) === 'active') {
    phone.network_connection_status = 'connected';
    let technology: NetworkTechnology = MODE_TECHNOLOGY[phone.network_mode_preference] ?? '4G';
    if (phone.network_mode_preference === '4g_5g_preferred') technology = signalOf('5G') === 'none' ? '4G' : '5G';
    phone.network_technology_connected = technology;
    phone.network_signal_strength = signalOf(technology);
  } else {
    noService(db);
  }
  if (phone.airplane_mode || phone.active_apn_settings.apn_name === 'broken' || !surroundings.line_active) noService(db);
}

export function mobileDataWorking(db: TelecomDb): boolean {
  const { device: phone, surroundings } = db.user_db;
  if (phone.airplane_mode || phone.network_signal_strength === 'none') return false;
  if (phone.network_connection_status === 'no_service') return false;
  if (surroundings.is_abroad && (!phone.roaming_enabled || !surroundings.roaming_allowed)) return false;
  return phone.data_enabled && !surroundings.mobile_data_usage_exceeded;
}

const SPEED_RANGE: Record<NetworkTechnology, [number, number]> = {
  '2G': [0.1, 0.4],
  '3G': [1, 5],
  '4G': [10, 100],
  '5G': [50, 500],
  none: [0, 0],
};
const SIGNAL_FACTOR: Record<SignalStrength, number> = { poor: 0.2, fair: 0.5, good: 0.8, excellent: 1, none: 0 };

/** The simulated speed in Mbps and its grade, or undefined without a data connection. */
export function speedTest(db: TelecomDb): { mbps: number; grade: string } | undefined {
  if (!mobileDataWorking(db)) return undefined;
  const phone = db.user_db.device;
  let factor = phone.vpn_connected && phone.vpn_details?.server_performance === 'poor' ? 0.1 : 1;
  if (phone.data_saver_mode) factor *= 0.2;
  const [low, high] = SPEED_RANGE[phone.network_technology_connected];
  const mbps = pythonRound(((low + high) / 2) * SIGNAL_FACTOR[phone.network_signal_strength] * factor, 2);
  const grade = mbps < 1 ? 'Very Poor' : mbps < 5 ? 'Poor' : mbps < 25 ? 'Fair' : mbps < 100 ? 'Good' : 'Excellent';
  return { mbps, grade };
}

const SIGNAL_ICON: Record<SignalStrength, string> = {
  none: '📵 No Signal',
  poor: '📶¹ Poor',
  fair: '📶² Fair',
  good: '📶³ Good',
  excellent: '📶⁴ Excellent',
};

/** The one-line status bar τ² appends to every device action's answer. */
export function statusBar(db: TelecomDb): string {
  const phone = db.user_db.device;
  const parts: string[] = [];
  if (phone.airplane_mode) {
    parts.push('✈️ Airplane Mode');
  } else {
    parts.push(SIGNAL_ICON[phone.network_signal_strength]);
    const connected = phone.network_technology_connected !== 'none';
    if (connected) parts.push(phone.network_technology_connected);
    if (phone.data_enabled && connected) {
      parts.push('📱 Data Enabled');
      if (phone.data_saver_mode) parts.push('🔽 Data Saver');
    } else {
      parts.push('📵 Data Disabled');
    }
  }
  if (phone.wifi_enabled && phone.wifi_connected) parts.push(phone.wifi_ssid ? `📡 Connected to ${phone.wifi_ssid}` : '📡 Enabled');
  if (phone.vpn_connected) parts.push('🔒 VPN Connected');
  parts.push(`🔋 ${phone.battery_level}%`);
  return parts.join(' | ');
}

export const withStatusBar = (db: TelecomDb, text: string): string => `${text}\nStatus Bar: ${statusBar(db)}`;

export function canSendMms(db: TelecomDb): boolean {
  const phone = db.user_db.device;
  if (!mobileDataWorking(db) || phone.network_technology_connected === '2G') return false;
  if (phone.wifi_calling_enabled && phone.wifi_calling_mms_over_wifi) return false;
  if (phone.active_apn_settings.mmsc_url === null) return false;
  const messaging = phone.app_statuses.messaging;
  return messaging?.permissions.storage === true && messaging.permissions.sms;
}

// Toggles shared by the user's tools and τ²'s task setup functions; each returns the new setting.

export function toggleAirplaneMode(db: TelecomDb): boolean {
  const phone = db.user_db.device;
  const wasOn = phone.airplane_mode;
  phone.airplane_mode = !wasOn;
  if (wasOn) phone.network_connection_status = 'searching';
  if (!wasOn || phone.wifi_enabled) {
    phone.wifi_connected = false;
    phone.wifi_ssid = null;
    phone.wifi_signal_strength = 'none';
  }
  if (!wasOn) disconnectVpn(db);
  searchNetwork(db);
  return phone.airplane_mode;
}

export function toggleData(db: TelecomDb): boolean {
  db.user_db.device.data_enabled = !db.user_db.device.data_enabled;
  searchNetwork(db);
  return db.user_db.device.data_enabled;
}

export function toggleRoaming(db: TelecomDb): boolean {
  db.user_db.device.roaming_enabled = !db.user_db.device.roaming_enabled;
  searchNetwork(db);
  return db.user_db.device.roaming_enabled;
}

export function toggleDataSaver(db: TelecomDb): boolean {
  db.user_db.device.data_saver_mode = !db.user_db.device.data_saver_mode;
  return db.user_db.device.data_saver_mode;
}

/** Connect the VPN to τ²'s default server; false when it already was connected. */
export function connectVpn(db: TelecomDb): boolean {
  const phone = db.user_db.device;
  if (phone.vpn_connected) return false;
  phone.vpn_connected = true;
  phone.vpn_details = { server_address: '192.168.1.1', protocol: 'OpenVPN', server_performance: 'excellent' };
  return true;
}

export function disconnectVpn(db: TelecomDb): boolean {
  const phone = db.user_db.device;
  if (!phone.vpn_connected) return false;
  phone.vpn_connected = false;
  phone.vpn_details = null;
  return true;
}

/** τ²'s network mode setter: undefined (and nothing changed) for a mode it does not know. */
export function setNetworkMode(db: TelecomDb, mode: string): string | undefined {
  const modes: readonly string[] = ['4g_5g_preferred', '4g_only', '3g_only', '2g_only'];
  if (!modes.includes(mode)) return undefined;
  db.user_db.device.network_mode_preference = mode as TelecomDb['user_db']['device']['network_mode_preference'];
  searchNetwork(db);
  return mode;
}
