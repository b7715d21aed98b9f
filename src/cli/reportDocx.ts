/** `jx report FILE [-o OUT.docx] [--layout 2018|2020] [--draft] [--force] [--json]`: the 自评报告 as a Word draft. */
import path from 'node:path';
import { evaluateWorkbook } from '../model/evaluate';
import { countBySeverity } from '../model/findingsShown';
import type { Locale } from '../model/messages';
import { buildReport, HEAD_ID, sectionOf } from '../model/report';
import { sectionNumber } from '../model/report/outline';
import { writtenFileName } from '../model/text/fileNames';
import { jsonSafe, visibleText } from '../model/text/visible';
import type { ReadLimits } from '../adapters/xlsx/budget';
import type { Console } from './check';
import { prepareOutput, writeNewFile } from './io';
import { countsLine, failureSink, findingLine, jsonFinding, refusalJson, sayOverCap } from './report';

export interface ReportCliOptions {
  readonly output?: string;
  readonly layout?: string;
  readonly draft: boolean;
  readonly json: boolean;
  readonly force: boolean;
  readonly locale: Locale;
  /** The date under the title; default today. */
  readonly today?: Date;
  /** Reading budgets (default: the CLI's, docs/limits.md). */
  readonly limits?: ReadLimits;
}

const T = {
  'zh-CN': {
    refused: (n: number) => `工作簿有 ${n} 个错误，未生成自评报告。请先修正，或加 --draft 生成标有“草稿”的报告：`,
    overCap: '无法生成自评报告（其附表自评表无法生成）：',
    midYear: '这是年中监控的工作簿（绩效指标填写的是监控期完成值，没有“实际完成值”列），未生成自评报告：自评报告在年终依据全年的实际完成值撰写。年中请用 jx monitor 生成绩效监控表；年终请在绩效指标中填写“实际完成值”列后再生成自评报告。',
    exists: (f: string) => `文件“${f}”已存在，未覆盖。如需覆盖请加 --force。`,
    written: (f: string, layout: string) => `已生成自评报告“${f}”（附表：${layout} 版自评表）。`,
    draft: '报告每页页眉标有“草稿”：工作簿中的错误修正前不宜报送。',
    holes: (ids: string) => `以下章节尚待填写（报告中以黄色标出）：${ids}。可在“报告素材”工作表中按章节填写。`,
    head: '标题中的资金名称或其下的预算单位尚待填写（报告中以黄色标出）：请在“配置”工作表中填写“项目名称”“预算单位”。',
  },
  'en-US': {
    refused: (n: number) => `The workbook has ${n} error(s); no report was written. Fix them first, or add --draft for a report marked as a draft:`,
    overCap: 'Cannot write the report (its appendix, the self-evaluation table, cannot be built): ',
    midYear: 'This is a mid-year monitoring workbook (its indicators give the values monitored so far, with no column of actual values, 实际完成值): no report was written, as the self-evaluation report is written at year end from the year\'s actual values. For mid-year, build the monitoring table with jx monitor; at year end, fill in the 实际完成值 column of the indicator sheet, then write the report.',
    exists: (f: string) => `"${f}" exists and was not overwritten. Use --force to overwrite it.`,
    written: (f: string, layout: string) => `Wrote the self-evaluation report "${f}" (appendix: the ${layout} table).`,
    draft: 'Every page is headed 草稿 (draft): do not send it before the errors in the workbook are fixed.',
    holes: (ids: string) => `Sections still to be written (highlighted in yellow): ${ids}. Fill them in, by section, in the sheet named "报告素材" (report material).`,
    head: 'The fund\'s name in the title, or the budget agency under it, is still to be filled in (highlighted in yellow): give 项目名称 (project name) and 预算单位 (budget agency) in the sheet named "配置" (profile).',
  },
} as const;

/** `台账.xlsx` → `台账-自评报告.docx` beside it (`--lang en`: `台账-self-evaluation-report.docx`). */
export function defaultReportOutput(input: string, locale: Locale): string {
  return path.join(path.dirname(input), writtenFileName(input, 'report', '.docx', locale));
}

/** `一（一）、二（三）` in Chinese; `1.1, 2.3` in English. */
function placeholderList(ids: ReadonlyArray<string>, locale: Locale): string {
  if (locale === 'zh-CN') return ids.join('、');
  return ids
    .map((id) => {
      const d = sectionOf(id);
      return d === 'appendix' ? '7' : d ? sectionNumber(d) : id;
    })
    .join(', ');
}

export async function runReport(file: string, opts: ReportCliOptions, io: Console): Promise<number> {
  const t = T[opts.locale];
  const out = opts.output ?? defaultReportOutput(file, opts.locale);
  const fail = failureSink(file, opts.json, io);
  const ready = await prepareOutput(file, out, { ...opts, kind: '.docx' }, fail);
  if (!ready) return 2;
  const ev = evaluateWorkbook(ready.grid, { fileName: path.basename(file), layout: ready.layout, forSelfEval: true, draft: opts.draft, existingSheets: [] });
  const today = opts.today ?? new Date();
  const built = buildReport(ev, {
    draft: opts.draft,
    date: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
  });
  if (!built.ok && built.reason === 'midYear') {
    fail(t.midYear);
    return 2;
  }
  if (!built.ok && built.reason === 'overCap') return sayOverCap(file, built.finding, ev.findings, { ...opts, ownSheet: ev.check.ownTable?.sheet }, t.overCap, io);
  if (!built.ok) {
    if (opts.json) io.out(jsonSafe(refusalJson(file, built.errors, ev.findings, opts.locale, ev.check.ownTable?.sheet)));
    io.err(t.refused(built.errors.length));
    for (const f of built.errors) io.err('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    return 1;
  }
  const report = built.report;
  // The Word writer is loaded only by this command: `jx check` starts without it.
  const { writeDocx } = await import('../adapters/docx');
  const bytes = await writeDocx(report);
  if ((await writeNewFile(out, bytes, opts.force, '.docx')) === 'exists') {
    fail(visibleText(t.exists(out)));
    return 2;
  }
  if (opts.json) {
    io.out(
      jsonSafe(JSON.stringify(
        {
          file: out,
          layout: report.layout,
          draft: report.draft,
          title: report.title,
          paragraphs: report.data,
          placeholders: report.placeholders,
          findings: ev.findings.map((f) => jsonFinding(f, opts.locale, ev.check.ownTable?.sheet)),
        },
        null,
        2
      ))
    );
  } else {
    io.out(visibleText(t.written(out, report.layout)));
    if (report.draft) io.out(t.draft);
    if (report.placeholders.includes(HEAD_ID)) io.out(t.head);
    const sections = report.placeholders.filter((id) => id !== HEAD_ID);
    if (sections.length) io.out(t.holes(placeholderList(sections, opts.locale)));
    for (const f of ev.findings) io.out('  ' + findingLine(f, opts.locale, ev.check.ownTable?.sheet));
    io.out('  ' + countsLine(ev.findings, opts.locale));
  }
  return countBySeverity(ev.findings).error > 0 ? 1 : 0;
}
