import { ownEntry, ToolError } from '@envfleet/kit';

/**
 * What the scenario holds for a symbol in one of its maps, or a ToolError saying that kind of data
 * is missing for it (most tools fail there; dividends and news answer empty instead).
 */
export function symbolData<V>(map: Readonly<Record<string, V>>, symbol: string, what: string): V {
  const found = ownEntry(map, symbol);
  if (found === undefined) throw new ToolError(`${what} not found for symbol ${symbol}`);
  return found;
}
