/** Helpers of the report tests: the source document's sections, sample workbooks with changes. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { buildReport, type Report } from '../../../src/model/report';
import type { LayoutId } from '../../../src/model/selfeval';
import {
  INDICATOR_HEADER,
  sampleIndicatorRows,
  sampleWorkbookGrid,
  type SampleIndicatorRow,
} from '../../../src/model/sample';

/**
 * The source document, read at test time (the tests compare with it, not with a copy): in
 * ../shared/seed beside the repository as the spec and the manifest schemas are (a worktree one
 * level further down finds it one level up), or in $JX_SHARED_DIR/seed.
 */
const REPO = path.resolve(__dirname, '../../..');
const SEED_CANDIDATES = [
  ...(process.env.JX_SHARED_DIR ? [path.join(process.env.JX_SHARED_DIR, 'seed')] : []),
  path.join(REPO, '..', 'shared', 'seed'),
  path.join(REPO, '..', '..', 'shared', 'seed'),
].map((d) => path.join(d, '000_78a807617c647145.txt'));

export function sourceLines(): string[] {
  const file = SEED_CANDIDATES.find((f) => existsSync(f));
  if (!file) throw new Error(`the source document is not at ${SEED_CANDIDATES.join(' or ')} (set JX_SHARED_DIR)`);
  return readFileSync(file, 'utf8').split('\n');
}

/** The source's report (sections 一 to 七's first line), trimmed, blank lines dropped: up to the appendix table. */
export function sourceReportLines(): string[] {
  const lines = sourceLines().map((l) => l.trim());
  const end = lines.indexOf('《自治区财政项目支出绩效自评表》');
  return lines.slice(0, end + 1).filter((l) => l !== '');
}

/** The lines of one section of the source: its heading to the line before the next heading. */
export function sourceSection(heading: string, next: string): string[] {
  const lines = sourceReportLines();
  const a = lines.indexOf(heading);
  const b = lines.indexOf(next);
  if (a < 0 || b < a) throw new Error(`section ${heading} not found in the source`);
  return lines.slice(a, b);
}

export const DATE = { year: 2019, month: 3, day: 1 } as const;

export function report(grid: Grid, layout?: LayoutId, draft = false): Report {
  const r = buildReport(evaluateWorkbook(grid, { forSelfEval: true, layout, draft }), { date: DATE, draft });
  if (!r.ok) throw new Error(`no report: ${r.reason === 'errors' ? r.errors.map((f) => f.rule).join(', ') : r.reason}`);
  return r.report;
}

/** The lines of the paragraphs of one section (heading, guide, text), as plain text. */
export function sectionLines(r: Report, id: string): string[] {
  return r.parts[0].blocks
    .filter((b) => b.kind === 'paragraph' && b.section === id)
    .map((b) => (b.kind === 'paragraph' ? b.runs.map((x) => x.text).join('') : ''));
}

/** The sample with some sheets replaced or removed. */
export function sampleWith(change: { sheets?: Readonly<Record<string, GridSheet | null>> }): Grid {
  const sheets = sampleWorkbookGrid().sheets.flatMap((s) => {
    const c = change.sheets?.[s.name];
    if (c === null) return [];
    return [c ?? s];
  });
  return { sheets };
}

export function indicatorSheet(rows: ReadonlyArray<SampleIndicatorRow>): GridSheet {
  return { name: '绩效指标', values: [[...INDICATOR_HEADER], ...rows.map((r) => [...r] as CellValue[])] };
}

export function sampleIndicators(): SampleIndicatorRow[] {
  return sampleIndicatorRows();
}
