import { pythonStrip } from '@envfleet/kit';

// How the reference files estimates and market data: lower case, trimmed, spaces as underscores.
export const addressKey = (address: string): string => pythonStrip(address.toLowerCase()).replaceAll(' ', '_');
export const cityStateKey = (city: string, state: string): string =>
  `${pythonStrip(city.toLowerCase())}_${pythonStrip(state.toLowerCase())}`;
