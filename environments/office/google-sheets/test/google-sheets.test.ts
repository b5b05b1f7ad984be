import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { googleSheets } from '../src/index.js';

type Outcome = ReturnType<typeof googleSheets.call>;

const world = {
  current_time: '2024-06-01T12:00:00',
  spreadsheets: {
    s1: { spreadsheet_id: 's1', title: 'Budget' },
    s2: { spreadsheet_id: 's2', title: 'Empty' },
    s3: { spreadsheet_id: 's3', title: 'No tab list' },
  },
  sheets: {
    s1: [
      { sheet_id: 1, title: 'Costs' },
      { sheet_id: 2, title: 'Notes' },
      { sheet_id: 3, title: 'Listed only' },
    ],
    s2: [],
  },
  sheet_data: {
    s1: {
      Costs: [['Item', 'Q1', 'Q2', 'Q3'], ['Rent', 100, 110], [], ['Travel', 5, 6, 7, 8]],
      Notes: [['hello']],
    },
    s3: { Hidden: [[1, 2]] },
  },
  created_times: { s1: '2024-01-02T03:04:05' },
  modified_times: { s1: '2024-05-01T00:00:00' },
};

function call(name: string, args: Record<string, unknown>, scenario: unknown = world): Outcome {
  return googleSheets.call(googleSheets.load(scenario), name, args);
}

// A failing call reports this message and hands back the very same state object.
function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, scenario: unknown = world): void {
  const before = googleSheets.load(scenario);
  const outcome = googleSheets.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

function rowsOf(outcome: Outcome, spreadsheetId: string, sheet: string): unknown {
  return outcome.state.sheet_data[spreadsheetId]?.[sheet];
}

describe('GoogleSheets scenario', () => {
  it('loads {} as an empty Drive with a fixed clock, and the demo preset', () => {
    const state = googleSheets.load({});
    expect(state).toEqual({
      spreadsheets: {},
      sheets: {},
      sheet_data: {},
      created_times: {},
      modified_times: {},
      current_time: '2025-01-01T00:00:00',
    });
    const demo = googleSheets.loadPreset('demo');
    expect(Object.keys(demo.spreadsheets)).toHaveLength(6);
  });

  it('refuses a clock that is not YYYY-MM-DDTHH:MM:SS', () => {
    expect(() => googleSheets.load({ current_time: '2024-06-01 12:00' })).toThrow(/current_time/);
    expect(() => googleSheets.load({ current_time: '2024-06-01T12:00:00Z' })).toThrow(/current_time/);
  });
});

describe('reading', () => {
  it('list_spreadsheets lists ids and titles in order', () => {
    expect(call('list_spreadsheets', {}).content).toEqual({
      spreadsheets: [
        { spreadsheet_id: 's1', title: 'Budget' },
        { spreadsheet_id: 's2', title: 'Empty' },
        { spreadsheet_id: 's3', title: 'No tab list' },
      ],
    });
    expect(call('list_spreadsheets', {}, {}).content).toEqual({ spreadsheets: [] });
  });

  it('get_spreadsheet_info shows tabs and times, empty strings when unknown', () => {
    expect(call('get_spreadsheet_info', { spreadsheet_id: 's1' }).content).toEqual({
      spreadsheet_id: 's1',
      title: 'Budget',
      sheets: ['Costs', 'Notes', 'Listed only'],
      created_time: '2024-01-02T03:04:05',
      modified_time: '2024-05-01T00:00:00',
    });
    expect(call('get_spreadsheet_info', { spreadsheet_id: 's3' }).content).toEqual({
      spreadsheet_id: 's3',
      title: 'No tab list',
      sheets: [],
      created_time: '',
      modified_time: '',
    });
    expectFailure('get_spreadsheet_info', { spreadsheet_id: '' }, 'spreadsheet_id must be a non-empty string');
    expectFailure('get_spreadsheet_info', { spreadsheet_id: 'nope' }, /^Spreadsheet nope not found/);
    expectFailure('get_spreadsheet_info', { spreadsheet_id: 'constructor' }, /^Spreadsheet constructor not found/);
  });

  it('list_sheets names the tabs from the tab list, not from the stored cells', () => {
    expect(call('list_sheets', { spreadsheet_id: 's1' }).content).toEqual({ sheet_names: ['Costs', 'Notes', 'Listed only'] });
    expect(call('list_sheets', { spreadsheet_id: 's3' }).content).toEqual({ sheet_names: [] });
    expectFailure('list_sheets', { spreadsheet_id: 'nope' }, /^Spreadsheet nope not found/);
    expectFailure('list_sheets', { spreadsheet_id: '' }, 'spreadsheet_id must be a non-empty string');
  });

  it('get_sheet_data returns every row, or [] for a tab without stored cells', () => {
    expect(call('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Notes' }).content).toEqual({ data: [['hello']] });
    expect(call('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Listed only' }).content).toEqual({ data: [] });
    expect(call('get_sheet_data', { spreadsheet_id: 's2', sheet: 'Anything' }).content).toEqual({ data: [] });
    expect(call('get_sheet_data', { spreadsheet_id: 's3', sheet: 'Hidden' }).content).toEqual({ data: [[1, 2]] });
    expectFailure('get_sheet_data', { spreadsheet_id: 'nope', sheet: 'Costs' }, /^Spreadsheet nope not found/);
    expectFailure('get_sheet_data', { spreadsheet_id: 's1', sheet: '' }, 'sheet must be a non-empty string');
  });

  it('get_sheet_data cuts a COLROW:COLROW range out of ragged rows', () => {
    const read = (range: string | null) => call('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Costs', range }).content;
    expect(read('B2:C4')).toEqual({ data: [[100, 110], [], [5, 6]] });
    expect(read('C1:Z2')).toEqual({ data: [['Q2', 'Q3'], [110]] });
    // Row 0 and reversed bounds are taken literally.
    expect(read('A0:A1')).toEqual({ data: [['Item']] });
    expect(read('C1:B2')).toEqual({ data: [[], []] });
    // Digits of any script, and a trailing newline, as Python's regular expressions allow.
    expect(read('A١:B٢')).toEqual({
      data: [
        ['Item', 'Q1'],
        ['Rent', 100],
      ],
    });
    expect(read('A1:A1\n')).toEqual({ data: [['Item']] });
  });

  it('get_sheet_data returns the whole tab for range text it does not understand', () => {
    const whole = call('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Costs' }).content;
    for (const range of ['A1', 'a1:b2', 'Costs!A1:B2', 'A1:B2 ', 'A:B', '', null]) {
      expect(call('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Costs', range }).content).toEqual(whole);
    }
  });

  it('get_sheet_data refuses columns past Z in a range', () => {
    expectFailure('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Costs', range: 'AA1:B2' }, /Column AA .* single letters A to Z/);
    expectFailure('get_sheet_data', { spreadsheet_id: 's1', sheet: 'Costs', range: 'A1:AB2' }, /Column AB/);
  });
});

describe('creating', () => {
  it('create_spreadsheet makes an empty spreadsheet stamped with the scenario clock', () => {
    const outcome = call('create_spreadsheet', { title: 'Plan' });
    const { spreadsheet_id: id, title, url } = outcome.content as { spreadsheet_id: string; title: string; url: string };
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(title).toBe('Plan');
    expect(url).toBe(`https://docs.google.com/spreadsheets/d/${id}`);
    expect(outcome.state.spreadsheets[id]).toEqual({ spreadsheet_id: id, title: 'Plan' });
    expect(outcome.state.sheets[id]).toEqual([]);
    expect(outcome.state.sheet_data[id]).toEqual({});
    expect(outcome.state.created_times[id]).toBe('2024-06-01T12:00:00');
    expect(outcome.state.modified_times[id]).toBe('2024-06-01T12:00:00');
    expectFailure('create_spreadsheet', { title: '' }, 'title must be a non-empty string');
  });

  it('new ids depend only on the episode seed and the call index', () => {
    const state = googleSheets.load(world);
    const first = googleSheets.call(state, 'create_spreadsheet', { title: 'A' }, { seed: 7, callIndex: 3 });
    const again = googleSheets.call(state, 'create_spreadsheet', { title: 'A' }, { seed: 7, callIndex: 3 });
    const later = googleSheets.call(state, 'create_spreadsheet', { title: 'A' }, { seed: 7, callIndex: 4 });
    expect(again.content).toEqual(first.content);
    expect(later.content).not.toEqual(first.content);
  });

  it('create_sheet appends a tab with empty cells, even over an existing title', () => {
    const outcome = call('create_sheet', { spreadsheet_id: 's1', title: 'Notes' });
    const { sheet_id: sheetId } = outcome.content as { sheet_id: number };
    expect(outcome.content).toEqual({ sheet_id: sheetId, title: 'Notes', spreadsheet_id: 's1' });
    expect(Number.isInteger(sheetId) && sheetId >= 0 && sheetId < 1e9).toBe(true);
    expect(outcome.state.sheets.s1?.map((sheet) => sheet.title)).toEqual(['Costs', 'Notes', 'Listed only', 'Notes']);
    expect(rowsOf(outcome, 's1', 'Notes')).toEqual([]);
    expect(outcome.state.modified_times.s1).toBe('2024-06-01T12:00:00');
  });

  it('create_sheet starts the tab list and cell map of a spreadsheet that has none', () => {
    const outcome = call('create_sheet', { spreadsheet_id: 's3', title: '__proto__' });
    expect(outcome.state.sheets.s3?.map((sheet) => sheet.title)).toEqual(['__proto__']);
    expect(Object.keys(outcome.state.sheet_data.s3 ?? {})).toEqual(['Hidden', '__proto__']);
    const created = runCalls(googleSheets, world, [['create_spreadsheet', { title: 'T' }]]);
    const id = Object.keys(created.state.spreadsheets).at(-1) ?? '';
    const tab = googleSheets.call(created.state, 'create_sheet', { spreadsheet_id: id, title: '__proto__' });
    expect(Object.keys(tab.state.sheet_data[id] ?? {})).toEqual(['__proto__']);
  });

  it('create_sheet errors', () => {
    expectFailure('create_sheet', { spreadsheet_id: 'nope', title: 'T' }, /^Spreadsheet nope not found/);
    expectFailure('create_sheet', { spreadsheet_id: '', title: 'T' }, 'spreadsheet_id must be a non-empty string');
    expectFailure('create_sheet', { spreadsheet_id: 's1', title: '' }, 'title must be a non-empty string');
  });
});

describe('writing cells', () => {
  it('batch_update_cells with range and data replaces the whole tab', () => {
    const outcome = call('batch_update_cells', { spreadsheet_id: 's1', sheet: 'Costs', range: 'D4:E5', data: [[1, 2], [3]] });
    expect(outcome.content).toEqual({ updated_ranges: ['D4:E5'], total_updated_cells: 3, spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Costs')).toEqual([[1, 2], [3]]);
    expect(outcome.state.modified_times.s1).toBe('2024-06-01T12:00:00');
  });

  it('batch_update_cells with ranges writes only the first entry', () => {
    const outcome = call('batch_update_cells', { spreadsheet_id: 's1', sheet: 'Notes', ranges: { A1: [['x', 'y']], B2: [['z']] } });
    expect(outcome.content).toEqual({ updated_ranges: ['A1'], total_updated_cells: 2, spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Notes')).toEqual([['x', 'y']]);
  });

  it('batch_update_cells prefers range and data over ranges, and reads JSON text', () => {
    const outcome = call('batch_update_cells', {
      spreadsheet_id: 's1',
      sheet: 'Notes',
      range: 'A1:A2',
      data: '[[1], [null]]',
      ranges: '{"C1": [[9]]}',
    });
    expect(outcome.content).toEqual({ updated_ranges: ['A1:A2'], total_updated_cells: 2, spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Notes')).toEqual([[1], [null]]);
  });

  it('batch_update_cells with nothing to write still stamps the spreadsheet', () => {
    for (const args of [{}, { range: '', data: [[1]] }, { ranges: {} }]) {
      const outcome = call('batch_update_cells', { spreadsheet_id: 's1', sheet: 'Notes', ...args });
      expect(outcome.content).toEqual({ updated_ranges: [], total_updated_cells: 0, spreadsheet_id: 's1' });
      expect(rowsOf(outcome, 's1', 'Notes')).toEqual([['hello']]);
      expect(outcome.state.modified_times.s1).toBe('2024-06-01T12:00:00');
    }
  });

  it('batch_update_cells errors', () => {
    expectFailure('batch_update_cells', { spreadsheet_id: 's1', sheet: 'Notes', range: 'A1' }, /^data is required when range is given/);
    // The missing data is reported before the spreadsheet is looked up.
    expectFailure('batch_update_cells', { spreadsheet_id: 'nope', sheet: 'Notes', range: 'A1' }, /^data is required/);
    expectFailure('batch_update_cells', { spreadsheet_id: 'nope', sheet: 'Notes', data: [[1]] }, /^Spreadsheet nope not found/);
    expectFailure(
      'batch_update_cells',
      { spreadsheet_id: 's1', sheet: 'Listed only', range: 'A1', data: [[1]] },
      /^Sheet Listed only not found in spreadsheet s1/,
    );
    expectFailure('batch_update_cells', { spreadsheet_id: 's1', sheet: '', data: [[1]] }, 'sheet must be a non-empty string');
  });
});

describe('rows and columns', () => {
  it('add_rows appends empty rows', () => {
    const outcome = call('add_rows', { spreadsheet_id: 's1', sheet: 'Notes', count: '2' });
    expect(outcome.content).toEqual({ added_rows: 2, sheet: 'Notes', spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Notes')).toEqual([['hello'], [], []]);
    expect(rowsOf(call('add_rows', { spreadsheet_id: 's1', sheet: 'Notes' }), 's1', 'Notes')).toEqual([['hello'], []]);
  });

  it('add_columns pads every row with nulls; an empty tab stays empty', () => {
    const outcome = call('add_columns', { spreadsheet_id: 's1', sheet: 'Costs', count: 2 });
    expect(outcome.content).toEqual({ added_columns: 2, sheet: 'Costs', spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Costs')).toEqual([
      ['Item', 'Q1', 'Q2', 'Q3', null, null],
      ['Rent', 100, 110, null, null],
      [null, null],
      ['Travel', 5, 6, 7, 8, null, null],
    ]);
    const empty = runCalls(googleSheets, world, [
      ['create_sheet', { spreadsheet_id: 's2', title: 'T' }],
      ['add_columns', { spreadsheet_id: 's2', sheet: 'T', count: 1e20 }],
    ]);
    expect(empty.outcomes[1]?.content).toEqual({ added_columns: 1e20, sheet: 'T', spreadsheet_id: 's2' });
    expect(empty.state.sheet_data.s2).toEqual({ T: [] });
  });

  it('add_rows and add_columns refuse counts below 1 and absurd growth', () => {
    for (const tool of ['add_rows', 'add_columns']) {
      expectFailure(tool, { spreadsheet_id: 's1', sheet: 'Notes', count: 0 }, /^count must be at least 1/);
      expectFailure(tool, { spreadsheet_id: 'nope', sheet: 'Notes' }, /^Spreadsheet nope not found/);
      expectFailure(tool, { spreadsheet_id: 's1', sheet: 'Listed only' }, /^Sheet Listed only not found/);
      expectFailure(tool, { spreadsheet_id: 's1', sheet: 'Notes', count: 1e12 }, /at most 1000000 can be added per call/);
    }
    expectFailure('add_columns', { spreadsheet_id: 's1', sheet: 'Costs', count: 250_001 }, /would add 1000004 cells/);
  });

  it('delete_rows removes rows from start_index and reports the count asked for', () => {
    const outcome = call('delete_rows', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 1, count: 10 });
    expect(outcome.content).toEqual({ deleted_rows: 10, sheet: 'Costs', spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Costs')).toEqual([['Item', 'Q1', 'Q2', 'Q3']]);
    expect(rowsOf(call('delete_rows', { spreadsheet_id: 's1', sheet: 'Costs', start_index: '2' }), 's1', 'Costs')).toEqual([
      ['Item', 'Q1', 'Q2', 'Q3'],
      ['Rent', 100, 110],
      ['Travel', 5, 6, 7, 8],
    ]);
  });

  it('delete_rows errors', () => {
    expectFailure(
      'delete_rows',
      { spreadsheet_id: 's1', sheet: 'Costs', start_index: 4 },
      'Invalid start_index 4: row indexes run from 0 to 3',
    );
    expectFailure('delete_rows', { spreadsheet_id: 's1', sheet: 'Costs', start_index: -1 }, /^start_index must be non-negative/);
    expectFailure('delete_rows', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 0, count: 0 }, /^count must be at least 1/);
    expectFailure('delete_rows', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 1.5 }, /start_index/);
    const empty = { ...world, sheet_data: { s1: { Costs: [] } } };
    expectFailure(
      'delete_rows',
      { spreadsheet_id: 's1', sheet: 'Costs', start_index: 0 },
      'Invalid start_index 0: the sheet has no rows',
      empty,
    );
  });

  it('delete_columns removes columns from rows long enough to have them', () => {
    const outcome = call('delete_columns', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 2, count: 2 });
    expect(outcome.content).toEqual({ deleted_columns: 2, sheet: 'Costs', spreadsheet_id: 's1' });
    expect(rowsOf(outcome, 's1', 'Costs')).toEqual([['Item', 'Q1'], ['Rent', 100], [], ['Travel', 5, 8]]);
    // Past every row: nothing to delete, still a success.
    const far = call('delete_columns', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 50 });
    expect(rowsOf(far, 's1', 'Costs')).toEqual(world.sheet_data.s1.Costs);
    expect(far.state.modified_times.s1).toBe('2024-06-01T12:00:00');
    expectFailure('delete_columns', { spreadsheet_id: 's1', sheet: 'Costs', start_index: -2 }, /^start_index must be non-negative/);
    expectFailure('delete_columns', { spreadsheet_id: 's1', sheet: 'Costs', start_index: 0, count: -1 }, /^count must be at least 1/);
    expectFailure('delete_columns', { spreadsheet_id: 's1', sheet: 'Nope', start_index: 0 }, /^Sheet Nope not found/);
  });
});

describe('copying and renaming tabs', () => {
  it('copy_sheet duplicates the cells under the new name at the end of the tab list', () => {
    const outcome = call('copy_sheet', { spreadsheet_id: 's1', sheet: 'Costs', new_sheet_name: 'Costs (copy)' });
    const { sheet_id: sheetId } = outcome.content as { sheet_id: number };
    expect(outcome.content).toEqual({ sheet_id: sheetId, title: 'Costs (copy)', spreadsheet_id: 's1' });
    expect(outcome.state.sheets.s1?.at(-1)).toEqual({ sheet_id: sheetId, title: 'Costs (copy)' });
    expect(rowsOf(outcome, 's1', 'Costs (copy)')).toEqual(world.sheet_data.s1.Costs);
    // The copy is independent of the original.
    const edited = googleSheets.call(outcome.state, 'delete_columns', { spreadsheet_id: 's1', sheet: 'Costs (copy)', start_index: 0 });
    expect(rowsOf(edited, 's1', 'Costs')).toEqual(world.sheet_data.s1.Costs);
  });

  it('copy_sheet can copy a tab that is not in the tab list, and onto an existing name', () => {
    const outcome = call('copy_sheet', { spreadsheet_id: 's3', sheet: 'Hidden', new_sheet_name: 'Hidden' });
    expect(outcome.state.sheets.s3?.map((sheet) => sheet.title)).toEqual(['Hidden']);
    expect(rowsOf(outcome, 's3', 'Hidden')).toEqual([[1, 2]]);
    expectFailure('copy_sheet', { spreadsheet_id: 's1', sheet: 'Listed only', new_sheet_name: 'X' }, /^Sheet Listed only not found/);
    expectFailure('copy_sheet', { spreadsheet_id: 's1', sheet: 'Costs', new_sheet_name: '' }, 'new_sheet_name must be a non-empty string');
  });

  it('rename_sheet renames the first tab of that name and moves its cells', () => {
    const outcome = call('rename_sheet', { spreadsheet_id: 's1', sheet: 'Costs', new_name: 'Notes' });
    expect(outcome.content).toEqual({ old_name: 'Costs', new_name: 'Notes', spreadsheet_id: 's1' });
    expect(outcome.state.sheets.s1?.map((sheet) => sheet.title)).toEqual(['Notes', 'Notes', 'Listed only']);
    // The cells already under "Notes" are replaced by those of "Costs".
    expect(outcome.state.sheet_data.s1).toEqual({ Notes: world.sheet_data.s1.Costs });
    // A listed tab without cells is renamed in the list only.
    const listed = call('rename_sheet', { spreadsheet_id: 's1', sheet: 'Listed only', new_name: 'Renamed' });
    expect(Object.keys(listed.state.sheet_data.s1 ?? {})).toEqual(['Costs', 'Notes']);
    expect(listed.state.modified_times.s1).toBe('2024-06-01T12:00:00');
  });

  it('rename_sheet errors', () => {
    expectFailure('rename_sheet', { spreadsheet_id: 's3', sheet: 'Hidden', new_name: 'X' }, /^No sheets found in spreadsheet s3/);
    expectFailure('rename_sheet', { spreadsheet_id: 's2', sheet: 'Hidden', new_name: 'X' }, /^Sheet Hidden not found in spreadsheet s2/);
    expectFailure('rename_sheet', { spreadsheet_id: 'nope', sheet: 'Costs', new_name: 'X' }, /^Spreadsheet nope not found/);
    expectFailure('rename_sheet', { spreadsheet_id: 's1', sheet: 'Costs', new_name: '' }, 'new_name must be a non-empty string');
  });
});

describe('the demo world', () => {
  const BUDGET = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';
  const CONTENT = '1tR5eW2qA8sD4fG6hJ9kL1zX3cV5bN7mQ0wE2rT4yU6i';

  it('reads the budget summary by range', () => {
    const outcome = googleSheets.call(googleSheets.loadPreset('demo'), 'get_sheet_data', {
      spreadsheet_id: BUDGET,
      sheet: 'Summary',
      range: 'A4:B5',
    });
    expect(outcome.content).toEqual({
      data: [
        ['Software', 1890.5],
        ['Travel', 2400],
      ],
    });
  });

  it('has a listed tab without cells: readable as empty, not writable', () => {
    const demo = googleSheets.loadPreset('demo');
    expect(googleSheets.call(demo, 'get_sheet_data', { spreadsheet_id: CONTENT, sheet: 'Ideas' }).content).toEqual({ data: [] });
    expect(googleSheets.call(demo, 'add_rows', { spreadsheet_id: CONTENT, sheet: 'Ideas' }).isError).toBe(true);
  });
});
