/**
 * Sheet rules (S…): the sheets and columns a workbook needs. S001 and S005 are reported by
 * checkWorkbook (check.ts) and FINDINGS (functions/ledger.ts) where they look for the sheets and
 * the year; S002–S004 by `columnFindings` below.
 */
import { a1 } from '../grid';
import { acceptedNamesOf, type ColumnDef } from '../read/columns';
import type { Table } from '../read/table';
import { defineRule, msg, P } from './define';
import { SHEET_KIND_TEXT } from './vocab';

const kind = P.code(SHEET_KIND_TEXT);

export const S001 = defineRule({
  id: 'S001', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '找不到工作表', 'en-US': 'Sheet not found' },
  messages: {
    main: msg({
      params: { kind, names: P.list },
      'zh-CN': (p) => `找不到“${p.kind}”工作表：请将工作表命名为 ${p.names} 之一，或在前 10 行内放入至少 3 个可识别的列标题。`,
      'en-US': (p) => `No ${p.kind} sheet found: name a sheet ${p.names}, or put at least 3 known column headers in its first 10 rows.`,
    }),
    noHeader: msg({
      params: { sheet: P.text, examples: P.list },
      'zh-CN': (p) => `“${p.sheet}”工作表的前 10 行内没有找到标题行（至少需要 3 个可识别的列标题，如 ${p.examples}）。`,
      'en-US': (p) => `No header row in the first 10 rows of sheet "${p.sheet}" (at least 3 known headers such as ${p.examples} are needed).`,
    }),
    indicators: msg({
      params: { kind, names: P.list, examples: P.list },
      'zh-CN': (p) => `找不到“${p.kind}”工作表，无法生成自评表：请将工作表命名为 ${p.names} 之一，或放入 ${p.examples} 等列标题。`,
      'en-US': (p) => `No ${p.kind} sheet found, so the self-evaluation table cannot be built: name a sheet ${p.names}, or give it the headers ${p.examples}.`,
    }),
  },
});

export const S002 = defineRule({
  id: 'S002', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '缺少必填列', 'en-US': 'Required column missing' },
  messages: {
    main: msg({
      params: { field: P.text, aliases: P.list },
      'zh-CN': (p) => `缺少必填列“${p.field}”（可用的列标题：${p.aliases}）。`,
      'en-US': (p) => `Required column "${p.field}" is missing (accepted headers: ${p.aliases}).`,
    }),
    /** A year-end 绩效指标 without its actuals: one finding for the sheet, never one per row. */
    actuals: msg({
      params: { field: P.text, aliases: P.list, count: P.number },
      'zh-CN': (p) =>
        `年终自评缺少“${p.field}”列（可用的列标题：${p.aliases}），${p.count} 个指标无法评分；如这是预算申报阶段的绩效目标表，请勿附项目台账。`,
      'en-US': (p) =>
        `The year-end evaluation has no "${p.field}" column (accepted headers: ${p.aliases}): ${p.count} indicator(s) cannot be scored. If this is a budget request's target table, leave the ledger out.`,
    }),
  },
});

export const S003 = defineRule({
  id: 'S003', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '列重复', 'en-US': 'Duplicate column' },
  messages: {
    main: msg({
      params: { header: P.text, firstCell: P.cell },
      'zh-CN': (p) => `列“${p.header}”重复出现，以第一次出现的 ${p.firstCell} 列为准。`,
      'en-US': (p) => `Column "${p.header}" appears twice; the first one, at ${p.firstCell}, is used.`,
    }),
  },
});

export const S004 = defineRule({
  id: 'S004', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '无法识别的列', 'en-US': 'Unknown columns' },
  messages: {
    main: msg({
      params: { headers: P.list, count: P.number },
      'zh-CN': (p) => `有 ${p.count} 个无法识别的列，已忽略：${p.headers}。`,
      'en-US': (p) => `${p.count} unknown column(s) ignored: ${p.headers}.`,
    }),
  },
});

export const S005 = defineRule({
  id: 'S005', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '缺少评价年度', 'en-US': 'No fiscal year' },
  messages: {
    main: msg({
      /** The profile sheet and the parameter (配置, 评价年度), as the workbook names them. */
      params: { sheet: P.text, field: P.text },
      'zh-CN': (p) => `“${p.sheet}”中缺少“${p.field}”，也无法从工作表标题中推断年度：请在“${p.sheet}”中填写${p.field}（如 2018）。`,
      'en-US': (p) => `The profile sheet "${p.sheet}" has no "${p.field}" and no year can be inferred from a sheet title: enter the fiscal year (e.g. 2018) there.`,
    }),
  },
});

export const SHEET_RULES = [S001, S002, S003, S004, S005] as const;

type SheetFinding = ReturnType<(typeof S002.finding)['main']> | ReturnType<(typeof S003.finding)['main']> | ReturnType<(typeof S004.finding)['main']>;

/** S002/S003/S004 of a table sheet. */
export function columnFindings<K extends string>(table: Table<K>, defs: ReadonlyArray<ColumnDef<K>>, emit: (f: SheetFinding) => void): void {
  const sheet = table.sheet.name;
  const at = (col: number) => ({ sheet, row: table.headerRow, col });
  for (const d of defs)
    if (d.required && !table.columns[d.key]) emit(S002.finding.main(at(table.sheet.origin?.col ?? 0), { field: d.header, aliases: acceptedNamesOf(d) }));
  for (const d of table.duplicates) emit(S003.finding.main(at(d.col), { header: d.header, firstCell: a1(table.headerRow, d.firstCol) }));
  if (table.unknown.length)
    emit(S004.finding.main(at(table.unknown[0].col), { headers: table.unknown.map((u) => u.header), count: table.unknown.length }));
}
