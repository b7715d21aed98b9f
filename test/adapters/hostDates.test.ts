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
import { dateToSerial, dateValue, isDateValue, type DateValue, type Grid, type GridSheet } from '../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../src/model/sample';
import { LIMITS, officeSupport } from '../../src/taskpane/support';
import { createWpsHost } from '../../src/wps/wpsHost';
import { WPS_LIMITS } from '../../src/wps/support';
import { createFakeEt, type EtQuirks } from '../fakes/et';
import { createFakeExcel, fakeWorkbookFromGrid } from '../fakes/excel';
import { addGridSheets, DAYS_1904 } from '../fakes/excel/state';
import { book } from './xlsx/helpers';

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

/**
 * The workbook of `grid` saved in the 1904 date system, as Mac Excel saves one (`workbookPr date1904`, ExcelJS as in
 * xlsx/read.test.ts): each date the serial of that system (1,462 less) under `yyyy-mm-dd`.
 */
function xlsx1904(grid: Grid): Promise<Uint8Array> {
  return book((wb) => {
    wb.properties.date1904 = true;
    for (const gs of grid.sheets) {
      const ws = wb.addWorksheet(gs.name);
      gs.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const cell = ws.getCell(r + 1, c + 1);
          if (isDateValue(v)) {
            cell.value = dateToSerial(v) - DAYS_1904;
            cell.numFmt = 'yyyy-mm-dd';
          } else if (typeof v !== 'object') cell.value = v;
        }),
      );
      for (const m of gs.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  });
}

/**
 * The grid as a reader reads it: from its .xlsx file (the checked sheets), or open in Excel or WPS (their fakes);
 * `date1904`: the workbook saved in the 1904 date system.
 */
async function readThrough(reader: 'file' | 'task pane' | 'WPS', grid: Grid, date1904 = false, quirks: Partial<EtQuirks> = {}): Promise<Grid> {
  if (reader === 'file') {
    const bytes = date1904 ? await xlsx1904(grid) : await writeXlsx(grid.sheets.map((s) => ({ grid: s })));
    const file = await readWorkbookFile(bytes, '台账.xlsx', { select: CHECKED_SHEETS });
    if (!file.ok) throw new Error(file.message['zh-CN']);
    return file.grid;
  }
  if (reader === 'task pane') {
    const excel = createFakeExcel();
    excel.workbook.date1904 = date1904;
    return fakeWorkbookFromGrid(grid, excel).run((ctx) => office.readWorkbookGrid(ctx));
  }
  const et = createFakeEt({ quirks });
  et.workbook.date1904 = date1904;
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

/**
 * A workbook saved in the 1904 date system (Mac Excel before 2011, or 选项 → 使用 1904 日期系统) holds each date as a
 * serial 1,462 days less: read in the 1900 system, every 立项日期, 合同开始日期 and date 年度指标值 was four years early in
 * the pane and WPS, silently, while jx check read the file's `workbookPr date1904`. The pane asks Excel for DATE(1904,1,1)
 * (0 in such a workbook), WPS reads `Workbook.Date1904`.
 */
describe('a workbook in the 1904 date system reads the same dates in the task pane and WPS as from its file', () => {
  const dates = (g: Grid): DateValue[] => g.sheets.flatMap((s) => s.values.flat().filter(isDateValue));

  it.each(['task pane', 'WPS'] as const)('%s', async (host) => {
    const grid = withDates();
    const file = await readThrough('file', grid, true);
    const got = await readThrough(host, grid, true);
    // the file reads the days the sample holds (the 1904 serials read back), and the host the same ones
    expect(dates(file)).toEqual(dates(await readThrough('file', grid)));
    expect(dates(got)).toEqual(dates(file));
    expect(dates(got).length).toBeGreaterThan(300);
    const s = sheet(got, SAMPLE_SHEETS.indicators);
    expect(s.values[s.values.length - 1]).toContainEqual(dateValue(2018, 12, 31));
    expect(evaluateWorkbook(got).findings).toEqual(evaluateWorkbook(file).findings);
  });

  it('the task pane asks in a sync it makes anyway: as many syncs as without the question, one load more', async () => {
    const read = async (dateSystem: boolean): Promise<{ syncs: number; actions: number; grid: Grid }> => {
      const excel = createFakeExcel();
      excel.workbook.date1904 = true;
      fakeWorkbookFromGrid(withDates(), excel);
      const grid = await excel.run((ctx) => office.readWorkbookGrid(ctx, { dateSystem }));
      const sent = excel.stats.payloads.filter((p) => !p.cleanup);
      return { syncs: excel.stats.syncs, actions: sent.reduce((n, p) => n + p.actions, 0), grid };
    };
    const asked = await read(true);
    const not = await read(false);
    expect(asked.syncs).toBe(not.syncs);
    // the one load as office.js sends it: `functions` and DATE's result instantiated, the result queried
    expect(asked.actions).toBe(not.actions + 3);
    // not asked (an Excel without ExcelApi 1.2: support.ts says so in the pane), the 1900 system: every date 1,462 days early
    const serials = (g: Grid): number[] => g.sheets.flatMap((s) => s.values.flat().filter(isDateValue).map(dateToSerial));
    expect(serials(not.grid)).toEqual(serials(asked.grid).map((n) => n - DAYS_1904));
  });

  it('the task pane says so where Excel cannot be asked (no ExcelApi 1.2, or an office.js without worksheet functions)', () => {
    const excel = createFakeExcel();
    const lib = excel.officeJs.Excel;
    const web = officeSupport(excel.office.context.requirements, lib);
    expect([web.dateSystem, web.limits]).toEqual([true, expect.not.arrayContaining([LIMITS.dateSystem])]);
    const api11 = { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && (version ?? '1.1') === '1.1' };
    const { Functions: _dropped, ...noFunctions } = lib as Record<string, unknown>;
    for (const support of [officeSupport(api11, lib), officeSupport(excel.office.context.requirements, noFunctions)])
      expect([support.dateSystem, support.limits]).toEqual([false, expect.arrayContaining([LIMITS.dateSystem])]);
  });

  it('WPS without Workbook.Date1904 reads in the 1900 system, and its pane says so; with it, says nothing', async () => {
    const grid = withDates();
    const file = await readThrough('file', grid, true);
    const got = await readThrough('WPS', grid, true, { noDate1904: true });
    expect(dates(got)).not.toEqual(dates(file));
    for (const [noDate1904, limits] of [
      [true, [WPS_LIMITS.dateSystem]],
      [false, []],
    ] as const) {
      const et = createFakeEt({ quirks: { noDate1904 } });
      addGridSheets(et.workbook, grid);
      expect(createWpsHost({ app: et.Application, locale: 'zh-CN' }).capabilities.limits).toEqual(limits);
    }
  });
});
