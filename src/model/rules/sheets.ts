/**
 * Sheet rules (S…) a ledger range can meet: S001 is reported by checkWorkbook (check.ts) and FINDINGS
 * (functions/ledger.ts) where they look for the sheets; S002–S004 by `columnFindings` below. The rules
 * only a whole workbook meets (S005, S006, S008, S009, S010–S014) are in sheetsWorkbook.ts.
 */
import { a1 } from '../grid';
import { acceptedNamesOf, type ColumnDef } from '../read/columns';
import type { Table } from '../read/table';
import { defineRule, msg, P, type CodeTable } from './define';

/**
 * S001 as a ledger range meets it (FINDINGS, functions/ledger.ts): its title and its one message there, no header row.
 * The rule whole — the sheets a workbook's check does not find, a budget request asked for a form, a file of one table
 * — is S001 in sheetsWorkbook.ts, which shares these (the registry's S001), so that its other texts stay out of
 * functions.js (≤ 60 KB gzipped, issue 4).
 */
export const S001_RANGE = defineRule({
  id: 'S001', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '找不到工作表', 'en-US': 'Sheet not found' },
  messages: {
    /** `table`: the sheet's name, or a file's (with its extension) that has no sheets (a CSV): never told to rename a sheet. */
    noHeader: msg({
      params: { table: P.text, examples: P.list },
      'zh-CN': (p) => `“${p.table}”的前 30 行内没有找到标题行（至少需要 3 个可识别的列标题，如 ${p.examples}）。`,
      'en-US': (p) => `No header row in the first 30 rows of "${p.table}" (at least 3 known headers such as ${p.examples} are needed).`,
    }),
  },
});

export const S002 = defineRule({
  id: 'S002', category: 'sheet', severity: 'error',
  title: { 'zh-CN': '缺少必填列', 'en-US': 'Required column missing' },
  messages: {
    main: msg({
      params: { field: P.text, aliases: P.some },
      'zh-CN': (p) => `缺少必填列“${p.field}”（可用的列标题：${p.aliases}）。`,
      'en-US': (p) => `Required column "${p.field}" is missing (accepted headers: ${p.aliases}).`,
    }),
    /**
     * The field is given only as shares of a group (`财政支持资金` over 中央 | 自治区 | 地州, no total): not read
     * as their sum — whether the shares are all of it the header cannot say, and a stamped table must not rest on
     * a guess; one total column settles it.
     */
    parts: msg({
      params: { field: P.text, group: P.text, cell: P.cell, parts: P.list },
      'zh-CN': (p) => `缺少必填列“${p.field}”：${p.cell}“${p.group}”下只有分项（${p.parts}），没有合计列；分项是否齐全无从判断，未相加。请在该组下增加“合计”列，或增加一列“${p.field}”。`,
      'en-US': (p) => `Required column "${p.field}" is missing: "${p.group}" at ${p.cell} has only shares (${p.parts}) and no total column; whether the shares are all of it cannot be told, so they are not added up. Add a total column under the group, or a column "${p.field}".`,
    }),
    /** The column is there but blank on every row: one finding, not one L002 per row. */
    empty: msg({
      params: { field: P.text, cell: P.cell },
      'zh-CN': (p) => `必填列“${p.field}”（${p.cell}）整列为空。`,
      'en-US': (p) => `Required column "${p.field}" (${p.cell}) is empty on every row.`,
    }),
    /** A 绩效指标 without its targets (a header the catalogue does not know): one finding, never a W005 per row. */
    targets: msg({
      params: { field: P.text, aliases: P.some, count: P.number },
      'zh-CN': (p) => `绩效指标表缺少“${p.field}”列（可用的列标题：${p.aliases}），${p.count} 个指标没有年度指标值，无法评分。`,
      'en-US': (p) => `The indicator sheet has no "${p.field}" column (accepted headers: ${p.aliases}): ${p.count} indicator(s) have no target and cannot be scored.`,
    }),
    /** A year-end 绩效指标 without its actuals: one finding for the sheet, never one per row. */
    actuals: msg({
      params: { field: P.text, aliases: P.some, count: P.number },
      'zh-CN': (p) =>
        `年终自评缺少“${p.field}”列（可用的列标题：${p.aliases}），${p.count} 个指标无法评分；如这是预算申报阶段的绩效目标表，请勿附项目台账。`,
      'en-US': (p) =>
        `The year-end evaluation has no "${p.field}" column (accepted headers: ${p.aliases}): ${p.count} indicator(s) cannot be scored. If this is a budget request's target table, leave the ledger out.`,
    }),
  },
});

/** The column S003 ignores is hidden in the sheet: the visible one is read (readTable), and the message says why. */
const HIDDEN_COLUMN: CodeTable<'hidden'> = { hidden: { 'zh-CN': '（隐藏列）', 'en-US': ' (hidden)' } };

export const S003 = defineRule({
  id: 'S003', category: 'sheet', severity: 'warning',
  title: { 'zh-CN': '列重复', 'en-US': 'Duplicate column' },
  messages: {
    main: msg({
      /**
       * Two columns both read as one field (`field`, its canonical header): `kept`, at `firstCell`, is used — the
       * most specific: the canonical header, else the alias listed first; between equals the first column. Under a
       * merged 拨付情况 the two may mean different things (已拨付 = earlier years), so the message does not say they
       * are the same, only how each was read.
       */
      params: { header: P.text, kept: P.text, firstCell: P.cell, field: P.text, hidden: P.optional(P.code(HIDDEN_COLUMN)) },
      'zh-CN': (p) => `列“${p.header}”${p.hidden}与 ${p.firstCell} 列“${p.kept}”都读作“${p.field}”，已使用“${p.kept}”（${p.firstCell}），忽略本列；如两列含义不同，请改写列标题。`,
      'en-US': (p) => `Column "${p.header}"${p.hidden} and "${p.kept}" at ${p.firstCell} both read as "${p.field}"; "${p.kept}" (${p.firstCell}) is used and this column ignored. If they mean different things, rename one of the headers.`,
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

/**
 * More findings of one rule than the list shows (capPerRule, findings.ts): the findings past the cap are one finding of
 * this rule, at the first of them, with the severity they have; `count` is how many it stands for, and counts by
 * severity (countBySeverity) add it, so every total stays true.
 */
export const S007 = defineRule({
  id: 'S007', category: 'sheet', severity: 'info',
  title: { 'zh-CN': '同类问题过多', 'en-US': 'Too many findings of one rule' },
  messages: {
    main: msg({
      params: { rule: P.text, count: P.number, shown: P.number },
      'zh-CN': (p) => `规则 ${p.rule} 另有 ${p.count} 处问题未逐条列出（每条规则最多列出 ${p.shown} 处），第一处在此单元格。请先改正已列出的问题，再重新检查。`,
      'en-US': (p) => `${p.count} more finding(s) of rule ${p.rule} are not listed (at most ${p.shown} per rule are); the first is at this cell. Correct those listed, then check again.`,
    }),
  },
});

/**
 * The sheet rules a ledger range alone can meet (FINDINGS, functions/ledger.ts); the workbook's others are in
 * sheetsWorkbook.ts, so that their texts stay out of functions.js (≤ 60 KB gzipped, issue 4). The registry's
 * SHEET_RULES (rules/index.ts) lists both, by id.
 */
export const LEDGER_SHEET_RULES = [S001_RANGE, S002, S003, S004, S007] as const;

type SheetFinding = ReturnType<(typeof S002.finding)['main']> | ReturnType<(typeof S002.finding)['parts']> | ReturnType<(typeof S003.finding)['main']> | ReturnType<(typeof S004.finding)['main']>;

/**
 * S002/S003/S004 of a table sheet; `given`: required columns another source gives (地州市 from a sheet's name);
 * `readElsewhere`: columns outside the catalogue that the reader reads (the ✓ columns of 偏差原因分析).
 */
export function columnFindings<K extends string>(table: Table<K>, defs: ReadonlyArray<ColumnDef<K>>, emit: (f: SheetFinding) => void, given: ReadonlySet<K> = new Set(), readElsewhere: ReadonlySet<number> = new Set()): void {
  const sheet = table.sheet.name;
  const at = (col: number) => ({ sheet, row: table.headerRow, col });
  for (const d of defs) {
    if (!d.required || table.columns[d.key] || given.has(d.key)) continue;
    const parts = table.partsOnly[d.key];
    if (parts) emit(S002.finding.parts({ sheet, row: parts.row, col: parts.col }, { field: d.header, group: parts.group, cell: a1(parts.row, parts.col), parts: parts.parts }));
    else emit(S002.finding.main(at(table.sheet.origin?.col ?? 0), { field: d.header, aliases: acceptedNamesOf(d) }));
  }
  for (const d of table.duplicates)
    emit(S003.finding.main({ sheet, row: d.row, col: d.col }, {
      header: d.header,
      kept: d.keptHeader,
      firstCell: a1(table.columns[d.key]?.row ?? table.headerRow, d.firstCol),
      field: defs.find((x) => x.key === d.key)?.header ?? d.keptHeader,
      ...(d.hidden ? { hidden: 'hidden' as const } : {}),
    }));
  const unknown = readElsewhere.size ? table.unknown.filter((u) => !readElsewhere.has(u.col)) : table.unknown;
  if (unknown.length)
    emit(S004.finding.main(at(unknown[0].col), { headers: unknown.map((u) => u.header), count: unknown.length }));
}
