/**
 * The three input sheets (配置, 项目台账, 绩效指标) as layouts the Office adapter renders: empty
 * (headers only, with the profile's parameter names) or filled with the bundled sample of the
 * source year. Pure: built from the model's column catalogues and sample data.
 */
import { dateToSerial, isDateValue, isErrorValue, type CellValue, type GridSheet } from '../model/grid';
import { listValidation, type CellStyle, type LayoutCell, type SheetLayout } from '../model/layout';
import { LEDGER_COLUMNS } from '../model/read/columns';
import { LegalStatusSchema, PatentTypeSchema, ProjectStatusSchema } from '../model/records';
import { CLEAN_LEDGER_ROWS, SAMPLE_SHEETS, materialSheet, sampleWorkbookGrid } from '../model/sample';

const FONT = { name: '宋体', fallbacks: ['SimSun', 'Songti SC', 'Noto Serif CJK SC'], size: 11 } as const;
const HEADER: CellStyle = { bold: true, border: true, fill: '#DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true };
const BODY: CellStyle = { border: true, vAlign: 'middle' };
const TITLE: CellStyle = { bold: true, fontSize: 14, hAlign: 'center' };
/** Rows below the header that get the drop-down lists in an empty template. */
const EMPTY_ROWS = 500;
/** 配置 parameters that have a default worth writing into an empty template. */
const PROFILE_DEFAULTS: Readonly<Record<string, string | number>> = {
  金额单位: '万元',
  最长结转年限: 4,
  分值方案: 2020,
};

function layoutValue(v: CellValue): { value: string | number | boolean | null; date: boolean } {
  if (v === null || typeof v !== 'object') return { value: v, date: false };
  if (isDateValue(v)) return { value: dateToSerial(v), date: true };
  if (isErrorValue(v)) return { value: v.code, date: false };
  return { value: null, date: false };
}

/** Width in Excel character units: CJK characters count double. */
function textWidth(v: CellValue): number {
  if (v === null || typeof v === 'object') return 10;
  let w = 0;
  for (const ch of String(v)) w += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

function sheetLayout(
  sheet: GridSheet,
  headerRow: number,
  options: { titleRows?: number; maxWidth?: number; validations?: SheetLayout['validations']; wrapColumns?: ReadonlyArray<number> } = {}
): SheetLayout {
  const cells: LayoutCell[] = [];
  const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  const widths = Array<number>(width).fill(8);
  sheet.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const isTitle = r < (options.titleRows ?? 0);
      if (isTitle && v === null) return;
      const { value, date } = layoutValue(v);
      const base = r === headerRow ? HEADER : isTitle ? (r === 0 ? TITLE : {}) : BODY;
      const wrapped = r !== headerRow && options.wrapColumns?.includes(c) ? { ...base, wrap: true } : base;
      const style: CellStyle = date ? { ...wrapped, numberFormat: 'yyyy-mm-dd' } : wrapped;
      cells.push({ row: r, col: c, value, style });
      if (!isTitle) widths[c] = Math.min(options.maxWidth ?? 40, Math.max(widths[c], textWidth(v) + 2));
    });
  });
  return {
    name: sheet.name,
    columnWidths: widths,
    rowHeights: [],
    cells,
    merges: sheet.merges ?? [],
    font: FONT,
    frozenRows: headerRow + 1,
    validations: options.validations,
  };
}

function ledgerValidations(firstRow: number, lastRow: number): SheetLayout['validations'] {
  const col = (header: string): number => LEDGER_COLUMNS.findIndex((d) => d.header === header);
  const lists: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
    ['专利类型', PatentTypeSchema.options],
    ['法律状态', LegalStatusSchema.options],
    ['项目状态', ProjectStatusSchema.options],
    ['贯标认证', ['是', '否']],
  ];
  return lists
    .filter(([h]) => col(h) >= 0)
    .map(([h, list]) => listValidation({ top: firstRow, left: col(h), bottom: lastRow, right: col(h) }, list));
}

/**
 * The input sheets, in workbook order: 配置, 项目台账, 绩效指标, and 报告素材 (the 自评报告's text, one row
 * per section). `withSample` fills them with the source year's data.
 */
export function inputSheetLayouts(withSample: boolean): SheetLayout[] {
  const grid = sampleWorkbookGrid();
  const find = (name: string): GridSheet => {
    const s = grid.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`sample has no sheet ${name}`);
    return s;
  };
  const profile = find(SAMPLE_SHEETS.profile);
  const ledger = find(SAMPLE_SHEETS.ledger);
  const indicators = find(SAMPLE_SHEETS.indicators);
  const header = CLEAN_LEDGER_ROWS.header;

  const profileSheet: GridSheet = withSample
    ? profile
    : {
        name: profile.name,
        values: profile.values.map((r, i) => (i === 0 ? r : [r[0], PROFILE_DEFAULTS[String(r[0])] ?? null])),
      };
  const ledgerSheet: GridSheet = withSample
    ? ledger
    : {
        name: ledger.name,
        values: [
          ['项目台账', ...Array<CellValue>(ledger.values[header].length - 1).fill(null)],
          ...ledger.values.slice(1, header + 1),
        ],
        merges: ledger.merges,
      };
  const indicatorSheet: GridSheet = withSample
    ? indicators
    : { name: indicators.name, values: indicators.values.slice(0, 1) };
  const lastLedgerRow = withSample ? ledger.values.length - 1 + 200 : header + EMPTY_ROWS;
  const lastIndicatorRow = withSample ? indicators.values.length - 1 + 50 : EMPTY_ROWS;
  const opCol = (indicators.values[0] ?? []).indexOf('指标性质');

  return [
    sheetLayout(profileSheet, 0, { maxWidth: 60 }),
    sheetLayout(ledgerSheet, header, { titleRows: header, validations: ledgerValidations(header + 1, lastLedgerRow) }),
    sheetLayout(indicatorSheet, 0, {
      maxWidth: 30,
      validations:
        opCol >= 0
          ? [listValidation({ top: 1, left: opCol, bottom: lastIndicatorRow, right: opCol }, ['≥', '≤', '=', '定性'])]
          : [],
    }),
    // 章节 | 标题 | 内容: the text column wide and wrapped (a cell holds paragraphs)
    sheetLayout(materialSheet(withSample), 0, { maxWidth: 90, wrapColumns: [2] }),
  ];
}
