import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's GoogleSheets scenario, field for field. Cell values are any JSON value.
export const spreadsheetSchema = z.object({
  spreadsheet_id: z.string(),
  title: z.string(),
});

export const sheetSchema = z.object({
  sheet_id: z.int().min(0),
  title: z.string(),
});

const cellRowsSchema = z.array(z.array(z.any()));

/** The clock used when a scenario gives none (the reference requires one, so `{}` fails to load there). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

export const scenarioSchema = z.object({
  spreadsheets: z.record(z.string(), spreadsheetSchema).default(() => ({})),
  /** The tabs of each spreadsheet, in tab order, keyed by spreadsheet id. Titles may repeat. */
  sheets: z.record(z.string(), z.array(sheetSchema)).default(() => ({})),
  /** The cells of each tab: spreadsheet id → tab title → rows; rows may differ in length. */
  sheet_data: z.record(z.string(), z.record(z.string(), cellRowsSchema)).default(() => ({})),
  created_times: z.record(z.string(), z.string()).default(() => ({})),
  modified_times: z.record(z.string(), z.string()).default(() => ({})),
  // The reference's pattern engine reads \d as any Unicode decimal digit.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must look like 2025-01-01T09:30:00')
    .default(DEFAULT_CURRENT_TIME),
});

export type GoogleSheetsState = z.output<typeof scenarioSchema>;
export type Spreadsheet = z.output<typeof spreadsheetSchema>;
export type CellRows = z.output<typeof cellRowsSchema>;

/** defineTool for this environment: handlers receive a typed draft of GoogleSheetsState. */
export const defineGoogleSheetsTool = toolsFor<GoogleSheetsState>();
