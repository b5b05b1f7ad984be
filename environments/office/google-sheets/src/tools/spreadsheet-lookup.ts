import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { CellRows, GoogleSheetsState, Spreadsheet } from '../scenario.js';

/** Fails unless the spreadsheet exists (an entry in `spreadsheets`, whatever the other maps hold). */
export function requireSpreadsheet(state: Draft<GoogleSheetsState>, spreadsheetId: string): Draft<Spreadsheet> {
  const spreadsheet = ownEntry(state.spreadsheets, spreadsheetId);
  if (spreadsheet === undefined) throw new ToolError(`Spreadsheet ${spreadsheetId} not found: list_spreadsheets shows the ids`);
  return spreadsheet;
}

/** The cells of a tab, or undefined when the spreadsheet has no cell data under that tab title. */
export function findSheetRows(state: Draft<GoogleSheetsState>, spreadsheetId: string, sheet: string): Draft<CellRows> | undefined {
  const tabs = ownEntry(state.sheet_data, spreadsheetId);
  return tabs === undefined ? undefined : ownEntry(tabs, sheet);
}

/** The cells of a tab of an existing spreadsheet; a tab is known by its entry in `sheet_data`. */
export function requireSheetRows(state: Draft<GoogleSheetsState>, spreadsheetId: string, sheet: string): Draft<CellRows> {
  requireSpreadsheet(state, spreadsheetId);
  const rows = findSheetRows(state, spreadsheetId, sheet);
  if (rows === undefined) {
    throw new ToolError(`Sheet ${sheet} not found in spreadsheet ${spreadsheetId}: list_sheets shows its tabs`);
  }
  return rows;
}

/** Every change stamps the spreadsheet with the scenario clock. */
export function touch(state: Draft<GoogleSheetsState>, spreadsheetId: string): void {
  state.modified_times[spreadsheetId] = state.current_time;
}

/** A new tab map. Tab titles are chosen by the caller, so "__proto__" must be an ordinary key. */
export function emptyTabs(): Record<string, CellRows> {
  return Object.create(null) as Record<string, CellRows>;
}
