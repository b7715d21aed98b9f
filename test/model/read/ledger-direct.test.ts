// readLedger reads a body no merge fills straight from the sheet's rows (Table.bodyUnmerged) instead
// of through table.value, one call per cell. Both ways must give the same projects and findings on
// sheets at the edges: an origin other than A1 (a sheet read from its used range), rows shorter than
// the header, holes in a row, error cells, blank and unreadable cells, body rows outside the sheet.
import { errorValue, dateValue, type CellValue, type GridSheet } from '../../../src/model/grid';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { readLedger, type LedgerRead } from '../../../src/model/read/ledger';
import { readTable, type Table } from '../../../src/model/read/table';
import type { ProjectKey } from '../../../src/model/records';
import { HEADERS, validRow } from '../support/ledger';

/** Cells every column may meet: blanks of every kind, errors, text where numbers go, numbers where text goes. */
const EDGE_CELLS: ReadonlyArray<CellValue | undefined> = [
  undefined, null, '', ' ', '\u3000', '\u200b', errorValue('#N/A'), errorValue('#VALUE!'), 0, -1, 1.5, 2017, 2e9,
  '１２', '12万元', 'abc', '是', '否', true, false, dateValue(2018, 6, 30), dateValue(1899, 12, 31), '2018-06-30', '二〇一七',
];

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

/** A ledger whose body rows are valid rows with about one cell in four an edge cell, a hole or cut off. */
function ledgerValues(rows: number, seed: number): CellValue[][] {
  const next = random(seed);
  const values: CellValue[][] = [['2018年度台账'], [...HEADERS]];
  for (let i = 0; i < rows; i++) {
    const r = validRow(i);
    const cells: CellValue[] = [];
    HEADERS.forEach((h, c) => {
      if (next() < 0.25) {
        const v = EDGE_CELLS[Math.floor(next() * EDGE_CELLS.length)];
        if (v !== undefined) cells[c] = v; // undefined: a hole, as a sparse row read from a file has
      } else cells[c] = r[h] ?? null;
    });
    if (next() < 0.1) cells.length = Math.floor(next() * HEADERS.length) + 1; // a row shorter than the header
    values.push(cells);
  }
  return values;
}

/** The same table read through `value` only. */
const throughValue = (t: Table<ProjectKey>): Table<ProjectKey> => ({ ...t, bodyUnmerged: false });

function expectSameRead(direct: LedgerRead, general: LedgerRead): void {
  expect(direct.projects).toEqual(general.projects);
  expect(direct.findings).toEqual(general.findings);
  expect(direct.units).toEqual(general.units);
}

describe('readLedger reads an unmerged body straight from the sheet rows', () => {
  it.each([
    ['at A1', undefined, 11],
    ['from a used range starting at C4', { row: 3, col: 2 }, 12],
    ['from a used range starting on row 1000', { row: 999, col: 0 }, 13],
  ])('gives what reading through table.value gives (%s)', (_, origin, seed) => {
    const sheet: GridSheet = { name: '项目台账', values: ledgerValues(400, seed), ...(origin ? { origin } : {}) };
    const table = readTable<ProjectKey>(sheet, LEDGER_COLUMNS)!;
    expect(table.bodyUnmerged).toBe(true);
    const direct = readLedger(table, '万元');
    expectSameRead(direct, readLedger(throughValue(table), '万元'));
    // The edges were met: holes, cut rows, errors and unreadable cells gave findings, and fields read.
    const rules = new Set(direct.findings.map((f) => f.rule));
    expect(rules).toEqual(new Set(['L002', 'L003']));
    expect(direct.projects.length).toBeGreaterThan(350);
    expect(direct.projects.filter((p) => p.approved !== undefined).length).toBeGreaterThan(250);
  });

  it('reads body rows outside the sheet (as a caller may pass) as blank, both ways', () => {
    const sheet: GridSheet = { name: '项目台账', values: ledgerValues(20, 5), origin: { row: 2, col: 1 } };
    const table = readTable<ProjectKey>(sheet, LEDGER_COLUMNS)!;
    const rows = [...table.bodyRows.slice(0, 5), 1, 500, table.bodyRows[7]];
    const t = { ...table, bodyRows: rows };
    const direct = readLedger(t, '元');
    expectSameRead(direct, readLedger(throughValue(t), '元'));
    expect(direct.projects.map((p) => p.row)).toEqual(rows);
    expect(direct.projects[6].id).toBeUndefined();
  });

  it('reads a body a merge fills through table.value (the merged cells take their master value)', () => {
    const values = ledgerValues(10, 7);
    const sheet: GridSheet = { name: '项目台账', values, merges: [{ top: 2, left: 4, bottom: 5, right: 4 }] };
    values[2][4] = '昌吉州';
    const table = readTable<ProjectKey>(sheet, LEDGER_COLUMNS)!;
    expect(table.bodyUnmerged).toBe(false);
    const read = readLedger(table, '万元');
    expect(read.projects.slice(0, 4).map((p) => p.region)).toEqual(['昌吉州', '昌吉州', '昌吉州', '昌吉州']);
  });

  it('has at most 31 columns to read, which readRows marks in the bits of one 32-bit integer', () => {
    expect(LEDGER_COLUMNS.length).toBeLessThanOrEqual(31);
  });
});
