import { ToolError } from '@envfleet/kit';

/** The map key a caller's symbol refers to: symbols are stored in capitals, so "btc" finds BTC. */
export function normalizeSymbol(symbol: string): string {
  if (!symbol) throw new ToolError('Symbol must be a non-empty string (for example "BTC")');
  return symbol.toUpperCase();
}
