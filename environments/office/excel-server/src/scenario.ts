import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ExcelServer scenario, field for field. One workbook: its sheets (each a
// free-form object; the tools use `values`, `visibility` and `created`), named tables, applied
// formats and screen captures.

/** Used when a scenario names no workbook (the reference requires one, so `{}` fails to load there). */
export const DEFAULT_FILE_PATH = '/home/user/Documents/Book1.xlsx';
/** Used when a scenario gives no clock (required by the reference too). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

export const scenarioSchema = z.object({
  file_path: z.string().default(DEFAULT_FILE_PATH),
  sheets: z.record(z.string(), z.record(z.string(), z.any())).default(() => ({})),
  /** Table name → `Sheet!A1:B2`. */
  tables: z.record(z.string(), z.string()).default(() => ({})),
  /** `Sheet_A1:B2` → `{styles, applied_at}` for ranges formatted by a tool; any JSON from a scenario. */
  formats: z.record(z.string(), z.any()).default(() => ({})),
  /** `Sheet_A1:B2` (or `Sheet_full`) → image path. */
  screen_captures: z.record(z.string(), z.string()).default(() => ({})),
  supported_formats: z.record(z.string(), z.array(z.string())).default(() => ({
    excel_formats: ['.xlsx', '.xlsm', '.xls', '.xlsb'],
    image_formats: ['.png', '.jpg', '.jpeg', '.bmp'],
    csv_formats: ['.csv'],
  })),
  /** In MB; kept for the scenario shape, no tool reads it. */
  max_file_size: z.int().min(1).max(500).default(50),
  // The reference takes the host's temporary directory; a fixed one keeps results the same everywhere.
  temp_dir: z.string().default('/tmp'),
  // The reference's pattern engine reads \d as any Unicode decimal digit.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must look like 2025-01-01T09:30:00')
    .default(DEFAULT_CURRENT_TIME),
});

export type ExcelServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of ExcelServerState. */
export const defineExcelServerTool = toolsFor<ExcelServerState>();
