import { asciiDigits, ToolError } from '@envfleet/kit';
import type { CellRows } from '../scenario.js';

// What the reference understands of A1 notation: exactly COLROW:COLROW with capital letters and
// decimal digits (any script, as Python's \d), a trailing newline tolerated as Python's `$` does.
// Anything else (a single cell, a whole column, a sheet prefix) is not a range to it, and the
// whole sheet is returned.
const CELL_RANGE = /^([A-Z]+)(\p{Nd}+):([A-Z]+)(\p{Nd}+)\n?$/u;

interface Window {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

function columnIndex(letters: string, range: string): number {
  // The reference converts one letter to an index and fails on longer column names.
  if (letters.length !== 1) {
    throw new ToolError(`Column ${letters} in range ${JSON.stringify(range)} is not supported: columns are single letters A to Z`);
  }
  return letters.charCodeAt(0) - 65;
}

function parseWindow(range: string): Window | undefined {
  const match = CELL_RANGE.exec(range);
  if (!match) return undefined;
  const [, startColumn = '', startRow = '', endColumn = '', endRow = ''] = match;
  return {
    firstColumn: columnIndex(startColumn, range),
    lastColumn: columnIndex(endColumn, range),
    firstRow: Number(asciiDigits(startRow)) - 1,
    lastRow: Number(asciiDigits(endRow)) - 1,
  };
}

/** The rows and columns of `rows` inside `range`, or every row when `range` is not COLROW:COLROW. */
export function cellsInRange(rows: CellRows, range: string): CellRows {
  const window = parseWindow(range);
  if (!window) return rows;
  const picked: CellRows = [];
  rows.forEach((row, index) => {
    if (index >= window.firstRow && index <= window.lastRow) picked.push(row.slice(window.firstColumn, window.lastColumn + 1));
  });
  return picked;
}
