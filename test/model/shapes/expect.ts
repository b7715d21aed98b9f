/** What every reshaped sample must give: the plain sample's check, figures and 自评表. */
import { evaluateWorkbook, type WorkbookEvaluation } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';

let plain: WorkbookEvaluation | undefined;
export function plainSample(): WorkbookEvaluation {
  return (plain ??= evaluateWorkbook(sampleWorkbookGrid(), { layout: '2020', generatedAt: 'T' }));
}

/** The cells of the 自评表 (value and place), without the generated note that names the sheets read. */
export function tableCells(e: WorkbookEvaluation): string[] {
  return e.selfEval!.layout.cells.filter((c) => !/本表由绩效自评助手/.test(String(c.value ?? ''))).map((c) => `${c.row},${c.col}=${JSON.stringify(c.value)}`);
}

/** 0 errors and warnings (info allowed only where `info` names it), the same metrics, the same 自评表 (100.00, 优). */
export function expectSameAsSample(grid: Grid, info: ReadonlyArray<string> = []): WorkbookEvaluation {
  const e = evaluateWorkbook(grid, { layout: '2020', generatedAt: 'T' });
  const p = plainSample();
  expect(e.findings.filter((f) => f.severity !== 'info' || !info.includes(f.rule)).map((f) => `${f.rule} ${f.sheet}!${f.row},${f.col} ${JSON.stringify(f.params)}`)).toEqual([]);
  expect(e.check.ledger!.projects).toHaveLength(169);
  expect(e.metrics).toEqual(p.metrics);
  expect(e.selfEval!.total).toBe(100);
  expect(e.selfEval!.grade).toBe('优');
  expect(e.selfEval!.paragraph).toBe(p.selfEval!.paragraph);
  expect(tableCells(e)).toEqual(tableCells(p));
  return e;
}
