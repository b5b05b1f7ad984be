import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { excelServer } from '../src/index.js';

type Outcome = ReturnType<typeof excelServer.call>;

const world = {
  file_path: '/data/budget.xlsx',
  current_time: '2024-06-01T12:00:00',
  sheets: {
    Data: { values: [[1, 2], ['a']], note: 'keep me' },
    Hidden: { values: [['h']], visibility: 'hidden' },
    Loose: { A1: 'no values key' },
  },
  tables: { Old: 'Data!A1:B2' },
  formats: { Data_A1: { numFmt: '0.00' } },
  screen_captures: {},
};
const FILE = '/data/budget.xlsx';

function call(name: string, args: Record<string, unknown>, scenario: unknown = world): Outcome {
  return excelServer.call(excelServer.load(scenario), name, args);
}

// A failing call reports this message and hands back the very same state object.
function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, scenario: unknown = world): void {
  const before = excelServer.load(scenario);
  const outcome = excelServer.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('ExcelServer scenario', () => {
  it('loads {} as an empty workbook with a path, a clock, /tmp and the reference format lists', () => {
    expect(excelServer.load({})).toEqual({
      file_path: '/home/user/Documents/Book1.xlsx',
      sheets: {},
      tables: {},
      formats: {},
      screen_captures: {},
      supported_formats: {
        excel_formats: ['.xlsx', '.xlsm', '.xls', '.xlsb'],
        image_formats: ['.png', '.jpg', '.jpeg', '.bmp'],
        csv_formats: ['.csv'],
      },
      max_file_size: 50,
      temp_dir: '/tmp',
      current_time: '2025-01-01T00:00:00',
    });
  });

  it('checks max_file_size bounds and the clock format', () => {
    expect(() => excelServer.load({ max_file_size: 0 })).toThrow(/max_file_size/);
    expect(() => excelServer.load({ max_file_size: 501 })).toThrow(/max_file_size/);
    expect(excelServer.load({ max_file_size: '500' }).max_file_size).toBe(500);
    expect(() => excelServer.load({ current_time: '2024-06-01' })).toThrow(/current_time/);
  });
});

describe('excel_describe_sheets', () => {
  it('lists sheets in order with their visibility, "visible" by default', () => {
    expect(call('excel_describe_sheets', { file_absolute_path: FILE }).content).toEqual({
      sheets: [
        { name: 'Data', index: 0, visibility: 'visible' },
        { name: 'Hidden', index: 1, visibility: 'hidden' },
        { name: 'Loose', index: 2, visibility: 'visible' },
      ],
    });
  });

  it('accepts any absolute path, Windows drives included, and refuses relative ones', () => {
    for (const path of ['/other.xlsx', 'C:\\Books\\a.xlsx', 'c:', ':x']) {
      expect(call('excel_describe_sheets', { file_absolute_path: path }).isError).toBe(false);
    }
    expectFailure('excel_describe_sheets', { file_absolute_path: 'budget.xlsx' }, /^File path must be absolute/);
    expectFailure('excel_describe_sheets', { file_absolute_path: 'ab:c' }, /^File path must be absolute/);
    expectFailure('excel_describe_sheets', { file_absolute_path: '' }, 'File path must be a non-empty string');
  });
});

describe('excel_read_sheet', () => {
  it('returns the stored rows whatever the range, echoing the range', () => {
    expect(
      call('excel_read_sheet', { file_absolute_path: FILE, sheet_name: 'Data', cell_range: 'B2:C3', show_formula: 'yes' }).content,
    ).toEqual({
      values: [[1, 2], ['a']],
      cellRange: 'B2:C3',
      sheetName: 'Data',
    });
    expect(call('excel_read_sheet', { file_absolute_path: 'relative is fine here', sheet_name: 'Loose' }).content).toEqual({
      values: [],
      cellRange: 'A1:Z100',
      sheetName: 'Loose',
    });
  });

  it('reads an unknown sheet as no rows', () => {
    expect(call('excel_read_sheet', { file_absolute_path: FILE, sheet_name: 'constructor', cell_range: '' }).content).toEqual({
      values: [],
      cellRange: 'A1:Z100',
      sheetName: 'constructor',
    });
    expectFailure('excel_read_sheet', { file_absolute_path: FILE, sheet_name: '' }, 'Sheet name must be a non-empty string');
    expectFailure('excel_read_sheet', { file_absolute_path: '', sheet_name: 'Data' }, 'File path must be a non-empty string');
  });
});

describe('excel_write_to_sheet', () => {
  it('replaces the values of an existing sheet and keeps its other fields', () => {
    const outcome = call('excel_write_to_sheet', {
      file_absolute_path: FILE,
      sheet_name: 'Data',
      new_sheet: false,
      cell_range: 'C5',
      values: [[7]],
    });
    expect(outcome.content).toEqual({ status: 'success', fileAbsolutePath: FILE, sheetName: 'Data' });
    expect(outcome.state.sheets.Data).toEqual({ values: [[7]], note: 'keep me' });
  });

  it('creates a sheet (or recreates one with new_sheet) stamped with the clock', () => {
    const created = call('excel_write_to_sheet', {
      file_absolute_path: 'x',
      sheet_name: 'New',
      new_sheet: 'false',
      cell_range: 'A1',
      values: '[[1, null]]',
    });
    expect(created.state.sheets.New).toEqual({ values: [[1, null]], visibility: 'visible', created: '2024-06-01T12:00:00' });
    const recreated = call('excel_write_to_sheet', {
      file_absolute_path: FILE,
      sheet_name: 'Hidden',
      new_sheet: 1,
      cell_range: 'A1',
      values: [],
    });
    expect(recreated.state.sheets.Hidden).toEqual({ values: [], visibility: 'visible', created: '2024-06-01T12:00:00' });
  });

  it('errors', () => {
    const args = { file_absolute_path: FILE, sheet_name: 'Data', new_sheet: false, cell_range: 'A1', values: [[1]] };
    expectFailure('excel_write_to_sheet', { ...args, cell_range: '' }, 'Cell range must be a non-empty string');
    expectFailure('excel_write_to_sheet', { ...args, sheet_name: '' }, 'Sheet name must be a non-empty string');
    expectFailure('excel_write_to_sheet', { ...args, values: [1, 2] }, /values/);
    expectFailure('excel_write_to_sheet', { ...args, new_sheet: 'maybe' }, /new_sheet/);
  });
});

describe('excel_copy_sheet', () => {
  it('copies every field of the source, replacing the destination', () => {
    const outcome = call('excel_copy_sheet', { file_absolute_path: FILE, src_sheet_name: 'Data', dst_sheet_name: 'Hidden' });
    expect(outcome.content).toEqual({ srcSheetName: 'Data', dstSheetName: 'Hidden', fileAbsolutePath: FILE });
    expect(outcome.state.sheets.Hidden).toEqual(world.sheets.Data);
    // Later writes to the copy leave the source alone.
    const written = excelServer.call(outcome.state, 'excel_write_to_sheet', {
      file_absolute_path: FILE,
      sheet_name: 'Hidden',
      new_sheet: false,
      cell_range: 'A1',
      values: [[0]],
    });
    expect(written.state.sheets.Data).toEqual(world.sheets.Data);
  });

  it('errors', () => {
    expectFailure(
      'excel_copy_sheet',
      { file_absolute_path: FILE, src_sheet_name: 'Nope', dst_sheet_name: 'X' },
      /^Source sheet 'Nope' not found/,
    );
    expectFailure(
      'excel_copy_sheet',
      { file_absolute_path: FILE, src_sheet_name: '', dst_sheet_name: 'X' },
      'Source sheet name must be a non-empty string',
    );
    expectFailure(
      'excel_copy_sheet',
      { file_absolute_path: FILE, src_sheet_name: 'Data', dst_sheet_name: '' },
      'Destination sheet name must be a non-empty string',
    );
  });
});

describe('tables, formats and captures', () => {
  it('excel_create_table records Sheet!range under the name, without checking the sheet', () => {
    const outcome = call('excel_create_table', { file_absolute_path: FILE, sheet_name: 'Ghost', cell_range: 'A1:D9', table_name: 'Old' });
    expect(outcome.content).toEqual({ tableName: 'Old', cellRange: 'A1:D9', sheetName: 'Ghost' });
    expect(outcome.state.tables).toEqual({ Old: 'Ghost!A1:D9' });
    expectFailure(
      'excel_create_table',
      { file_absolute_path: FILE, sheet_name: 'Data', cell_range: 'A1', table_name: '' },
      'Table name must be a non-empty string',
    );
  });

  it('excel_format_range records the styles and the time under sheet_range', () => {
    const styles = [[{ font: { bold: true } }, {}]];
    const outcome = call('excel_format_range', { file_absolute_path: FILE, sheet_name: 'Data', cell_range: 'A1', styles });
    expect(outcome.content).toEqual({ status: 'success', formattedRange: 'A1', sheetName: 'Data' });
    expect(outcome.state.formats).toEqual({ Data_A1: { styles, applied_at: '2024-06-01T12:00:00' } });
    expectFailure('excel_format_range', { file_absolute_path: FILE, sheet_name: 'Data', cell_range: 'A1', styles: [[1]] }, /styles/);
    expectFailure(
      'excel_format_range',
      { file_absolute_path: FILE, sheet_name: 'Data', cell_range: '', styles },
      'Cell range must be a non-empty string',
    );
  });

  it('excel_screen_capture saves an image path named after the clock', () => {
    const { outcomes, state } = runCalls(excelServer, world, [
      ['excel_screen_capture', { file_absolute_path: FILE, sheet_name: 'Data', cell_range: 'A1:B2' }],
      ['excel_screen_capture', { file_absolute_path: FILE, sheet_name: 'Nowhere' }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { imagePath: '/tmp/excel_capture_20240601T120000.png', sheetName: 'Data', cellRange: 'A1:B2' },
      { imagePath: '/tmp/excel_capture_20240601T120000.png', sheetName: 'Nowhere', cellRange: 'full_sheet' },
    ]);
    expect(state.screen_captures).toEqual({
      'Data_A1:B2': '/tmp/excel_capture_20240601T120000.png',
      Nowhere_full: '/tmp/excel_capture_20240601T120000.png',
    });
    expectFailure('excel_screen_capture', { file_absolute_path: FILE, sheet_name: '' }, 'Sheet name must be a non-empty string');
  });
});

describe('the demo workbook', () => {
  it('has hidden sheets and a sheet without values', () => {
    const demo = excelServer.loadPreset('demo');
    const described = excelServer.call(demo, 'excel_describe_sheets', { file_absolute_path: demo.file_path }).content as {
      sheets: { name: string; visibility: string }[];
    };
    expect(described.sheets.map((sheet) => `${sheet.name}:${sheet.visibility}`)).toEqual([
      'Summary:visible',
      'Revenue:visible',
      'Expenses:visible',
      'Headcount:hidden',
      'Assumptions:veryHidden',
      'Notes:visible',
    ]);
    expect(excelServer.call(demo, 'excel_read_sheet', { file_absolute_path: demo.file_path, sheet_name: 'Notes' }).content).toMatchObject({
      values: [],
    });
  });

  it('captures into the Windows temporary directory', () => {
    const demo = excelServer.loadPreset('demo');
    const outcome = excelServer.call(demo, 'excel_screen_capture', { file_absolute_path: demo.file_path, sheet_name: 'Revenue' });
    expect(outcome.content).toMatchObject({
      imagePath: 'C:\\Users\\dana.whitfield\\AppData\\Local\\Temp/excel_capture_20250512T101500.png',
    });
  });
});
