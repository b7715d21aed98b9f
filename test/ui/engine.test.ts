import { checkWorkbook } from '../../src/model/check';
import type { CellValue, Grid, GridSheet } from '../../src/model/grid';
import type { SheetLayout } from '../../src/model/layout';
import { messyLedgerGrid, sampleMidYearGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { analyse, selfEvalOf } from '../../src/ui/engine';
import { HostError } from '../../src/ui/host';
import { inputSheetLayouts } from '../../src/ui/templates';

describe('analyse: the view both hosts render', () => {
  test('the sample (source year) previews the figures of the source document', () => {
    const { view } = analyse(sampleWorkbookGrid());
    expect(view.fiscalYear).toBe(2018);
    expect(view.scheme).toBe('2020');
    const p = view.preview!;
    expect(p.unit).toBe('万元');
    expect(p.executionRate).toBe(1);
    expect(p.leverage).toBeCloseTo(37590.1 / 1335, 10);
    expect([p.projectCount, p.newCount, p.carriedCount]).toEqual([169, 49, 120]);
    expect(p.cohorts.map((c) => [c.year, c.count, c.disbursed, c.isNew])).toEqual([
      [2018, 49, 160, true],
      [2017, 50, 680, false],
      [2016, 18, 90, false],
      [2015, 30, 160, false],
      [2014, 22, 110, false],
    ]);
    // scoring.md's worked example
    expect(p.total).toBe(100);
    expect(p.grade).toBe('优');
    // selfeval.md's paragraph, word for word
    expect(p.paragraph).toBe(
      '本年共计拨付专利实施项目经费1200万元，其中：2018年新上项目49项，财政支持资金1335万元，本年拨付160万元；' +
        '2017年结转项目50项，财政支持资金1431万元，本年拨付680万元；2016年结转项目18项，财政支持资金586万元，本年拨付90万元；' +
        '2015年结转项目30项，财政支持资金854万元，本年拨付160万元；2014年结转项目22项，财政支持资金755万元，本年拨付110万元。' +
        '累计带动社会投入83553.61万元。'
    );
  });

  test('findings are sorted, counted, and include the scoring findings', () => {
    const { view, selfEval } = analyse(sampleWorkbookGrid());
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of view.findings) counts[f.severity]++;
    expect(view.counts).toEqual(counts);
    for (const f of selfEval!.findings) expect(view.findings).toContainEqual(f);
  });

  test('a messy ledger gives findings, never an exception; no ledger → no preview, and no table with the reason', () => {
    const messy = analyse(messyLedgerGrid().grid);
    // read without an exception, and clean: its aliases, merges, 元 column, text amounts and 合计 row are all read, and
    // its 序号 column is known (it was the one finding, S004, before 序号 was)
    expect(messy.view.counts).toEqual({ error: 0, warning: 0, info: 0 });
    const empty = analyse({ sheets: [{ name: 'Sheet1', values: [['hello']] }] }, { forSelfEval: true });
    expect(empty.view.preview).toBeUndefined();
    expect(empty.view.findings.map((f) => f.rule)).toContain('S001');
    let err: unknown;
    try {
      selfEvalOf(empty);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).text['zh-CN']).toMatch(/S001.*无法生成自评表/);
  });

  test('the cut-off month the pane names the monitoring table by: the monitoring\'s, else 配置\'s, else July', () => {
    expect(analyse(sampleMidYearGrid()).view.monitorMonth).toBe(7);
    expect(analyse(sampleMidYearGrid(), { month: 9 }).view.monitorMonth).toBe(9);
    expect(analyse(sampleWorkbookGrid()).view.monitorMonth).toBe(7); // a year-end workbook: the default
    const g = sampleWorkbookGrid();
    const withMonth: Grid = { ...g, sheets: g.sheets.map((sh, i) => (i === 0 ? { ...sh, values: [...sh.values, ['监控截止月份', 10]] } : sh)) };
    expect(withMonth.sheets[0].name).toBe('配置');
    expect(analyse(withMonth).view.monitorMonth).toBe(10);
  });

  test('the layout and the sheet names taken reach the table', () => {
    const a = analyse(sampleWorkbookGrid(), {
      forSelfEval: true,
      layout: '2018',
      existingSheets: ['2018年度绩效自评表'],
    });
    expect(selfEvalOf(a).sheetName).toBe('2018年度绩效自评表 (2)');
    expect(a.layout).toBe('2018');
  });
});

/** What Excel would hold after rendering a layout: the values at their cells. */
function gridOf(layout: SheetLayout): GridSheet {
  const rows: CellValue[][] = [];
  for (const c of layout.cells) {
    while (rows.length <= c.row) rows.push([]);
    rows[c.row][c.col] = c.value;
  }
  return { name: layout.name, values: rows.map((r) => Array.from(r, (v) => v ?? null)), merges: layout.merges };
}

describe('input sheet templates', () => {
  test('with the sample, the sheets read back as the sample reads (same findings, same figures)', () => {
    const grid: Grid = { sheets: inputSheetLayouts(true).map(gridOf) };
    const back = analyse(grid);
    const original = analyse(sampleWorkbookGrid());
    expect(back.view.preview).toEqual(original.view.preview);
    expect(back.view.counts).toEqual(original.view.counts);
    expect([...back.check.material!.texts]).toEqual([...original.check.material!.texts]);
  });

  test('empty: the reader finds all four sheets and every required column, with no data', () => {
    const layouts = inputSheetLayouts(false);
    expect(layouts.map((l) => l.name)).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
    const check = checkWorkbook({ sheets: layouts.map(gridOf) }, { forSelfEval: true });
    expect(check.sheets).toEqual({ profile: '配置', ledger: '项目台账', indicators: '绩效指标', material: '报告素材' });
    // 报告素材: one row per section, 内容 left to fill (wrapped), no finding
    expect(check.material!.texts.size).toBe(0);
    expect(check.findings.filter((f) => f.rule.startsWith('R'))).toEqual([]);
    expect(layouts[3].cells.filter((c) => c.col === 0 && c.row > 0).map((c) => c.value)).toEqual(['一（一）', '一（二）', '二（一）', '二（二）', '二（三）', '三（一）', '三（二）', '四（一）', '四（二）', '五（一）', '五（二）', '五（三）', '六']);
    expect(layouts[3].cells.filter((c) => c.col === 2 && c.row > 0).every((c) => c.style?.wrap)).toBe(true);
    expect(check.findings.filter((f) => ['S001', 'S002', 'S003'].includes(f.rule))).toEqual([]);
    expect(check.ledger!.projects).toEqual([]);
    // the header row is frozen and styled, drop-down lists cover the body
    const ledger = layouts[1];
    expect(ledger.frozenRows).toBe(3);
    expect(ledger.validations!.map((v) => v.list)).toContainEqual(['是', '否']);
    expect(ledger.cells.filter((c) => c.row === 2).every((c) => c.style?.bold && c.style.border)).toBe(true);
  });
});
