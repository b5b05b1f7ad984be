import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// A finance analyst's FY2025 forecast workbook in May 2025. Worth exploring: a hidden and a
// "veryHidden" sheet, a sheet with notes but no `values` (reads as no rows), formulas stored as
// text, a named table and formats already in place, an earlier screen capture, and a temporary
// directory of a Windows machine.
export const demo: z.input<typeof scenarioSchema> = {
  file_path: 'C:\\Users\\dana.whitfield\\Documents\\Finance\\FY2025 Forecast.xlsx',
  sheets: {
    Summary: {
      values: [
        ['Metric', 'Q1', 'Q2', 'Q3', 'Q4', 'FY2025'],
        ['Revenue', 1240000, 1315000, 1402000, 1530000, '=SUM(B2:E2)'],
        ['Expenses', 1010000, 1062000, 1098000, 1154000, '=SUM(B3:E3)'],
        ['Operating income', '=B2-B3', '=C2-C3', '=D2-D3', '=E2-E3', '=F2-F3'],
        ['Margin', '=B4/B2', '=C4/C2', '=D4/D2', '=E4/E2', '=F4/F2'],
      ],
      visibility: 'visible',
      created: '2025-01-06T09:12:00',
    },
    Revenue: {
      values: [
        ['Month', 'Product', 'Region', 'Units', 'Revenue'],
        ['2025-01', 'Atlas Pro', 'EMEA', 310, 186000],
        ['2025-01', 'Atlas Lite', 'NA', 1220, 244000],
        ['2025-02', 'Atlas Pro', 'EMEA', 295, 177000],
        ['2025-02', 'Atlas Lite', 'NA', 1185, 237000],
        ['2025-03', 'Atlas Pro', 'APAC', 140, 84000],
        ['2025-03', 'Atlas Lite', 'NA', 1302, 260400],
        ['2025-04', 'Atlas Pro', 'EMEA', null, null],
      ],
      visibility: 'visible',
      created: '2025-01-06T09:15:00',
    },
    Expenses: {
      values: [
        ['Category', 'Owner', 'Q1', 'Q2'],
        ['Salaries', 'HR', 720000, 742000],
        ['Cloud hosting', 'IT', 96500, 101200],
        ['Marketing', 'Growth', 128000, 151000],
        ['Travel', 'Sales', 41500, 38800],
        ['Office', 'Facilities', 24000, 24000],
      ],
      created: '2025-01-06T09:20:00',
    },
    Headcount: {
      values: [
        ['Team', 'Jan', 'Apr', 'Plan Dec'],
        ['Engineering', 42, 45, 51],
        ['Sales', 18, 19, 24],
        ['Support', 9, 9, 11],
      ],
      visibility: 'hidden',
      created: '2025-01-20T14:02:00',
    },
    Assumptions: {
      values: [
        ['Assumption', 'Value'],
        ['FX EUR/USD', 1.08],
        ['Price increase (Jul)', 0.04],
        ['Churn (monthly)', 0.012],
      ],
      visibility: 'veryHidden',
      created: '2025-01-06T09:30:00',
    },
    Notes: {
      owner: 'dana.whitfield@contoso.example',
      comment: 'Scratch space: paste exports here before cleaning them up.',
    },
  },
  tables: {
    RevenueTable: 'Revenue!A1:E8',
    ExpenseTable: 'Expenses!A1:D6',
  },
  formats: {
    'Summary_A1:F1': {
      styles: [[{ font: { bold: true }, fill: { color: 'D9E1F2' } }]],
      applied_at: '2025-01-06T09:40:00',
    },
    'Summary_B5:F5': {
      styles: [[{ numFmt: '0.0%', decimalPlaces: 1 }]],
      applied_at: '2025-01-06T09:41:30',
    },
  },
  screen_captures: {
    'Summary_A1:F5': 'C:\\Users\\dana.whitfield\\AppData\\Local\\Temp/excel_capture_20250430T171204.png',
  },
  max_file_size: 100,
  temp_dir: 'C:\\Users\\dana.whitfield\\AppData\\Local\\Temp',
  current_time: '2025-05-12T10:15:00',
};
