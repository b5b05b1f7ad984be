import { pythonStrip } from '@envfleet/kit';

/**
 * The values of a comma-separated filter, each stripped of surrounding whitespace and folded to one
 * case, as a set: filters only ask whether a value is among them, and a long list from a request
 * must cost one pass, not one pass per record. Empty pieces stay (a trailing comma asks for records
 * whose field is empty, as in the reference).
 */
export function commaList(text: string, fold: (piece: string) => string): ReadonlySet<string> {
  return new Set(text.split(',').map((piece) => fold(pythonStrip(piece))));
}

export const lower = (piece: string) => piece.toLowerCase();
export const upper = (piece: string) => piece.toUpperCase();
