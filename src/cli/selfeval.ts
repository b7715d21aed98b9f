/** `jx selfeval FILE [-o OUT] [--layout ID] [--draft] [--json] [--force]` (ID: a 自评表 layout of the registry). */
import path from 'node:path';
import { countBySeverity } from '../model/findingsShown';
import { evaluateWorkbook } from '../model/evaluate';
import { generatedAt } from '../model/selfeval';
import type { Locale } from '../model/messages';
import { DEFAULT_LAYOUT, fileLabelOf } from '../model/selfeval/layouts';
import { writtenFileName } from '../model/text/fileNames';
import { jsonSafe, visibleText } from '../model/text/visible';
import type { Console } from './check';
import type { ReadLimits } from '../adapters/xlsx/budget';
import { prepareOutput, writeNewFile, xlsxBytes } from './io';
import { countsLine, failureSink, findingLine, jsonFinding, refusalJson, sayOverCap, sayRefusal } from './report';
import { GRADE_TEXT } from '../model/rules/scoringWorkbook';

export { LAYOUT_CHOICES, isLayoutChoice } from './io';

export interface SelfEvalCliOptions {
  readonly output?: string;
  readonly layout?: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly locale: Locale;
  /** Build the table even over structural errors, marked 草稿：数据存在错误. */
  readonly draft?: boolean;
  /** Reading budgets (default: the CLI's, docs/limits.md). */
  readonly limits?: ReadLimits;
}

const T = {
  'zh-CN': {
    noTable: '无法生成自评表：',
    refused: (n: number) => `未生成自评表：工作簿的结构有 ${n} 个错误，读出的数据不完整或不可靠，据此生成的自评表会是错的：`,
    draftHint: '请先修正以上问题；如确需先看一份草稿，请加 --draft（自评表将标明“草稿：数据存在错误”）。',
    draftWritten: '注意：这是草稿，工作簿的结构有错误，表中已标明“草稿：数据存在错误”。',
    exists: (f: string) => `文件“${f}”已存在，未覆盖。如需覆盖请加 --force。`,
    written: (f: string, s: string) => `已生成“${f}”（工作表“${s}”）。`,
    total: (t: string, g: string) => `总分 ${t}，自评等级：${g}`,
    noScore: '绩效指标表没有分值，未计算总分。',
  },
  'en-US': {
    noTable: 'Cannot build the self-evaluation table: ',
    refused: (n: number) => `No self-evaluation table was built: the workbook's structure has ${n} error(s), so what was read is incomplete or unreliable and a table built from it would be wrong:`,
    draftHint: 'Fix the problems above first; to see a draft anyway, add --draft (the table is then marked as a draft with errors).',
    draftWritten: 'Note: this is a draft; the workbook\'s structure has errors, and the table says so.',
    exists: (f: string) => `"${f}" exists and was not overwritten. Use --force to overwrite it.`,
    written: (f: string, s: string) => `Wrote "${f}" (sheet "${s}").`,
    total: (t: string, g: string) => `Total ${t}, grade ${g}`,
    noScore: 'The indicator sheet has no points; no total was computed.',
  },
} as const;

/** `台账.xlsx` → `台账-自评表.xlsx` beside it (`--lang en`: `台账-self-evaluation.xlsx`), whichever 自评表 layout. */
export function defaultOutput(input: string, locale: Locale): string {
  return path.join(path.dirname(input), writtenFileName(input, { label: fileLabelOf(DEFAULT_LAYOUT, locale) }, '.xlsx', locale));
}

export async function runSelfEval(file: string, opts: SelfEvalCliOptions, io: Console): Promise<number> {
  const t = T[opts.locale];
  const out = opts.output ?? defaultOutput(file, opts.locale);
  const fail = failureSink(file, opts.json, io);
  const ready = await prepareOutput(file, out, opts, fail);
  if (!ready) return 2;
  const ev = evaluateWorkbook(ready.grid, { fileName: path.basename(file), layout: ready.layout, forSelfEval: true, draft: opts.draft, generatedAt: generatedAt(), existingSheets: [] });
  const se = ev.selfEval;
  if (ev.refused) return sayRefusal(file, ev.refused, ev.findings, { ...opts, ownSheet: ev.check.ownTable?.sheet }, t, io);
  if (ev.overCap) return sayOverCap(file, ev.overCap, ev.findings, { ...opts, ownSheet: ev.check.ownTable?.sheet }, t.noTable, io);
  if (!se) {
    if (opts.json) io.out(jsonSafe(refusalJson(file, ev.findings.filter((x) => x.severity === 'error'), ev.findings, opts.locale, ev.check.ownTable?.sheet)));
    io.err(t.noTable);
    for (const f of ev.findings.filter((x) => x.severity === 'error')) io.err('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    return 1;
  }
  const bytes = await xlsxBytes([{ layout: se.layout }]);
  const written = await writeNewFile(out, bytes, opts.force);
  if (written === 'exists') {
    fail(t.exists(out));
    return 2;
  }
  const total = se.total === undefined ? undefined : se.total.toFixed(2);
  if (opts.json) {
    io.out(jsonSafe(JSON.stringify({
      file: out,
      sheet: se.sheetName,
      layout: ev.layout,
      budget: { rate: se.budget.rate ?? null, score: se.budget.score ?? null },
      indicators: se.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, target: i.target, actual: i.actual, points: i.points ?? null, score: i.score ?? null })),
      total: se.total ?? null,
      grade: se.grade ?? null,
      paragraph: se.paragraph,
      draft: se.draft === true,
      findings: ev.findings.map((f) => jsonFinding(f, opts.locale, ev.check.ownTable?.sheet)),
    }, null, 2)));
  } else {
    io.out(visibleText(t.written(out, se.sheetName)));
    if (se.draft) io.out(t.draftWritten);
    io.out(total === undefined ? t.noScore : t.total(total, se.grade ? GRADE_TEXT[se.grade][opts.locale] : '—'));
    for (const f of ev.findings) io.out('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    io.out('  ' + countsLine(ev.findings, opts.locale));
  }
  return countBySeverity(ev.findings).error > 0 ? 1 : 0;
}
