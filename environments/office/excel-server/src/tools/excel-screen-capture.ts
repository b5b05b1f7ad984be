import { z } from 'zod';
import { defineExcelServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

// The clock without "-" and ":", first 15 characters: 2025-05-09T14:30:00 → 20250509T143000.
function timestamp(currentTime: string): string {
  return Array.from(currentTime.replaceAll(':', '').replaceAll('-', '')).slice(0, 15).join('');
}

export const excelScreenCapture = defineExcelServerTool({
  name: 'excel_screen_capture',
  description:
    'Take a picture of a sheet, or of cell_range on it, as Excel on Windows would. The image is saved under the ' +
    'temporary directory as excel_capture_<timestamp>.png and recorded under "<sheet>_<range or full>"; returns ' +
    '{imagePath, sheetName, cellRange} (cellRange "full_sheet" when omitted). The sheet is not checked.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    file_absolute_path: z.string(),
    sheet_name: z.string(),
    cell_range: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.file_absolute_path, 'File path');
    requireText(args.sheet_name, 'Sheet name');
    const imagePath = `${state.temp_dir}/excel_capture_${timestamp(state.current_time)}.png`;
    state.screen_captures[`${args.sheet_name}_${args.cell_range || 'full'}`] = imagePath;
    return { imagePath, sheetName: args.sheet_name, cellRange: args.cell_range || 'full_sheet' };
  },
});
