/**
 * Dates through the hosts: Excel (Office.js `values`) and WPS (`Value2`) hand a date over as its serial number, the
 * .xlsx reader as the date its cell's style shows. The pane and WPS read a number under a date format as that date
 * (office/util.ts readDates), so that a date the checks read outside a date column — a time indicator's 年度指标值, a
 * 备注 — is the same value, and the same findings, from the workbook open in Excel or WPS as from its file.
 */
import * as office from '../../src/adapters/office';
import * as wps from '../../src/adapters/wps';
import { CHECKED_SHEETS, readWorkbookFile } from '../../src/adapters/file';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { dateValue, type Grid, type GridSheet } from '../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { createFakeEt } from '../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../fakes/excel';
import { addGridSheets } from '../fakes/excel/state';

/** The sample with a last indicator whose target and actual are dates, and a date in a project's 备注. */
function withDates(): Grid {
  return {
    sheets: sampleWorkbookGrid().sheets.map((s) => {
      const values = s.values.map((r) => [...r]);
      if (s.name === SAMPLE_SHEETS.indicators) {
        const [t, a] = ['年度指标值', '实际完成值'].map((h) => values[0].indexOf(h));
        values.push(values[values.length - 1].map((v, c) => (c === t ? dateValue(2018, 12, 31) : c === a ? dateValue(2018, 11, 30) : v)));
      } else if (s.name === SAMPLE_SHEETS.ledger) values[5][values[2].indexOf('备注')] = dateValue(2018, 6, 30);
      else return s;
      return { ...s, values };
    }),
  };
}

const sheet = (g: Grid, name: string): GridSheet => g.sheets.find((s) => s.name === name)!;

/** The grid as a reader reads it: from its .xlsx file (the checked sheets), or open in Excel or WPS (their fakes). */
async function readThrough(reader: 'file' | 'task pane' | 'WPS', grid: Grid): Promise<Grid> {
  if (reader === 'file') {
    const file = await readWorkbookFile(await writeXlsx(grid.sheets.map((s) => ({ grid: s }))), '台账.xlsx', { select: CHECKED_SHEETS });
    if (!file.ok) throw new Error(file.message['zh-CN']);
    return file.grid;
  }
  if (reader === 'task pane') return fakeWorkbookFromGrid(grid, createFakeExcel()).run((ctx) => office.readWorkbookGrid(ctx));
  const et = createFakeEt();
  addGridSheets(et.workbook, grid);
  return wps.readWorkbookGrid(et.Application);
}

describe('a date outside the date columns reads as the date in the task pane and WPS, as from the file', () => {
  it.each(['task pane', 'WPS'] as const)('%s', async (host) => {
    const grid = withDates();
    const file = await readThrough('file', grid);
    const got = await readThrough(host, grid);
    const last = (g: Grid): unknown[] => {
      const s = sheet(g, SAMPLE_SHEETS.indicators);
      const row = [...s.values[s.values.length - 1]];
      while (row.length && row[row.length - 1] === null) row.pop(); // the hosts' rows run to the used range's width
      return row;
    };
    expect(last(got)).toEqual(last(file));
    expect(last(got)).toContainEqual(dateValue(2018, 12, 31));
    const ledger = sheet(got, SAMPLE_SHEETS.ledger);
    expect(ledger.values[5][ledger.values[2].indexOf('备注')]).toEqual(dateValue(2018, 6, 30));
    expect(evaluateWorkbook(got).findings).toEqual(evaluateWorkbook(file).findings);
  });
});

/**
 * One decision of which formats show a date (model/read/formats.ts isDateFormat), for the file reader and the hosts: a
 * time of day alone (`h:mm`, `h"时"mm"分"`, `[h]:mm:ss`, `mm:ss`, `hh`) is no date — its number stays the number (10:20
 * typed is 0.43: the file reader had lost it, the pane kept it; `hh` was a date from the file and a number in Excel).
 * A date with its time (`yyyy/m/d h:mm`) is the date.
 */
describe('a number under a time-only format reads as the number, under a date format as the date, in every reader', () => {
  const CASES: Array<[string, number, unknown]> = [
    ['h:mm', 620 / 1440, 620 / 1440],
    ['h:mm', 43465.5, 43465.5],
    ['h"时"mm"分"', 0.5, 0.5],
    ['[h]:mm:ss', 1.25, 1.25],
    ['mm:ss', 0.01, 0.01],
    ['hh', 43465.25, 43465.25],
    ['上午/下午 h"时"mm"分"', 0.75, 0.75],
    ['yyyy/m/d h:mm', 43465.5, dateValue(2018, 12, 31)],
    ['yyyy"年"m"月"d"日"', 43465, dateValue(2018, 12, 31)],
    ['m"月"d"日"', 43465, dateValue(2018, 12, 31)],
  ];
  /** The sample with the cases' numbers in the ledger's 备注, one a row, under their formats. */
  function withTimes(): Grid {
    return {
      sheets: sampleWorkbookGrid().sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.ledger) return s;
        const note = s.values[2].indexOf('备注');
        const values = s.values.map((r) => [...r]);
        const numberFormats = values.map((r) => r.map(() => null as string | null));
        CASES.forEach(([fmt, v], i) => {
          values[3 + i][note] = v;
          numberFormats[3 + i][note] = fmt;
        });
        return { ...s, values, numberFormats };
      }),
    };
  }
  const notes = (g: Grid): unknown[] => {
    const s = sheet(g, SAMPLE_SHEETS.ledger);
    return CASES.map((_c, i) => s.values[3 + i][s.values[2].indexOf('备注')]);
  };

  it.each(['file', 'task pane', 'WPS'] as const)('%s', async (host) => {
    expect(notes(await readThrough(host, withTimes()))).toEqual(CASES.map(([, , want]) => want));
  });
});
