import { initialStateScenario } from '../setup.js';

// John Smith (555-123-2002, customer C1001, line L1002) abroad with data roaming off on his phone
// and on his line: the set-up of τ²'s first telecom task, so the user's tools have a story to tell.
export const demo: Record<string, unknown> = initialStateScenario({
  initialization_actions: [
    { env_type: 'user', func_name: 'set_user_info', arguments: { name: 'John Smith', phone_number: '555-123-2002' } },
    { env_type: 'user', func_name: 'set_user_location', arguments: { abroad: true } },
    { env_type: 'user', func_name: 'turn_roaming_off', arguments: {} },
  ],
});
