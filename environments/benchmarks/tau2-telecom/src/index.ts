import { defineEnvironment } from '@envfleet/kit';
import { checkTelecomAssertions } from './assertions.js';
import { demo } from './presets/demo.js';
import { scenarioSchema, shippedDb } from './scenario.js';
import { getBillsForCustomer, sendPaymentRequest, transferToHumanAgents } from './tools/bills.js';
import { getCustomerById, getCustomerByName, getCustomerByPhone, getDetailsById } from './tools/customers.js';
import { disableRoaming, enableRoaming, getDataUsage, refuelData, resumeLine, suspendLine } from './tools/lines.js';
import {
  checkDataRestrictionStatus,
  checkNetworkModePreference,
  checkNetworkStatus,
  checkSimStatus,
  checkStatusBar,
  rebootDevice,
  reseatSimCard,
  runSpeedTest,
  setNetworkModePreference,
  toggleAirplaneModeTool,
  toggleDataSaverMode,
  toggleDataTool,
  toggleRoamingTool,
} from './tools/phone-network.js';
import {
  canSendMmsTool,
  checkApnSettings,
  checkAppPermissions,
  checkAppStatus,
  checkInstalledApps,
  checkPaymentRequest,
  checkVpnStatus,
  checkWifiCallingStatus,
  checkWifiStatus,
  connectVpnTool,
  disconnectVpnTool,
  grantAppPermission,
  makePayment,
  resetApnSettings,
  setApnSettings,
  toggleWifi,
  toggleWifiCalling,
} from './tools/phone-settings.js';

const environment = defineEnvironment({
  name: 'Tau2Telecom',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "τ²-bench's telecom domain, with its tool names, arguments, results and error texts: the agent's customer, line and " +
    "bill tools, and the user's own phone (tools marked [user tool]: status bar, airplane mode, SIM, data, roaming, APN, " +
    "Wi-Fi calling, VPN, app permissions, payment) in one world that stays in step, as τ²'s sync_tools keeps it. Starts " +
    "from τ²'s telecom database and default phone (clock fixed at 2025-02-25).",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    // The agent's tools.
    getCustomerByPhone,
    getCustomerById,
    getCustomerByName,
    getDetailsById,
    suspendLine,
    resumeLine,
    getBillsForCustomer,
    sendPaymentRequest,
    getDataUsage,
    enableRoaming,
    disableRoaming,
    transferToHumanAgents,
    refuelData,
    // The user's phone.
    checkStatusBar,
    checkNetworkStatus,
    checkNetworkModePreference,
    setNetworkModePreference,
    runSpeedTest,
    toggleAirplaneModeTool,
    checkSimStatus,
    reseatSimCard,
    toggleDataTool,
    toggleRoamingTool,
    checkDataRestrictionStatus,
    toggleDataSaverMode,
    checkApnSettings,
    setApnSettings,
    resetApnSettings,
    checkWifiStatus,
    toggleWifi,
    checkWifiCallingStatus,
    toggleWifiCalling,
    checkVpnStatus,
    connectVpnTool,
    disconnectVpnTool,
    checkInstalledApps,
    checkAppStatus,
    checkAppPermissions,
    grantAppPermission,
    canSendMmsTool,
    rebootDevice,
    checkPaymentRequest,
    makePayment,
  ],
});

/**
 * τ²'s env assertions travel with the environment, beside its tools (in τ² too they are functions of
 * the toolkits, not tools): `POST …/evaluate/tau2` finds them as `checkTau2Assertions`. The
 * environment's own properties are copied as they are (its lazy `defaultScenario` stays lazy).
 */
export const tau2Telecom = Object.freeze(
  Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(environment), checkTau2Assertions: { value: checkTelecomAssertions, enumerable: true } },
  ),
) as typeof environment & { readonly checkTau2Assertions: typeof checkTelecomAssertions };

export default tau2Telecom;
export { scenarioSchema, shippedDb };
export { TAU2_REQUESTOR, USER_TOOL_PREFIX } from './define.js';
export { initialStateScenario, SETUP_FUNCTIONS } from './setup.js';
export type { Tau2EnvFunctionCall, Tau2InitialState } from './setup.js';
export type { Bill, Customer, Device, Line, Phone, Plan, Surroundings, TelecomDb } from './scenario.js';
export { checkTelecomAssertions, runTelecomAssertion } from './assertions.js';
export type { Tau2AssertionChecks, Tau2EnvAssertion } from './assertions.js';
