/**
 * An indicator sheet with a year over each pair of columns (`2017年度 | 2018年度`, each over 年度指标值 | 实际完成值), as a
 * form that sets last year's values beside this year's writes it. The year reported on decides which pair is read: 配置's
 * 评价年度, else the year the workbook names elsewhere (the ledger's title), else, when nothing names one, the latest
 * (header.ts latestYearGroup). Before, a workbook whose 配置 had no 评价年度 read the indicator sheet as of no year, took
 * 2017's pair (the first) and dropped 2018's as repeats (S003): the 2018 自评表 scored 2017's values.
 */
import { checkWorkbook } from '../../../src/model/check';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { INDICATOR_COLUMNS } from '../../../src/model/read/indicatorColumns';
import { readTable } from '../../../src/model/read/table';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const indicators: GridSheet = {
  name: '绩效指标',
  values: [
    ['一级指标', '二级指标', '三级指标', '分值', '2017年度', null, '2018年度', null],
    [null, null, null, null, '年度指标值', '实际完成值', '年度指标值', '实际完成值'],
    ['产出指标', '数量指标', '支持专利实施项目', 20, '≥50家', '50家', '≥49家', '49家'],
    ['满意度指标', '满意度指标', '项目实施企业满意度', 10, '≥90%', '80%', '≥90%', '92%'],
  ],
  merges: [
    { top: 0, left: 4, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 0, right: 7 },
    ...[0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
  ],
};

describe('year groups side by side', () => {
  it('nothing names the year: the latest pair is this year\'s, the earlier one unknown (S004), no repeats (S003)', () => {
    const t = readTable(indicators, INDICATOR_COLUMNS)!;
    expect(t.columns.target?.col).toBe(6);
    expect(t.columns.actual?.col).toBe(7);
    expect(t.duplicates).toEqual([]);
    expect(t.unknown.map((u) => u.col)).toEqual([4, 5]);
  });

  it('a year given (配置\'s 评价年度) still picks its own pair, the earlier one too', () => {
    expect(readTable(indicators, INDICATOR_COLUMNS, 2017)!.columns.actual?.col).toBe(5);
    expect(readTable(indicators, INDICATOR_COLUMNS, 2018)!.columns.actual?.col).toBe(7);
  });

  it('one year group alone reads as before (its leaf as written)', () => {
    const one: GridSheet = { ...indicators, values: indicators.values.map((r) => r.slice(0, 6)), merges: indicators.merges!.filter((m) => m.left < 6) };
    expect(readTable(one, INDICATOR_COLUMNS)!.columns.actual?.col).toBe(5);
  });

  const workbook = (ledgerTitle: string): Grid => {
    const base = sampleWorkbookGrid();
    return {
      sheets: base.sheets.map((s) => {
        if (s.name === SAMPLE_SHEETS.profile) return { ...s, values: s.values.filter((r) => r[0] !== '评价年度') };
        if (s.name === SAMPLE_SHEETS.indicators) return indicators;
        if (s.name === SAMPLE_SHEETS.ledger) return { ...s, values: [[ledgerTitle], ...s.values.slice(1)] };
        return s;
      }),
    };
  };

  it.each([
    ['2018年度自治区专利实施项目台账', 2018, 7],
    ['2017年度自治区专利实施项目台账', 2017, 5],
  ])('配置 without 评价年度, the ledger titled %p: the check reads that year\'s pair', (title, year, actualCol) => {
    const c = checkWorkbook(workbook(title));
    expect(c.fiscalYear).toBe(year);
    expect(c.indicators!.cols.actual).toBe(actualCol);
    expect(c.findings.filter((f) => f.rule === 'S003')).toEqual([]);
    expect(c.indicators!.indicators.map((i) => i.actualText)).toEqual(year === 2018 ? ['49家', '92%'] : ['50家', '80%']);
  });
});

/**
 * A year over one column of a two-row header, unmerged (`2018年` over 本年拨付, or written again over each of two columns):
 * a merge cannot span one column, so it is a group by its text alone. It ended the header at the year's row: 本年拨付 (or
 * 实际完成值) went missing (S002) and the row under it was read as a project.
 */
describe('an unmerged year over a single column', () => {
  const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
  const h = ledger.values.findIndex((r) => r.includes('本年拨付'));
  const col = ledger.values[h].indexOf('本年拨付');
  const twoRows = (top: (c: number) => CellValue | undefined, below: (c: number) => CellValue | null): GridSheet => ({
    ...ledger,
    values: [...ledger.values.slice(0, h), ledger.values[h].map((v, c) => top(c) ?? v), ledger.values[h].map((_, c) => below(c)), ...ledger.values.slice(h + 1)],
    merges: [],
  });
  const bodyRows = readTable(ledger, LEDGER_COLUMNS, 2018)!.bodyRows.length;

  it.each([
    ['2018年 over 本年拨付', twoRows((c) => (c === col ? '2018年' : undefined), (c) => (c === col ? '本年拨付' : null)), '本年拨付'],
    ['2018年度 over 拨付金额', twoRows((c) => (c === col ? '2018年度' : undefined), (c) => (c === col ? '拨付金额' : null)), '拨付金额'],
    ['２０１８年 written over each of two columns', twoRows((c) => (c === col - 1 || c === col ? '２０１８年' : undefined), (c) => (c === col - 1 ? '以前年度累计拨付' : c === col ? '本年拨付' : null)), '本年拨付'],
  ])('%s: the column read, the header two rows, no project from its second row', (_, sheet, header) => {
    const t = readTable(sheet, LEDGER_COLUMNS, 2018)!;
    expect(t.columns.disbursed).toMatchObject({ col, header });
    expect(t.headerBottom).toBe(t.headerRow + 1);
    expect(t.unknown).toEqual([]);
    expect(t.bodyRows.length).toBe(bodyRows);
  });

  it('the indicator sheet: 2018年度 over 实际完成值 alone', () => {
    const ind = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
    const ih = ind.values.findIndex((r) => r.includes('实际完成值'));
    const ic = ind.values[ih].indexOf('实际完成值');
    const values = [...ind.values.slice(0, ih), ind.values[ih].map((v, c) => (c === ic ? '2018年度' : v)), ind.values[ih].map((_, c) => (c === ic ? '实际完成值' : null)), ...ind.values.slice(ih + 1)];
    const t = readTable({ ...ind, values, merges: [] }, INDICATOR_COLUMNS, 2018)!;
    expect(t.columns.actual?.col).toBe(ic);
    expect(t.unknown).toEqual([]);
  });

  it('a year over one column and the first project under it: the project is a project, not a header row', () => {
    // a one-row header whose column is headed 2018年 (amounts of that year): the row below is data, text in that column or not
    const first = ledger.values[h + 1].map((v, c) => (c === col ? '35' : v));
    const sheet: GridSheet = { ...ledger, values: [...ledger.values.slice(0, h), ledger.values[h].map((v, c) => (c === col ? '2018年' : v)), first, ...ledger.values.slice(h + 2)] };
    expect(readTable(sheet, LEDGER_COLUMNS, 2018)!.bodyRows.length).toBe(bodyRows);
  });
});

/**
 * targets41 (unseen40's Left): one field headed with two years side by side (`2019年实际完成 | 2020年实际完成`, `2019年拨付 |
 * 2020年拨付`), nothing else naming the year. Before, both read as this year's: the first (2019's, last year's beside the
 * year reported on) was scored and the 2020 column dropped as a repeat (S003); in either order. The latest is the year's
 * (header.ts latestFieldYear, as latestYearGroup for years over groups); the year before is another year's (S004).
 */
describe('one field headed with two years', () => {
  const ind = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
  const ic = ind.values[0].indexOf('实际完成值');
  /** The sample's 绩效指标 with 实际完成值 headed `first` and a copy beside it headed `second` (its values 1 more where numbers). */
  const twoYears = (first: string, second: string): GridSheet => ({
    ...ind,
    values: ind.values.map((r, i) => {
      const row = [...r];
      while (row.length <= ic) row.push(null);
      const v = row[ic];
      row.splice(ic + 1, 0, i === 0 ? second : typeof v === 'number' ? v + 1 : v);
      if (i === 0) row[ic] = first;
      return row;
    }),
  });

  it.each([
    ['2019年实际完成', '2020年实际完成', ic + 1, ic],
    ['2020年实际完成', '2019年实际完成', ic, ic + 1],
    ['2019年度实际完成值', '2020年度实际完成值', ic + 1, ic],
  ])('%s | %s: the latest is the actual, the other another year\'s', (first, second, actual, other) => {
    const t = readTable(twoYears(first, second), INDICATOR_COLUMNS)!;
    expect([t.columns.actual?.col, t.duplicates, t.unknown.map((u) => u.col)]).toEqual([actual, [], [other]]);
    // a year given still picks its own
    expect(readTable(twoYears(first, second), INDICATOR_COLUMNS, 2019)!.columns.actual?.col).toBe(other);
  });

  it('the ledger: 2019年拨付 | 2020年拨付 with no year named: 2020年拨付 is 本年拨付', () => {
    const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
    const h = ledger.values.findIndex((r) => r.includes('本年拨付'));
    const col = ledger.values[h].indexOf('本年拨付');
    const values = ledger.values.map((r, i) => (i < h ? r.map(() => null) : i === h ? r.map((v, c) => (c === col ? '2020年拨付' : c === col - 1 ? '2019年拨付' : v)) : r));
    const t = readTable({ ...ledger, values }, LEDGER_COLUMNS)!;
    expect([t.columns.disbursed?.col, t.duplicates]).toEqual([col, []]);
  });

  it('one field in one year is read as before (no year: the heading as written)', () => {
    expect(readTable(twoYears('2019年实际完成', '备注'), INDICATOR_COLUMNS)!.columns.actual?.col).toBe(ic);
  });
});

/**
 * score43: a column marked 预计/预测/估计/预估 is never the actual (text.ts NOT_YET, header.ts asForecast): it reads as the forecast
 * (全年预计完成值). Before, `2020年实际完成 | 2021年实际完成（预计）` took 2021's forecast as the latest year's actual.
 */
describe('a forecast beside the actuals', () => {
  const sheet = (headers: string[]): GridSheet => ({
    name: '绩效指标',
    values: [['一级指标', '二级指标', '三级指标', '年度指标值', ...headers], ['产出指标', '数量指标', '支持专利实施项目', '≥49家', ...headers.map((_, i) => `${48 + i}家`)]],
  });

  it.each([
    [['2020年实际完成', '2021年实际完成（预计）'], undefined, 4, 5],
    [['2020年实际完成', '2021年实际完成（预计）'], 2020, 4, undefined],
    [['2020年实际完成', '2021年实际完成（预计）'], 2021, undefined, 5],
    [['实际完成值（预测）'], undefined, undefined, 4],
    [['实际完成值(估计)', '实际完成值'], undefined, 5, 4],
    [['2021年度实际完成值（预估数）'], 2021, undefined, 4],
    // score44: the mark before a unit bracket is still the mark (text.ts withoutForecast)
    [['实际完成值（预计）（家）'], undefined, undefined, 4],
  ] as const)('%j in a sheet of %s: 实际完成值 at %s, the forecast at %s', (headers, year, actual, forecast) => {
    const t = readTable(sheet([...headers]), INDICATOR_COLUMNS, year)!;
    expect([t.columns.actual?.col, t.columns.forecast?.col]).toEqual([actual, forecast]);
  });

  // A plan is what a target is: 年度指标值 marked （计划）/（预计） is the target (ColumnDef.forecast of its own key), after
  // a column under the plain name; it was read as no column at all (a 自评表 with no targets).
  it.each([
    [['年度指标值（计划）', '实际完成值'], 3, 4],
    [['年度指标值(预计)', '实际完成值'], 3, 4],
    [['年度指标值（计划）', '年度指标值', '实际完成值'], 4, 5],
  ] as const)('%j: the target at %s, the actual at %s', (headers, target, actual) => {
    const values = [['一级指标', '二级指标', '三级指标', ...headers], ['产出指标', '数量指标', '支持专利实施项目', ...headers.map((h) => (h.startsWith('实际') ? '48家' : '≥49家'))]];
    const t = readTable({ name: '绩效指标', values }, INDICATOR_COLUMNS)!;
    expect([t.columns.target?.col, t.columns.actual?.col]).toEqual([target, actual]);
  });

  it('the ledger: 计划拨付（预计） is 计划拨付, 2021年拨付（预计） is not 本年拨付', () => {
    const values = [['项目编号', '项目名称', '本年拨付', '计划拨付（预计）', '2021年拨付（预计）'], ['A1', '甲', 1, 2, 3]];
    const t = readTable({ name: '项目台账', values }, LEDGER_COLUMNS)!;
    expect([t.columns.disbursed?.col, t.columns.planned?.col]).toEqual([2, 3]);
  });

  // read45: a paid column marked a plan (（计划）, （拟）) is 计划拨付, after a column named so (then its S003); a guess (（预计）)
  // is still no column. It was no column either way.
  it.each([
    [['本年拨付', '2021年拨付（计划）'], 2, 3, []],
    [['本年拨付', '本年拨付（拟）'], 2, 3, []],
    [['本年拨付', '计划拨付', '2021年拨付（计划）'], 2, 3, [4]],
    [['本年拨付', '2021年拨付（预计）'], 2, undefined, []],
  ] as const)('the ledger %j: 本年拨付 at %s, 计划拨付 at %s, repeated at %j', (headers, paid, planned, repeated) => {
    const values = [['2021年项目台账'], ['项目编号', '项目名称', ...headers], ['A1', '甲', ...headers.map((_, i) => i + 1)]];
    const t = readTable({ name: '项目台账', values }, LEDGER_COLUMNS)!;
    expect([t.columns.disbursed?.col, t.columns.planned?.col, t.duplicates.map((d) => d.col)]).toEqual([paid, planned, repeated]);
  });

  it('the check scores no forecast: 2021\'s is all there is for 2021, one S019 at its header and no score', () => {
    const base = sampleWorkbookGrid();
    const grid: Grid = {
      sheets: base.sheets.map((s) => {
        if (s.name === SAMPLE_SHEETS.profile) return { ...s, values: s.values.map((r) => (r[0] === '评价年度' ? [r[0], 2021] : r)) };
        if (s.name !== SAMPLE_SHEETS.indicators) return s;
        const h = s.values[0].indexOf('实际完成值');
        return { ...s, values: s.values.map((r, i) => [...r.slice(0, h), i === 0 ? '2021年实际完成（预计）' : r[h], ...r.slice(h + 1)]) };
      }),
    };
    const c = checkWorkbook(grid);
    expect(c.indicators!.cols.actual).toBeUndefined();
    expect(c.indicators!.indicators.every((i) => i.actual === undefined && i.actualText === undefined)).toBe(true);
    expect(c.findings.filter((f) => f.rule === 'S002')).toEqual([]);
    expect(c.findings.filter((f) => f.rule === 'S019').map((f) => f.col)).toEqual([c.indicators!.cols.forecast]);
  });
});
