import { checkWorkbook } from '../../src/model/check';
import type { CellValue, Grid, GridSheet } from '../../src/model/grid';
import type { SheetLayout } from '../../src/model/layout';
import { messyLedgerGrid, sampleWorkbookGrid } from '../../src/model/sample';
import { analyse, blockingFindings, uniqueSheetName } from '../../src/ui/engine';
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
  });

  test('findings are sorted, counted, and include the scoring findings', () => {
    const { view, evaluation } = analyse(sampleWorkbookGrid());
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of view.findings) counts[f.severity]++;
    expect(view.counts).toEqual(counts);
    for (const f of evaluation!.findings) expect(view.findings).toContainEqual(f);
  });

  test('a messy ledger gives findings, never an exception; no ledger → no preview and a blocking S001', () => {
    const messy = analyse(messyLedgerGrid().grid);
    expect(messy.view.findings.length).toBeGreaterThan(0);
    const empty = analyse({ sheets: [{ name: 'Sheet1', values: [['hello']] }] });
    expect(empty.view.preview).toBeUndefined();
    expect(blockingFindings(empty).map((f) => f.rule)).toContain('S001');
  });

  test('uniqueSheetName adds (2), (3)… and ignores case as Excel does', () => {
    expect(uniqueSheetName('2018年度绩效自评表', ['配置'])).toBe('2018年度绩效自评表');
    expect(uniqueSheetName('2018年度绩效自评表', ['2018年度绩效自评表'])).toBe('2018年度绩效自评表 (2)');
    expect(uniqueSheetName('Sheet', ['sheet', 'SHEET (2)'])).toBe('Sheet (3)');
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
  });

  test('empty: the reader finds all three sheets and every required column, with no data', () => {
    const layouts = inputSheetLayouts(false);
    expect(layouts.map((l) => l.name)).toEqual(['配置', '项目台账', '绩效指标']);
    const check = checkWorkbook({ sheets: layouts.map(gridOf) }, { forSelfEval: true });
    expect(check.sheets).toEqual({ profile: '配置', ledger: '项目台账', indicators: '绩效指标' });
    expect(check.findings.filter((f) => ['S001', 'S002', 'S003'].includes(f.rule))).toEqual([]);
    expect(check.ledger!.projects).toEqual([]);
    // the header row is frozen and styled, drop-down lists cover the body
    const ledger = layouts[1];
    expect(ledger.frozenRows).toBe(3);
    expect(ledger.validations!.map((v) => v.list)).toContainEqual(['是', '否']);
    expect(ledger.cells.filter((c) => c.row === 2).every((c) => c.style?.bold && c.style.border)).toBe(true);
  });
});
