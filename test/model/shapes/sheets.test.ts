/**
 * Issue 12, items 2, 6, 7: a ledger over one sheet per 地州市, overlapping merges, which sheet is
 * 绩效指标.
 */
import { checkWorkbook, sheetsToRead } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { DEFAULT_REGIONS } from '../../../src/model/read/regions';
import { regionFromSheetName } from '../../../src/model/read/regionNames';
import { LEDGER_TITLE, sampleWorkbookGrid } from '../../../src/model/sample';
import { ledgerWithAbove, perPrefectureLedgers, projectsByPrefecture, withLedger } from '../../support/shapes';
import { expectSameAsSample } from './expect';

describe('a ledger over one sheet per 地州市', () => {
  it.each([true, false])('14 sheets (地州市 column: %p) read as one ledger of all 169 projects, in sheet order', (withRegion) => {
    const sheets = perPrefectureLedgers({ withRegion });
    expect(sheets).toHaveLength(14);
    const e = expectSameAsSample(withLedger(sheets));
    expect(e.check.ledgerSheets).toEqual(sheets.map((s) => s.name));
    const regions = e.check.ledger!.projects.map((p) => p.region);
    expect(regions).toEqual(projectsByPrefecture().flatMap(([r, ps]) => ps.map(() => r)));
  });
  it('without 地州市, short and numbered sheet names give the official name (巴州, 3.阿克苏地区, 伊犁州项目)', () => {
    const names = (r: string, i: number): string => (r === '巴音郭楞蒙古自治州' ? '巴州' : r === '伊犁哈萨克自治州' ? '伊犁州项目' : `${i + 1}.${r}`);
    expectSameAsSample(withLedger(perPrefectureLedgers({ withRegion: false, sheetName: names })));
  });
  it('findings name each sheet\'s own cells; a duplicate across sheets names the first sheet', () => {
    const sheets = perPrefectureLedgers();
    const first = sheets[0];
    const second = sheets[1];
    const idCol = 0;
    const firstId = first.values[3][idCol];
    const values = second.values.map((r) => [...r]);
    values[4][idCol] = firstId; // the second project of sheet 2 takes the id of the first of sheet 1
    values[3][10] = '#N/A'; // 项目总投资 unreadable on sheet 2's first project
    const grid = withLedger([first, { ...second, values }, ...sheets.slice(2)]);
    const f = checkWorkbook(grid).findings.filter((x) => x.severity === 'error');
    const l004 = f.find((x) => x.rule === 'L004')!;
    expect(l004).toMatchObject({ sheet: second.name, row: 4, col: 0, params: { id: firstId, firstCell: `${first.name}!A4` } });
    const l003 = f.find((x) => x.rule === 'L003')!;
    expect(l003).toMatchObject({ sheet: second.name, row: 3, col: 10 });
  });
  it('a sheet without 地州市 whose name and title name no prefecture: S002 on that sheet only', () => {
    const sheets = perPrefectureLedgers({ withRegion: false });
    // its title (2018年度自治区专利实施项目台账（吐鲁番市）) names none either
    const renamed = sheets.map((s, i) => (i === 2 ? { ...s, name: '第三批', values: [['2018年度自治区专利实施项目台账'], ...s.values.slice(1)] } : s));
    const f = checkWorkbook(withLedger(renamed)).findings.filter((x) => x.rule === 'S002');
    expect(f.map((x) => [x.sheet, x.params.field])).toEqual([['第三批', '地州市']]);
  });
  it('a sheet without 地州市 whose name names no prefecture but whose title does: its projects are that prefecture\'s', () => {
    const sheets = perPrefectureLedgers({ withRegion: false });
    const renamed = sheets.map((s, i) => (i === 2 ? { ...s, name: '第三批' } : s));
    const check = checkWorkbook(withLedger(renamed));
    expect(check.findings.filter((x) => x.rule === 'S002')).toEqual([]);
    expect(new Set(check.ledger!.parts![2].projects.map((p) => p.region))).toEqual(new Set([regionFromSheetName(String(sheets[2].values[0][0]), new Set(DEFAULT_REGIONS))]));
  });
  it('a summary sheet (地州市 | 项目数 | 财政支持资金 | 本年拨付) and a hidden copy are not part of the ledger', () => {
    const summary: GridSheet = { name: '汇总', values: [['地州市', '项目数', '财政支持资金', '本年拨付', '带动社会投入'], ...projectsByPrefecture().map(([r, ps]): CellValue[] => [r, ps.length, 1, 1, 1])] };
    const sheets = perPrefectureLedgers();
    const hidden: GridSheet = { ...sheets[0], name: '备份', hidden: true };
    const e = expectSameAsSample(withLedger([summary, ...sheets, hidden]), ['S004']);
    expect(e.check.ledgerSheets).toEqual(sheets.map((s) => s.name));
  });
  it('regionFromSheetName', () => {
    const allowed = new Set(DEFAULT_REGIONS);
    expect(['乌鲁木齐市', '乌市', '01-乌鲁木齐市', '昌吉州项目', '博州（12项）', 'Sheet1', '汇总'].map((n) => regionFromSheetName(n, allowed))).toEqual([
      '乌鲁木齐市', '乌鲁木齐市', '乌鲁木齐市', '昌吉回族自治州', '博尔塔拉蒙古自治州', undefined, undefined,
    ]);
  });
});

// stop 39's Left (4796abf): a hidden full 项目台账 gave way to any visible sheet with three ledger headers — a list of
// sampled projects (抽查项目) was read as the ledger, S002 for every missing column — and nothing said the hidden one was passed over.
describe('a hidden 项目台账 beside a visible sheet of projects', () => {
  const full = (): GridSheet => ({ ...sampleWorkbookGrid().sheets.find((s) => s.name === '项目台账')!, hidden: true });
  const sampled = (): GridSheet => {
    const [header, ...body] = full().values;
    const at = ['项目编号', '项目名称', '承担单位'].map((h) => header.indexOf(h));
    return { name: '抽查项目', values: [['项目编号', '项目名称', '承担单位', '抽查结果'], ...body.slice(0, 12).map((r) => [...at.map((c) => r[c]), '合格'])] };
  };
  it('a visible list of sampled projects (项目编号 | 项目名称 | 承担单位 | 抽查结果) is not the ledger: the hidden one is read, whole', () => {
    const grid = withLedger([full(), sampled()]);
    const e = expectSameAsSample(grid);
    expect(e.check.ledgerSheets).toEqual(['项目台账']);
    expect(sheetsToRead(grid).has('抽查项目')).toBe(false);
  });
  it('a visible revised ledger of fewer projects is read; S017 warns that the hidden one holds more, naming both and their rows', () => {
    const hidden = full();
    // its title lines and header, and the first 60 projects (row 3 on)
    const revised: GridSheet = { name: '项目台账（修订）', values: hidden.values.slice(0, 63) };
    const grid = withLedger([hidden, revised]);
    const e = evaluateWorkbook(grid, { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledgerSheets).toEqual(['项目台账（修订）']);
    expect(e.check.ledger!.projects).toHaveLength(60);
    const s017 = e.findings.filter((f) => f.rule === 'S017');
    expect(s017.map((f) => [f.severity, f.sheet, f.params])).toEqual([['warning', '项目台账（修订）', { kind: 'ledger', sheet: '项目台账', rows: 169, read: '项目台账（修订）', readRows: 60 }]]);
    // the file reader reads the hidden sheet whole, so that its rows are counted, not its first rows only
    expect(sheetsToRead(grid).has('项目台账')).toBe(true);
  });
});

describe('overlapping merges', () => {
  it('are tolerated: the outer range kept, the nested and overlapping ones dropped, one info finding per sheet', () => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE], ['单位：万元']]);
    const w = 22;
    const merges = [
      { top: 0, left: 0, bottom: 0, right: w - 1 }, // the title
      { top: 0, left: 0, bottom: 0, right: 5 }, // nested in the title
      { top: 5, left: 4, bottom: 9, right: 4 }, // 地州市 merged down over equal values …
      { top: 8, left: 4, bottom: 12, right: 4 }, // … overlapping another
    ];
    // the merged body ranges hold one value: make the rows they span agree (as a merge shows them)
    const values = sheet.values.map((r) => [...r]);
    for (let r = 5; r <= 12; r++) values[r][4] = values[5][4];
    const grid = withLedger({ ...sheet, values, merges });
    const c = checkWorkbook(grid);
    const s006 = c.findings.filter((f) => f.rule === 'S006');
    expect(s006).toHaveLength(1);
    expect(s006[0]).toMatchObject({ severity: 'info', sheet: '项目台账', params: { ranges: ['A1:F1', 'E9:E13'], kept: ['A1:V1', 'E6:E10'] } });
  });
});

describe('which sheet is 绩效指标', () => {
  const budgetCodes: GridSheet = {
    name: '预算科目',
    values: [['科目编码', '科目名称', '指标名称', '指标值', '单位', '分值'], ...Array.from({ length: 28 }, (_, i): CellValue[] => [`20606${i}`, `科目${i}`, `项目${i}`, i * 10, '万元', null])],
  };
  const without = (g: Grid, name: string): Grid => ({ sheets: g.sheets.filter((s) => s.name !== name) });
  it('a sheet of budget codes is not taken for 绩效指标', () => {
    const g = without(sampleWorkbookGrid(), '绩效指标');
    const c = checkWorkbook({ sheets: [...g.sheets, budgetCodes] });
    expect(c.sheets.indicators).toBeUndefined();
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('an indicator sheet under another name is found by its 一级指标 levels', () => {
    const g = sampleWorkbookGrid();
    const renamed: Grid = { sheets: g.sheets.map((s) => (s.name === '绩效指标' ? { ...s, name: '附表2' } : s)) };
    expect(checkWorkbook({ sheets: [budgetCodes, ...renamed.sheets] }).sheets.indicators).toBe('附表2');
  });
  // read45: a table of indicators without levels (指标名称 | 年度指标值 | … | 实际完成值) on a sheet named otherwise (附表2)
  // was not found (only a 一级指标 column of levels qualified a sheet by its content): no 自评表, S001 asked for 绩效指标.
  it.each(['指标名称', '绩效指标', '具体指标', '三级指标'])('an indicator table headed %s, without levels, under another name is found by 年度指标值 and 实际完成值', (name) => {
    const g = sampleWorkbookGrid();
    const bare: Grid = { sheets: g.sheets.map((s) => (s.name !== '绩效指标' ? s : { name: '附表2', values: s.values.map((r, i) => (i === 0 ? [name, ...r.slice(3)] : r.slice(2))) })) };
    const c = checkWorkbook({ sheets: [budgetCodes, ...bare.sheets] });
    expect(c.sheets.indicators).toBe('附表2');
    expect(c.indicators?.indicators.map((x) => x.level3).slice(0, 2)).toEqual(['支持专利实施项目', '培训从事知识产权工作人员']);
  });
  it('a list of payments (项目名称 | 指标值 | 实际完成值 of no indicator) or of budget codes is still no 绩效指标', () => {
    const g = without(sampleWorkbookGrid(), '绩效指标');
    const payments: GridSheet = { name: '拨付明细', values: [['序号', '项目名称', '拨付金额', '指标值', '实际完成值'], ...Array.from({ length: 5 }, (_, i): CellValue[] => [i + 1, `项目${i}`, 10, 10, 10])] };
    expect(checkWorkbook({ sheets: [...g.sheets, budgetCodes, payments] }).sheets.indicators).toBeUndefined();
  });
  it('the national form: header on row 12 under the budget block, 一级/二级 group rows with a blank 三级指标 are no L002', () => {
    const g = sampleWorkbookGrid();
    const ind = g.sheets.find((s) => s.name === '绩效指标')!;
    const [header, ...rows] = ind.values;
    const above: CellValue[][] = [
      ['项目支出绩效自评表'], ['（2018年度）'], ['项目名称', '自治区专利实施计划项目'], ['主管部门', '自治区知识产权局', '实施单位', '自治区知识产权局'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], ['年度资金总额', 1200, 1200, 1200, 10, '100%', 10],
      ['年度总体目标', '预期目标', '实际完成情况'], ['', '…', '…'], [], [], [],
    ];
    const l1 = header.indexOf('一级指标');
    const groupRows: CellValue[][] = [];
    let last: CellValue = null;
    for (const r of rows) {
      if (r[l1] !== null && r[l1] !== last) {
        groupRows.push(header.map((_, c) => (c === l1 ? r[l1] : null)));
        last = r[l1];
      }
      groupRows.push([...r]);
    }
    const form: GridSheet = { name: '绩效指标', values: [...above, header, ...groupRows] };
    const e = evaluateWorkbook({ sheets: g.sheets.map((s) => (s.name === '绩效指标' ? form : s)) }, { layout: '2020' });
    expect(e.check.indicators!.table.headerRow).toBe(11);
    expect(e.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(e.selfEval!.total).toBe(100);
  });
});
