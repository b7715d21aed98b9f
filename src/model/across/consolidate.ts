/**
 * The consolidated workbook of `jx merge` and the page (issue 20), as layout descriptions the xlsx
 * writer carries out:
 * - 汇总: one row per 地州市 — 项目数, 新上项目, 结转项目, 财政支持资金, 本年拨付, 带动社会投入
 *   (native COUNTIFS / SUMIFS over the consolidated 项目台账, so that they follow the user's edits),
 *   分配金额 and its difference when 配置 lists allocations, the errors and warnings found in that
 *   地州市's projects (per file and across files), its source files; a 合计 row of SUM formulas;
 * - 项目台账: every project of every file, in file order, with 来源文件, 来源工作表, 来源行 (the row
 *   as Excel numbers it) and 原填地州市 (the 地州市 as written, where it is read as another): values as read (amounts in the province's unit, 地州市 as its official
 *   name, dates as dates); a cell that could not be read is kept as written, for the check to find;
 * - 配置, 绩效指标 and 报告素材 of the province, copied as they were (so that `jx report` of the consolidation has its text).
 */
import type { LocalizedText } from '../errors';
import type { Finding } from '../findings';
import { columnLetters, dateToSerial, isDateValue, type CellValue, type GridSheet } from '../grid';
import { EXCEL_MAX_ROWS } from '../gridWhole';
import { DEFAULT_COLUMN_CHARS, MAX_ROW_POINTS, PAGE_NUMBER_FOOTER, printableSize, printedColumnPoints, type CellStyle, type GridPrint, type LayoutCell, type LayoutValue, type SheetLayout, type StyledValue } from '../layout';
import { projectSocial } from '../metrics';
import { fenToNumber, type Fen, type MoneyUnit } from '../money';
import { COUNTY_HEADERS, PROVENANCE_HEADERS } from '../read/columns';
import { ledgerParts } from '../read/ledgerSheets';
import type { Project, ProjectKey } from '../records';
import { LEDGER_HEADERS } from '../sample/workbook';
import { markDraft, structuralErrors } from '../selfeval/draft';
import { cellTextWidth, fitToPaper, heightFor, lineCount, MIN_FIT_SCALE, uniqueSheetName } from '../selfeval/sheet';
import { provinceRegionOf, type AcrossFinding, type AcrossResult } from './index';

/** A sheet of the consolidated workbook: a layout, or a grid copied as it was. */
export type ConsolidatedSheet =
  | { readonly layout: SheetLayout; readonly grid?: undefined; readonly columnWidths?: undefined; readonly print?: undefined }
  /** A sheet copied as it was, with the column widths (characters, by sheet column) it is written in: copiedWidths. */
  | { readonly grid: GridSheet; readonly layout?: undefined; readonly columnWidths?: ReadonlyArray<number>; readonly print?: GridPrint };

/** One 地州市's figures (amounts in 分), as the 汇总 sheet shows them. */
export interface RegionSummary {
  readonly region: string;
  readonly projects: number;
  readonly newProjects: number;
  readonly carried: number;
  readonly approved: Fen;
  readonly disbursed: Fen;
  readonly social: Fen;
  readonly allocated?: Fen;
  readonly errors: number;
  readonly warnings: number;
  readonly files: ReadonlyArray<string>;
}

export interface Consolidated {
  /** 汇总, 项目台账, then 配置, 绩效指标 and 报告素材 when the province has them. */
  readonly sheets: ReadonlyArray<ConsolidatedSheet>;
  readonly projects: number;
  readonly regions: ReadonlyArray<RegionSummary>;
  /** The 合计 row's figures. */
  readonly total: Omit<RegionSummary, 'region' | 'files'>;
}

export const CONSOLIDATED_SHEETS = { summary: '汇总', ledger: '项目台账' } as const;

/** Rows of the consolidated 项目台账: title, unit line, header, first project. */
const LEDGER_ROWS = { title: 0, unit: 1, header: 2, first: 3 } as const;
/**
 * The most projects one consolidated 项目台账 holds: a worksheet has 1,048,576 rows, less the title, unit and header
 * rows above the first project. More than that is refused before anything is written (the 汇总's SUMIFS would point
 * past the sheet, and Excel refuses the file).
 */
export const MAX_CONSOLIDATED_PROJECTS = EXCEL_MAX_ROWS - LEDGER_ROWS.first;

/** The projects the consolidated 项目台账 would hold (a row each), counted without building it. */
export function consolidatedProjectCount(result: AcrossResult): number {
  let n = 0;
  for (const { evaluation } of result.files) {
    const ledger = evaluation.check.ledger;
    if (ledger) for (const part of ledgerParts(ledger)) n += part.projects.length;
  }
  return n;
}

/** 1048576 → "1,048,576" (in both languages). */
const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Why the files are not merged, in both languages — more projects than one 项目台账 holds — or null when they fit.
 * The CLI and the page ask before building anything, so a refusal costs nothing and writes nothing.
 */
export function mergeRefusal(result: AcrossResult, max: number = MAX_CONSOLIDATED_PROJECTS): LocalizedText | null {
  const projects = consolidatedProjectCount(result);
  if (projects <= max) return null;
  const files = result.files.length;
  return {
    'zh-CN': `未生成汇总：${files} 个文件共有 ${count(projects)} 个项目，而一个工作表最多 ${count(EXCEL_MAX_ROWS)} 行，“项目台账”除去表头最多容纳 ${count(max)} 个项目。请把文件分成几批分别合并（例如按地州市）。`,
    'en-US': `Nothing was merged: the ${files} file(s) hold ${count(projects)} projects, and a worksheet has at most ${count(EXCEL_MAX_ROWS)} rows, so the project ledger (项目台账) holds at most ${count(max)} projects below its header. Merge the files in several batches (for example by prefecture).`,
  };
}

/** Why files whose read is in doubt are not merged, and the errors that put it in doubt (each with its file). */
export interface StructuralRefusal {
  readonly text: LocalizedText;
  readonly errors: ReadonlyArray<AcrossFinding>;
}

/**
 * The structural errors of the files (structuralErrors, selfeval/draft.ts: a sheet or column not found, no year, a
 * CSV quote never closed): the read of such a file is incomplete or in doubt, and a 汇总 of it would give wrong
 * province-wide figures — refused as the 自评表 is (refusalOf), unless a draft is asked for (`jx merge --draft`).
 * Every ledger field counts (the 汇总 carries them all). So does a whole amount column in the other unit (L013's
 * column and inWan: a ledger in 元 with no 单位 said, or in 万元 under 元): a warning in the file's own check, but the
 * 汇总 would sum it 10,000 times too big or too small — 克拉玛依's 18 projects gave the province 5,100,340 万元 of
 * 财政支持资金, written with exit 0. So does a file of another fund (X006's errors: its 配置 or ledger title names another
 * fund than the province's, or than most files'): its projects summed in make the 汇总 and the 自评表 built from it wrong.
 * Null when no file has one.
 */
export function structuralRefusal(result: AcrossResult): StructuralRefusal | null {
  const errors: AcrossFinding[] = [];
  let units = 0;
  for (const { file, evaluation } of result.files) {
    for (const f of structuralErrors(evaluation.findings)) errors.push({ ...f, file });
    for (const f of evaluation.findings)
      if (f.rule === 'L013' && (f.variant === 'column' || f.variant === 'inWan')) {
        errors.push({ ...f, file });
        units++;
      }
  }
  // a file of another fund (X006 as an error: its 配置 or title names it): its projects are not this fund's
  const funds = result.findings.filter((f) => f.rule === 'X006' && f.severity === 'error');
  if (!errors.length && !funds.length) return null;
  const listed = (fs: ReadonlyArray<AcrossFinding>): { n: number; zh: string; en: string } => {
    const files = [...new Set(fs.map((f) => f.file))];
    return { n: files.length, zh: files.map((f) => `“${f}”`).join('、'), en: files.map((f) => `"${f}"`).join(', ') };
  };
  const s = listed(errors);
  const base: LocalizedText | undefined = !errors.length
    ? undefined
    : units
      ? {
        'zh-CN': `未生成汇总：${s.n} 个文件（${s.zh}）的结构或金额单位有 ${errors.length} 个问题（整列金额疑似按另一单位填写），读出的项目或金额不可靠，据此汇总会得出错误的全区数字。请先修正这些文件（在列标题或单位行注明单位）后再合并。`,
        'en-US': `Nothing was merged: the structure or money unit of ${s.n} file(s) (${s.en}) has ${errors.length} problem(s) (a whole amount column looks entered in the other unit), so the projects or amounts read are unreliable and a consolidation would give wrong province-wide figures. Fix these files first (write the unit in the column header or the unit line), then merge again.`,
      }
      : {
        'zh-CN': `未生成汇总：${s.n} 个文件（${s.zh}）的结构有 ${errors.length} 个错误，读出的项目不完整或不可靠，据此汇总会得出错误的全区数字。请先修正这些文件后再合并。`,
        'en-US': `Nothing was merged: the structure of ${s.n} file(s) (${s.en}) has ${errors.length} error(s), so the projects read are incomplete or unreliable and a consolidation would give wrong province-wide figures. Fix these files first, then merge again.`,
      };
  if (!funds.length) return { errors, text: base! };
  const o = listed(funds);
  const fund = {
    'zh-CN': `${o.n} 个文件（${o.zh}）报送的是另一项资金的台账（X006），两项资金的项目汇总在一起会得出错误的全区数字：请去掉这些文件，或修正其“配置”的项目名称或台账标题后再合并。`,
    'en-US': `${o.n} file(s) (${o.en}) are ledgers of another fund (X006), and two funds' projects summed together give wrong province-wide figures: leave these files out, or correct their profile's project name or ledger title, then merge again.`,
  };
  return {
    errors: [...errors, ...funds],
    text: base
      ? { 'zh-CN': `${base['zh-CN']}另有${fund['zh-CN']}`, 'en-US': `${base['en-US']} Also, ${fund['en-US']}` }
      : { 'zh-CN': `未生成汇总：${fund['zh-CN']}`, 'en-US': `Nothing was merged: ${fund['en-US']}` },
  };
}

const AMOUNTS: ReadonlySet<ProjectKey> = new Set(['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment']);
const DATE_FORMAT = 'yyyy-mm-dd';
/** Label of the 汇总 row of projects with no 地州市, and of findings on no project row. */
const NO_REGION = '（未填地州市）';
const NOT_A_PROJECT = '（不属于单个项目的问题）';

/**
 * A money header's unit on a line of its own (`财政支持资金` / `（万元）`), as printed forms set it: wrapped by
 * the column's width instead, the closing bracket fell alone onto the second line.
 */
const UNIT_LINE = (unit: string): string => `\n（${unit}）`;

/** The printed margins (cm) of the consolidation's sheets, 汇总 and 项目台账 alike. */
const MARGINS_CM = { top: 1.9, bottom: 1.9, left: 1.8, right: 1.8 } as const;
/** The 汇总's paper: A4 landscape (its width decides how wide 来源文件 may be, filesWidth). */
const SUMMARY_PAGE = { paperSize: 'A4', orientation: 'landscape', margins: MARGINS_CM } as const;

/**
 * A copied sheet on paper: A4 landscape, one page wide, its texts wrapped in their columns. Printed with Excel's
 * defaults (portrait, 100 %), the 14-prefecture round's 配置, 绩效指标 and 报告素材 took ten pages of the 汇总 workbook
 * (soffice), most of them a column or the tail of one long line run on over the empty cells beside it.
 */
const COPIED_PRINT: GridPrint = { paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, margins: MARGINS_CM };

/** The widest a copied sheet's column is made (characters): a longer text (a 年度总体目标) runs on over the empty cells beside it. */
const COPIED_MAX_CHARS = 40;

/**
 * The column widths of a sheet copied into the consolidation (配置, 绩效指标, 报告素材): the grid read carries no
 * widths, and at Excel's default 8.43 the copies showed 最长结转年 for 最长结转年限 and cut every indicator's name. Each
 * column is made as wide as its widest cell (CJK two characters, plus two), not under the default nor over
 * COPIED_MAX_CHARS; a cell merged over several columns is left to its merge. Indexed by sheet column (origin included).
 */
export function copiedWidths(sheet: GridSheet): number[] {
  const c0 = sheet.origin?.col ?? 0;
  const r0 = sheet.origin?.row ?? 0;
  const spanned = new Set<string>();
  for (const m of sheet.merges ?? []) if (m.right > m.left) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) spanned.add(`${r}:${c}`);
  const widths: number[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || spanned.has(`${r0 + r}:${c0 + c}`)) return;
      const text = isDateValue(v) ? '0000-00-00' : typeof v === 'object' ? String(v.code) : String(v);
      const wide = text.split('\n').reduce((w, line) => Math.max(w, cellTextWidth(line)), 0);
      widths[c0 + c] = Math.max(widths[c0 + c] ?? 0, Math.min(COPIED_MAX_CHARS, Math.ceil(wide + 2)));
    })
  );
  return Array.from({ length: widths.length }, (_, c) => Math.max(DEFAULT_COLUMN_CHARS, widths[c] ?? 0));
}

/**
 * The row heights (points, by grid row) a copied sheet's texts need wrapped in the widths copiedWidths gave them: a
 * 年度总体目标 of 200 characters in its 40-character column takes its lines (the sheet's own measure, lineCount), up to
 * the tallest row a host allows; a row of short cells keeps the default height (undefined).
 */
export function copiedHeights(sheet: GridSheet, widths: ReadonlyArray<number>): Array<number | undefined> {
  const c0 = sheet.origin?.col ?? 0;
  return sheet.values.map((row) => {
    let lines = 1;
    row.forEach((v, c) => {
      if (typeof v === 'string') lines = Math.max(lines, lineCount(v, widths[c0 + c] ?? DEFAULT_COLUMN_CHARS));
    });
    return lines > 1 ? Math.min(MAX_ROW_POINTS, Math.round(heightFor(lines) * 4) / 4) : undefined;
  });
}

/** Column widths (characters) of the consolidated ledger's wider columns. */
const WIDTH: Readonly<Record<string, number>> = { 项目编号: 16, 项目名称: 30, 承担单位: 28, 统一社会信用代码: 22, 地州市: 16, [COUNTY_HEADERS[0]]: 14, 专利号: 20, 备注: 20, 来源文件: 24, 来源工作表: 14, 原填地州市: 16 };

const FONT = { name: '宋体', fallbacks: ['SimSun', 'Noto Serif CJK SC'], size: 11 } as const;
const HEAD: CellStyle = { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: true, fill: '#DDEBF7' };
const TITLE: CellStyle = { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' };
/**
 * The 汇总's rows are centred top to bottom, as the forms' are: a 地州市 sent in several files has a row as tall as its
 * 来源文件 list, and at the host's default (bottom) its name and figures sat on the list's last line.
 */
const BODY: CellStyle = { border: true, vAlign: 'middle' };
/**
 * An amount shows two decimals, as officers write 万元 and 元: a ledger kept to the 分 in 元 gives six in 万元
 * (2,858.183814), which the 汇总 showed. The cell keeps the exact value (the formulas sum it to the 分).
 */
const MONEY: CellStyle = { ...BODY, numberFormat: '#,##0.00' };
/** An amount in the consolidated 项目台账 (no border: its other cells have none). */
const AMOUNT: CellStyle = { numberFormat: MONEY.numberFormat };
const COUNT: CellStyle = { ...BODY, numberFormat: '0' };
const TOTAL_TEXT: CellStyle = { ...BODY, bold: true, hAlign: 'center' };

/** A date cell's style (one object: the writer gives each style object its format once). */
const DATE: CellStyle = { numberFormat: DATE_FORMAT };

/** A project's cell in the consolidated ledger: the value read, else the cell as written (null when empty). */
function cellOf(p: Project, key: ProjectKey, raw: () => CellValue, unit: MoneyUnit, regionOf: (p: Project) => string | undefined): LayoutValue | StyledValue {
  const v = key === 'region' ? regionOf(p) : p[key];
  if (v !== undefined) {
    if (AMOUNTS.has(key)) return fenToNumber(v as Fen, unit);
    if (typeof v === 'boolean') return v ? '是' : '否';
    if (isDateValue(v)) return { value: dateToSerial(v), style: DATE };
    if (typeof v === 'string' || typeof v === 'number') return v;
  }
  const r = raw();
  if (r === null || r === undefined) return null;
  if (isDateValue(r)) return { value: dateToSerial(r), style: DATE };
  return typeof r === 'object' ? r.code : r;
}

/** The county field of the consolidated 项目台账 (no field of a project: Table.county's cell as written). */
const COUNTY = 'county';
type LedgerField = ProjectKey | typeof COUNTY;

/** The consolidated 项目台账's fields, in order: the template's (LEDGER_HEADERS), the county after 地州市 when any file has one. */
function ledgerFields(withCounty: boolean): LedgerField[] {
  const keys: LedgerField[] = LEDGER_HEADERS.map(([k]) => k);
  if (withCounty) keys.splice(keys.indexOf('region') + 1, 0, COUNTY);
  return keys;
}
const fieldHeader = (k: LedgerField): string => (k === COUNTY ? COUNTY_HEADERS[0] : LEDGER_HEADERS.find(([key]) => key === k)![1]);

/** A county cell as written: its text trimmed, a 行政区划代码 as the code it is; anything else as the cell holds it. */
function countyCell(v: CellValue): LayoutValue | StyledValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (isDateValue(v)) return { value: dateToSerial(v), style: DATE };
  return typeof v === 'object' ? v.code : v;
}

/** The sheet of a file, as the key of its rows' 地州市. */
const sheetKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

/**
 * Builds the consolidated workbook from the files checked together; over files with structural errors (structuralRefusal:
 * only when a draft is asked for) its 汇总 and 项目台账 are marked `草稿：数据存在错误` (markDraft).
 */
export function consolidate(result: AcrossResult): Consolidated {
  const province = result.province;
  const unit: MoneyUnit = province?.profile.unit ?? '万元';
  const regionOf = provinceRegionOf(province);
  // the year most files name where no --profile gives it (yearOfFiles), as X005 holds the files against it
  const fiscalYear = result.fiscalYear ?? province?.profile.fiscalYear ?? result.files.find((f) => f.evaluation.check.fiscalYear !== undefined)?.evaluation.check.fiscalYear;

  // --- 项目台账
  // its fields: the template's, and after 地州市 the county where a file has a county column beside its 地州市 (Table.county)
  const withCounty = result.files.some(({ evaluation }) => evaluation.check.ledger && ledgerParts(evaluation.check.ledger).some((part) => part.table.county));
  const fields = ledgerFields(withCounty);
  const headers = [...fields.map(fieldHeader), ...PROVENANCE_HEADERS];
  const width = headers.length;
  const cells: LayoutCell[] = [
    { row: LEDGER_ROWS.title, col: 0, value: `${fiscalYear !== undefined ? `${fiscalYear}年度` : ''}${province?.profile.projectName ?? ''}项目台账（${result.files.length} 个文件汇总）`, style: TITLE },
    { row: LEDGER_ROWS.unit, col: 0, value: `单位：${unit}` },
    ...headers.map((h, col): LayoutCell => ({ row: LEDGER_ROWS.header, col, value: h, style: HEAD })),
  ];
  // the projects, a row each (LayoutTable: no object per cell)
  const rows: Array<ReadonlyArray<LayoutValue | StyledValue>> = [];
  /** Each project row's 地州市, by file and sheet, then row. */
  const regionOfRow = new Map<string, Map<number, string>>();
  const byRegion = new Map<string, { projects: Project[]; files: Set<string> }>();
  let row: number = LEDGER_ROWS.first;
  const n = fields.length;
  // 带动社会投入 left blank (or its column absent) is 项目总投资 − 财政支持资金 (workbook.md, metrics' projectSocial): the
  // cell gets that formula, so that the 汇总's SUMIFS and the 合计 give the figure the 自评表 and the report give.
  const colOf = (k: LedgerField): number => fields.indexOf(k);
  const regionAt = colOf('region');
  const derived = { social: colOf('socialInvestment'), total: columnLetters(colOf('totalInvestment')), approved: columnLetters(colOf('approved')) };
  for (const { file, evaluation } of result.files) {
    const ledger = evaluation.check.ledger;
    if (!ledger) continue;
    // a CSV (a file of one table) has no sheet: its 来源工作表 is left blank, its 来源文件 says it all
    const own = evaluation.check.ownTable?.sheet;
    for (const part of ledgerParts(ledger)) {
      const t = part.table;
      const columns = fields.map((key) => (key === COUNTY ? t.county?.col : t.columns[key]?.col));
      const regionCol = t.columns.region?.col;
      const sheetRegions = regionOfRow.get(sheetKey(file, t.sheet.name)) ?? new Map<number, string>();
      regionOfRow.set(sheetKey(file, t.sheet.name), sheetRegions);
      for (const p of part.projects) {
        const values: Array<LayoutValue | StyledValue> = new Array<LayoutValue | StyledValue>(n + 4);
        for (let col = 0; col < n; col++) {
          const c = columns[col];
          const key = fields[col];
          const raw = (): CellValue => (c !== undefined ? t.value(p.row, c) : null);
          // the county as written (a text, or a 行政区划代码 as the code it is)
          values[col] = key === COUNTY ? countyCell(raw()) : cellOf(p, key, raw, unit, regionOf);
        }
        if (values[derived.social] === null && p.socialInvestment === undefined && p.totalInvestment !== undefined && p.approved !== undefined)
          cells.push({ row, col: derived.social, value: fenToNumber(projectSocial(p), unit), formula: `${derived.total}${row + 1}-${derived.approved}${row + 1}`, style: AMOUNT });
        values[n] = file;
        values[n + 1] = t.sheet.name === own ? null : t.sheet.name;
        values[n + 2] = p.row + 1;
        // the 地州市 as the row wrote it, where the consolidated one reads it as another (伊宁市 → 伊犁哈萨克自治州, 巴州):
        // the submitter's words are kept beside the prefecture the 汇总 counts them under — a 行政区划代码 Excel holds as a
        // number (652901) too, as the code it is
        const written = regionCol !== undefined ? t.value(p.row, regionCol) : null;
        const writtenText = typeof written === 'string' ? written.trim() : typeof written === 'number' && Number.isInteger(written) ? String(written) : null;
        values[n + 3] = writtenText && writtenText !== values[regionAt] ? writtenText : null;
        rows.push(values);
        const region = regionOf(p) ?? NO_REGION;
        sheetRegions.set(p.row, region);
        const g = byRegion.get(region) ?? { projects: [], files: new Set<string>() };
        g.projects.push(p);
        g.files.add(file);
        byRegion.set(region, g);
        row++;
      }
    }
  }
  const projectCount = row - LEDGER_ROWS.first;
  const last = Math.max(LEDGER_ROWS.first, row - 1);
  const ledgerLayout: SheetLayout = {
    name: CONSOLIDATED_SHEETS.ledger,
    columnWidths: headers.map((h) => WIDTH[h] ?? Math.max(10, h.length * 2 + 4)),
    rowHeights: [28, undefined, 30],
    cells,
    // its amounts as the 汇总's (the cells exact, two decimals shown), its other cells as read
    table: { first: LEDGER_ROWS.first, rows, styles: fields.map((key) => (key !== COUNTY && AMOUNTS.has(key) ? AMOUNT : undefined)) },
    merges: [{ top: LEDGER_ROWS.title, left: 0, bottom: LEDGER_ROWS.title, right: width - 1 }],
    font: FONT,
    frozenRows: LEDGER_ROWS.first,
    autoFilter: { top: LEDGER_ROWS.header, left: 0, bottom: last, right: width - 1 },
    // Printed as a province's 台账 is: A3 landscape, one page wide (some 25 columns; A4 would print at a third of
    // the size), the header on every page, numbered pages. Without a page setup it printed portrait, two
    // columns a page, the header on the first page only (169 projects: 47 pages).
    page: {
      paperSize: 'A3',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: MARGINS_CM,
      printTitleRows: { first: LEDGER_ROWS.header, last: LEDGER_ROWS.header },
      printArea: { top: 0, left: 0, bottom: last, right: width - 1 },
      footer: PAGE_NUMBER_FOOTER,
    },
  };

  // --- counts of findings per 地州市 (per file and across)
  const findingsOf: Array<{ file: string; f: Finding }> = [];
  for (const { file, evaluation } of result.files) for (const f of evaluation.findings) findingsOf.push({ file, f });
  for (const f of result.findings) findingsOf.push({ file: f.file, f });
  const counts = new Map<string, { errors: number; warnings: number }>();
  // a finding on no project row of a prefecture's file (X005 at its title, X006, X004 at its 本年拨付 header) is its
  // 地州市's when all the file's projects are of one: it counted in the row of findings on no project, and 克州's
  // ledger of last year showed 0 warnings on 克州's row
  const fileRegions = new Map<string, Set<string>>();
  for (const [region, g] of byRegion) for (const file of g.files) fileRegions.set(file, (fileRegions.get(file) ?? new Set<string>()).add(region));
  const soleRegion = (file: string): string | undefined => {
    const rs = fileRegions.get(file);
    return rs?.size === 1 ? [...rs][0] : undefined;
  };
  for (const { file, f } of findingsOf) {
    if (f.severity === 'info') continue;
    const n = f.rule === 'S007' ? (f.params as { count: number }).count : 1;
    const region = regionOfRow.get(sheetKey(file, f.sheet))?.get(f.row) ?? soleRegion(file) ?? NOT_A_PROJECT;
    const c = counts.get(region) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors += n;
    else c.warnings += n;
    counts.set(region, c);
  }

  // --- 汇总
  const allocations = new Map((province?.allocations?.allocations ?? []).map((a) => [a.region, a.amount] as const));
  const regions: string[] = [];
  for (const r of province?.profile.regions ?? []) if (byRegion.has(r) || allocations.has(r)) regions.push(r);
  for (const r of byRegion.keys()) if (!regions.includes(r)) regions.push(r);
  const summaries: RegionSummary[] = regions.map((region) => {
    const ps = byRegion.get(region)?.projects ?? [];
    const sum = (k: 'approved' | 'disbursed'): Fen => ps.reduce((s, p) => s + (p[k] ?? 0), 0);
    const c = counts.get(region) ?? { errors: 0, warnings: 0 };
    return {
      region,
      projects: ps.length,
      newProjects: ps.filter((p) => fiscalYear !== undefined && p.cohortYear === fiscalYear).length,
      carried: ps.filter((p) => fiscalYear !== undefined && p.cohortYear !== undefined && p.cohortYear < fiscalYear).length,
      approved: sum('approved'),
      disbursed: sum('disbursed'),
      social: ps.reduce((s, p) => s + projectSocial(p), 0),
      ...(allocations.has(region) ? { allocated: allocations.get(region)! } : {}),
      errors: c.errors,
      warnings: c.warnings,
      files: [...(byRegion.get(region)?.files ?? [])],
    };
  });
  const other = counts.get(NOT_A_PROJECT);
  const summary = summaryLayout(summaries, other, { last, column: (k) => columnLetters(colOf(k)), fiscalYear, unit, withAllocations: allocations.size > 0, title: `${fiscalYear !== undefined ? `${fiscalYear}年度` : ''}项目汇总（按地州市）` });

  // built over files with structural errors (`jx merge --draft`): marked as the 自评表 is, title and footer
  const mark = structuralRefusal(result) ? markDraft : (l: SheetLayout): SheetLayout => l;
  const sheets: ConsolidatedSheet[] = [{ layout: mark(summary.layout) }, { layout: mark(ledgerLayout) }];
  // the province's sheets under their own names, unless one is taken (a 绩效指标 named 汇总 becomes 汇总 (2))
  const names: string[] = [CONSOLIDATED_SHEETS.summary, CONSOLIDATED_SHEETS.ledger];
  for (const grid of [province?.profileSheet, province?.indicatorSheet, province?.materialSheet]) {
    if (!grid) continue;
    const name = uniqueSheetName(grid.name, names);
    names.push(name);
    const widths = copiedWidths(grid);
    sheets.push({ grid: name === grid.name ? grid : { ...grid, name }, columnWidths: widths, print: { ...COPIED_PRINT, rowHeights: copiedHeights(grid, widths) } });
  }
  return { sheets, projects: projectCount, regions: summaries, total: summary.total };
}

/**
 * The 汇总's 来源文件 column: as wide as its longest file name as a host draws it (cellTextWidth), from 16 characters
 * on: a prefecture's name for its ledger (乌鲁木齐市专利实施项目台账（补报）.xlsx, 42 units as a host draws it) on one
 * line. Up to what the page allows beside the `other` columns: the sheet, fitted one page wide, still prints its 11 pt
 * body at 8 pt or more (MIN_FIT_SCALE, as the forms' fit to one page) — and never narrower than 50, its width before
 * (a name over 50 wrapped in the middle, …项目台账（第二次修订稿， / 已盖章）.xlsx, where the page had room for it). A
 * longer name wraps, its row as tall as its lines (filesHeight).
 */
function filesWidth(rows: ReadonlyArray<RegionSummary>, other: ReadonlyArray<number>): number {
  const widest = rows.reduce((w, s) => s.files.reduce((x, f) => Math.max(x, Math.ceil(cellTextWidth(f) + 1)), w), 0);
  // (a host prints a fit at a whole percent, rounded down: 73 %, not 72.7)
  const room = printableSize(SUMMARY_PAGE).width / (Math.ceil(MIN_FIT_SCALE * 100) / 100) - other.reduce((a, w) => a + printedColumnPoints(w), 0);
  let most = 255; // Excel's widest column
  while (most > 50 && printedColumnPoints(most) > room) most--;
  return Math.min(most, Math.max(16, widest));
}

/**
 * A 地州市's 来源文件, a file a line: joined with 、 they wrapped wherever the column ran out, a name cut in the middle
 * (…项目台 / 账.xlsx), as 汇总 printed two files of one prefecture.
 */
const filesText = (files: ReadonlyArray<string>): string => files.join('\n');

/** A 汇总 row's height for its 来源文件 wrapped at `width` (undefined: one line, the default height). */
function filesHeight(files: ReadonlyArray<string>, width: number): number | undefined {
  const lines = lineCount(filesText(files), width);
  return lines > 1 ? Math.round(heightFor(lines) * 4) / 4 : undefined;
}

interface SummaryOptions {
  /** The last row of the consolidated ledger (0-based). */
  readonly last: number;
  /** The consolidated ledger's column of a field (its letters). */
  readonly column: (k: ProjectKey) => string;
  readonly fiscalYear?: number;
  readonly unit: MoneyUnit;
  readonly withAllocations: boolean;
  readonly title: string;
}

/** The 汇总 sheet: a row per 地州市 with COUNTIFS / SUMIFS over the ledger, and a 合计 row of SUMs. */
function summaryLayout(rows: ReadonlyArray<RegionSummary>, other: { errors: number; warnings: number } | undefined, o: SummaryOptions): { layout: SheetLayout; total: Consolidated['total'] } {
  const L = `'${CONSOLIDATED_SHEETS.ledger}'!`;
  const range = (k: ProjectKey): string => `${L}$${o.column(k)}$${LEDGER_ROWS.first + 1}:$${o.column(k)}$${o.last + 1}`;
  const money = (f: Fen): number => fenToNumber(f, o.unit);
  const criterion = (r: number, region: string): string => (region === NO_REGION ? '"="' : `$A${r + 1}`);
  type Column = { header: string; width: number; style: CellStyle; cell: (s: RegionSummary, r: number) => { value: LayoutValue; formula?: string }; total?: boolean };
  const year = o.fiscalYear;
  const columns: Column[] = [
    { header: '地州市', width: 22, style: BODY, cell: (s) => ({ value: s.region }) },
    { header: '项目数', width: 9, style: COUNT, total: true, cell: (s, r) => ({ value: s.projects, formula: `COUNTIFS(${range('region')},${criterion(r, s.region)})` }) },
    ...(year !== undefined
      ? [
        { header: '新上项目', width: 9, style: COUNT, total: true, cell: (s: RegionSummary, r: number) => ({ value: s.newProjects, formula: `COUNTIFS(${range('region')},${criterion(r, s.region)},${range('cohortYear')},${year})` }) },
        { header: '结转项目', width: 9, style: COUNT, total: true, cell: (s: RegionSummary, r: number) => ({ value: s.carried, formula: `COUNTIFS(${range('region')},${criterion(r, s.region)},${range('cohortYear')},"<${year}")` }) },
      ]
      : []),
    { header: `财政支持资金${UNIT_LINE(o.unit)}`, width: 16, style: MONEY, total: true, cell: (s, r) => ({ value: money(s.approved), formula: `SUMIFS(${range('approved')},${range('region')},${criterion(r, s.region)})` }) },
    { header: `本年拨付${UNIT_LINE(o.unit)}`, width: 14, style: MONEY, total: true, cell: (s, r) => ({ value: money(s.disbursed), formula: `SUMIFS(${range('disbursed')},${range('region')},${criterion(r, s.region)})` }) },
    { header: `带动社会投入${UNIT_LINE(o.unit)}`, width: 16, style: MONEY, total: true, cell: (s, r) => ({ value: money(s.social), formula: `SUMIFS(${range('socialInvestment')},${range('region')},${criterion(r, s.region)})` }) },
  ];
  if (o.withAllocations) {
    const paidCol = columnLetters(columns.length - 2);
    const allocCol = columnLetters(columns.length);
    columns.push(
      { header: `分配金额${UNIT_LINE(o.unit)}`, width: 14, style: MONEY, total: true, cell: (s) => ({ value: s.allocated === undefined ? null : money(s.allocated) }) },
      { header: `拨付减分配${UNIT_LINE(o.unit)}`, width: 14, style: MONEY, total: true, cell: (s, r) => ({ value: money(s.disbursed - (s.allocated ?? 0)), formula: `${paidCol}${r + 1}-${allocCol}${r + 1}` }) },
    );
  }
  columns.push(
    { header: '错误', width: 7, style: COUNT, total: true, cell: (s) => ({ value: s.errors }) },
    { header: '警告', width: 7, style: COUNT, total: true, cell: (s) => ({ value: s.warnings }) },
  );
  columns.push({ header: '来源文件', width: filesWidth(rows, columns.map((c) => c.width)), style: { ...BODY, wrap: true }, cell: (s) => ({ value: filesText(s.files) }) });
  const width = columns.length;
  const HEADER = 2;
  const FIRST = 3;
  const cells: LayoutCell[] = [
    { row: 0, col: 0, value: o.title, style: TITLE },
    { row: 1, col: 0, value: `单位：${o.unit}；各数据由“${CONSOLIDATED_SHEETS.ledger}”工作表以公式汇总，修改台账后自动更新。` },
    ...columns.map((c, col): LayoutCell => ({ row: HEADER, col, value: c.header, style: HEAD })),
  ];
  const body = [...rows];
  if (other && (other.errors || other.warnings))
    body.push({ region: NOT_A_PROJECT, projects: 0, newProjects: 0, carried: 0, approved: 0, disbursed: 0, social: 0, errors: other.errors, warnings: other.warnings, files: [] });
  body.forEach((s, i) => {
    const r = FIRST + i;
    const notProject = s.region === NOT_A_PROJECT;
    columns.forEach((c, col) => {
      const v = c.cell(s, r);
      // the row of findings on no project: only its label and counts
      if (notProject && col > 0 && !['错误', '警告'].includes(c.header)) return void cells.push({ row: r, col, value: null, style: c.style });
      cells.push({ row: r, col, value: v.value, ...(v.formula !== undefined ? { formula: v.formula } : {}), style: c.style });
    });
  });
  const totalRow = FIRST + body.length;
  const sumOf = (get: (s: RegionSummary) => number): number => body.reduce((n, s) => n + get(s), 0);
  const total: Consolidated['total'] = {
    projects: sumOf((s) => s.projects),
    newProjects: sumOf((s) => s.newProjects),
    carried: sumOf((s) => s.carried),
    approved: sumOf((s) => s.approved),
    disbursed: sumOf((s) => s.disbursed),
    social: sumOf((s) => s.social),
    ...(o.withAllocations ? { allocated: sumOf((s) => s.allocated ?? 0) } : {}),
    errors: sumOf((s) => s.errors),
    warnings: sumOf((s) => s.warnings),
  };
  columns.forEach((c, col) => {
    if (col === 0) return void cells.push({ row: totalRow, col, value: '合计', style: TOTAL_TEXT });
    if (!c.total) return void cells.push({ row: totalRow, col, value: null, style: c.style });
    const letter = columnLetters(col);
    // the cached value: the sum of the cells above as the model wrote them
    const above = cells.filter((x) => x.col === col && x.row >= FIRST && x.row < totalRow && typeof x.value === 'number');
    const value = Math.round(above.reduce((n, x) => n + (x.value as number), 0) * 1e6) / 1e6;
    cells.push({ row: totalRow, col, value, formula: body.length ? `SUM(${letter}${FIRST + 1}:${letter}${totalRow})` : undefined, style: { ...c.style, bold: true } });
  });
  // on paper as the forms go (fitToPaper): one page while that prints at 8 pt or more, else paged with its header
  // repeated and the 合计 row never alone (fitted one page wide only, a 16-prefecture 汇总 of several files each ran its
  // last rows and the 合计 onto a second page: seen through soffice with Carlito)
  const layout: SheetLayout = fitToPaper({
    name: CONSOLIDATED_SHEETS.summary,
    columnWidths: columns.map((c) => c.width),
    // a row as tall as its 来源文件 wrap (a long file name, a 地州市 sent in several files): at the default height the
    // wrapped names printed cut, their first line lost
    rowHeights: [28, 20, 32, ...body.map((s) => filesHeight(s.files, columns[columns.length - 1].width))],
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }, { top: 1, left: 0, bottom: 1, right: width - 1 }],
    font: FONT,
    frozenRows: FIRST,
    page: {
      ...SUMMARY_PAGE, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      printTitleRows: { first: HEADER, last: HEADER },
      printArea: { top: 0, left: 0, bottom: totalRow, right: width - 1 },
    },
  });
  return { layout, total };
}
