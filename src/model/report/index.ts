/**
 * buildReport: the 绩效自评报告 (report.md) of one evaluated workbook, as data.
 *
 * Sections in the source's order; each opens with its data paragraph (A–E) and goes on with the
 * text of 报告素材, or a default, or the highlighted placeholder. The appendix is the 自评表 of
 * the evaluation's layout. Like the table, a workbook with structural errors gives no report unless
 * a draft is asked for; a draft says `草稿` in the header of every page, and what the workbook
 * cannot give (no ledger, no indicator sheet) stands as a placeholder.
 */
import { refusalOf, type WorkbookEvaluation } from '../evaluate';
import { LEDGER_COLUMNS } from '../read/columns';
import type { LedgerRead } from '../read/ledger';
import { ledgerParts } from '../read/ledgerSheets';
import { paragraphsOf } from '../read/material';
import type { ProjectKey } from '../records';
import { appendixFromLayout } from './appendix';
import {
  APPENDIX_CHAPTER,
  chapterHeading,
  HEAD_ID,
  placeholderText,
  sectionHeading,
  SECTIONS,
  type DataParagraph,
  type SectionDef,
} from './outline';
import { FUND_NAME_HOLE, hole, paragraphA, paragraphB, paragraphC, paragraphD, sentenceE, type Para } from './paragraphs';
import { textWidth } from '../selfeval/sheet';
import { lineHeightPt, PAGE_LANDSCAPE, PAGE_NUMBER, PAGE_PORTRAIT, TITLE_CHARS_PER_LINE, textHeightMm, textWidthMm } from './typography';
import type { Block, DataTexts, ParagraphRole, Report, ReportOutcome, ReportPart, ReportParagraph, Run } from './types';

export type {
  Block,
  DataTexts,
  Report,
  ReportCell,
  ReportOutcome,
  ReportParagraph,
  ReportPart,
  ReportRow,
  ReportTable,
  Run,
} from './types';
export { HEAD_ID, SECTIONS, sectionOf, type SectionDef } from './outline';
export { reportText } from './text';

export interface ReportOptions {
  /** Draft even when the workbook has errors (`草稿` in every page's header). */
  readonly draft?: boolean;
  /** The date under the title. */
  readonly date: { readonly year: number; readonly month: number; readonly day: number };
}

const MISSING_LEDGER = '【无法生成：工作簿中没有可读取的项目台账】';
const AGENCY_HOLE = '【请填写预算单位】';

/** A line with a placeholder in it, as runs: the placeholder highlighted, the rest as written. */
function holeRuns(line: string, placeholder: string): Run[] {
  const at = line.indexOf(placeholder);
  if (at < 0) return [{ text: line }];
  const after = line.slice(at + placeholder.length);
  return [...(at > 0 ? [{ text: line.slice(0, at) }] : []), hole(placeholder), ...(after ? [{ text: after }] : [])];
}
const missingColumns = (headers: ReadonlyArray<string>): string => `【无法生成：项目台账缺少“${headers.join('”“')}”列】`;

/** The ledger columns paragraphs A and B write figures from; one of a pair suffices (带动社会投入 = 总投资 − 财政支持资金). */
const FIGURES_OF: Readonly<Record<'A' | 'B', ReadonlyArray<ReadonlyArray<ProjectKey>>>> = {
  A: [['cohortYear'], ['approved'], ['disbursed'], ['totalInvestment']],
  B: [['cohortYear'], ['approved'], ['disbursed'], ['totalInvestment', 'socialInvestment']],
};

/**
 * The headers of the columns a data paragraph needs that some sheet of the ledger lacks (a draft over S002): its
 * figures would be sums of nothing (财政支持资金0万元), so the paragraph stands as a placeholder naming them.
 */
function lackedColumns(ledger: LedgerRead | undefined, para: 'A' | 'B'): string[] {
  if (!ledger) return [];
  const sheets = ledgerParts(ledger);
  return FIGURES_OF[para]
    .filter((any) => sheets.some((p) => any.every((k) => p.table.columns[k] === undefined)))
    .map((any) => LEDGER_COLUMNS.find((d) => d.key === any[0])!.header);
}
const MISSING_INDICATORS = '【无法生成：工作簿中没有可读取的绩效指标】';

const para = (
  role: ParagraphRole,
  runs: ReadonlyArray<Run>,
  extra: Partial<ReportParagraph> = {}
): ReportParagraph => ({
  kind: 'paragraph',
  role,
  runs,
  ...extra,
});

/** `2019年3月1日` (Arabic numerals, no leading zeros: GB/T 9704 7.3.5.3). */
export function reportDate(d: ReportOptions['date']): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/**
 * The title on one line when it fits, else broken after the project name (GB/T 9704 7.3.1: a
 * title of several lines is broken where the sense allows, not wherever the line is full).
 */
export function titleLines(projectName: string, fy: number | undefined): string[] {
  const year = `${fy ?? ''}年度绩效自评报告`;
  const whole = `${projectName}${year}`;
  return textWidth(whole) <= TITLE_CHARS_PER_LINE * 2 ? [whole] : [projectName, year];
}

export function buildReport(ev: WorkbookEvaluation, options: ReportOptions): ReportOutcome {
  // The table's decision (refusalOf, selfeval/draft.ts): refused over structural errors unless a draft is asked
  // for, and marked 草稿 exactly when built over them. Other errors are listed beside it, as the table's are.
  // The 自评报告 is the year's: never drafted from a workbook read as of a cut-off month (its appendix would be the
  // 监控表, its 四（一） July's figures as the year's 实际完成).
  if (ev.check.stage === 'midYear') return { ok: false, reason: 'midYear', actuals: ev.check.indicators?.table.columns.actual !== undefined };
  const errors = refusalOf(ev.check, ev.layout);
  if (errors.length && options.draft !== true) return { ok: false, reason: 'errors', errors };
  // its appendix is the 自评表, not laid out past the cap (S022): a draft would lack it as well
  if (ev.overCap) return { ok: false, reason: 'overCap', finding: ev.overCap };
  const draft = errors.length > 0;

  const profile = ev.check.profile;
  const metrics = ev.metrics;
  const se = ev.selfEval;
  const texts = ev.check.material?.texts ?? new Map<string, ReadonlyArray<string>>();
  const fy = ev.check.fiscalYear ?? metrics?.fiscalYear;
  // a fund 配置 does not name (S015): its name and agency stand as highlighted placeholders, never as a blank
  const fundName = profile.projectName.trim();
  const agency = profile.agency.trim();
  const title = `${fundName || FUND_NAME_HOLE}${fy ?? ''}年度绩效自评报告`;

  const data: Record<DataParagraph, string[]> = { A: [], B: [], C: [], D: [], E: [] };
  const placeholders = new Set<string>();
  const body: Block[] = [
    ...titleLines(fundName || FUND_NAME_HOLE, fy).map((l) => para('title', fundName ? [{ text: l }] : holeRuns(l, FUND_NAME_HOLE))),
    para('byline', [agency ? { text: agency } : hole(AGENCY_HOLE)]),
    para('date', [{ text: reportDate(options.date) }]),
  ];

  const push = (def: SectionDef, role: ParagraphRole, paras: ReadonlyArray<Para>, tag?: DataParagraph): void => {
    for (const runs of paras) {
      body.push(para(role, runs, { section: def.id, ...(tag ? { data: tag } : {}) }));
      if (tag) data[tag].push(runs.map((r) => r.text).join(''));
      // the fund's name (二（一）, 二（二）) comes from 配置, as the title's: said with the head, not as a section to write
      if (runs.some((r) => r.placeholder && r.text !== FUND_NAME_HOLE)) placeholders.add(def.id);
    }
  };

  /** The section's own text: from 报告素材, else its default, else the placeholder (or nothing). */
  const textOf = (def: SectionDef): Para[] => {
    const given = texts.get(def.id);
    if (given?.length) return given.map((l) => [{ text: l }]);
    const fallback = def.text === 'goal' ? profile.goal : def.text === 'goalResult' ? profile.goalResult : undefined;
    if (fallback?.trim()) return paragraphsOf(fallback).map((l) => [{ text: l }]);
    return def.text === 'optional' ? [] : [[hole(placeholderText(def.heading))]];
  };

  let chapter = 0;
  for (const def of SECTIONS) {
    if (def.chapter !== chapter) {
      chapter = def.chapter;
      body.push(para('heading1', [{ text: chapterHeading(chapter) }]));
    }
    const heading = sectionHeading(def);
    if (heading) body.push(para('heading2', [{ text: heading }], { section: def.id }));
    if (def.guide) body.push(para('guide', [{ text: def.guide }], { section: def.id }));

    switch (def.data) {
      case 'A': {
        const lacked = lackedColumns(ev.check.ledger, 'A');
        push(def, 'body', !metrics ? [[hole(MISSING_LEDGER)]] : lacked.length ? [[hole(missingColumns(lacked))]] : paragraphA(metrics, profile), 'A');
        push(def, 'body', textOf(def));
        break;
      }
      case 'B': {
        const lacked = lackedColumns(ev.check.ledger, 'B');
        if (!metrics || lacked.length) {
          push(def, 'body', [[hole(metrics ? missingColumns(lacked) : MISSING_LEDGER)]], 'B');
          push(def, 'body', textOf(def));
          break;
        }
        const given = texts.get(def.id);
        const b = paragraphB(metrics, given, placeholderText(def.heading), profile);
        push(def, 'body', b.data, 'B');
        push(def, 'body', b.rest);
        break;
      }
      case 'C':
        push(def, 'body', se ? paragraphC(se, profile, ev.layout) : [[hole(MISSING_INDICATORS)]], 'C');
        push(def, 'body', textOf(def));
        break;
      case 'D':
        // where no verdict can be given, the section's placeholder — unless 报告素材 gives the section's text
        push(def, 'body', se ? paragraphD(se.scores, profile, paragraphsOf, texts.get(def.id)?.length ? undefined : placeholderText(def.heading)) : [[hole(MISSING_INDICATORS)]], 'D');
        push(def, 'body', textOf(def));
        break;
      case 'E': {
        const e = sentenceE(metrics?.budget, profile.previousBudget);
        if (e) push(def, 'body', [e], 'E');
        push(def, 'body', textOf(def));
        break;
      }
      default:
        push(def, 'body', textOf(def));
    }
  }

  // 七、附表: the heading and the table's name at the top of the table's first page (a part of its own, landscape for
  // the 2020 form), as an 附件 heads its own page (GB/T 9704): at the end of the text they stood alone at the foot
  // of the last page, the table on the next, and Word keeps no paragraph with what follows across a section break.
  const appendixHeading = para('heading1', [{ text: chapterHeading(APPENDIX_CHAPTER) }]);
  const parts: ReportPart[] = [];
  const appendixPage = se?.layout.page?.orientation === 'landscape' ? PAGE_LANDSCAPE : PAGE_PORTRAIT;
  if (se) {
    // the two lines above the table take room from its first page
    const appendix = appendixFromLayout(se.layout, textWidthMm(appendixPage), textHeightMm(appendixPage), 2 * lineHeightPt('heading1'));
    const name = para('body', [{ text: `《${appendix.name}》` }], { section: '七' });
    parts.push({ page: PAGE_PORTRAIT, blocks: body });
    parts.push({ page: appendixPage, blocks: [appendixHeading, name, ...appendix.titles, appendix.table] });
  } else {
    body.push(appendixHeading);
    body.push(para('body', [hole(metrics ? MISSING_INDICATORS : MISSING_LEDGER)]));
    placeholders.add('七');
    parts.push({ page: PAGE_PORTRAIT, blocks: body });
  }

  const report: Report = {
    title,
    parts,
    draft,
    layout: ev.layout,
    data: data as DataTexts,
    placeholders: [
      ...(!fundName || !agency ? [HEAD_ID] : []),
      ...SECTIONS.map((d) => d.id).filter((id) => placeholders.has(id)),
      ...(placeholders.has('七') ? ['七'] : []),
    ],
    pageNumber: PAGE_NUMBER,
  };
  return { ok: true, report };
}
