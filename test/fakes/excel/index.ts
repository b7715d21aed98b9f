/**
 * A fake of the Excel JavaScript API for tests (Excel is not available here). See proxies/context.ts and
 * proxies/clientObject.ts for what it models faithfully. Usage:
 *
 *   const fake = installFakeExcel();           // globals Excel, Office, OfficeExtension
 *   fakeWorkbookFromGrid(grid, fake);          // or build sheets through the API itself
 *   await Excel.run(async (ctx) => readWorkbookGrid(ctx));
 *   fake.stats.syncs; fake.stats.maxPayloadBytes; snapshotWorkbook(fake);
 *   fake.uninstall();
 */
import { type Grid, dateToSerial, isDateValue, isErrorValue } from '../../../src/model/grid';
import { colLetters, localAddress } from './address';
import { ErrorCodes, FakeOfficeError } from './errors';
import { FakeRequestContext } from './proxies/context';
import type { ActionDesc, FakeStats, Host } from './proxies/host';
import { type CellStyle, type NameState, type PageState, type SheetState, WorkbookState, unkey } from './state';

export { FakeOfficeError, ErrorCodes } from './errors';
export type { ActionDesc, FakeStats, SyncRecord } from './proxies/host';
export { FakeRequestContext } from './proxies/context';
export { utf8Length } from './proxies/host';
export { SheetState, WorkbookState } from './state';

/** Excel on the web's limit on a request's and a response's payload. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcel {
  readonly workbook: WorkbookState;
  readonly stats: FakeStats;
  /** A new request context over the same workbook (a fresh "session"), typed as Excel's. */
  context(): Excel.RequestContext;
  /** `Excel.run` over this fake: a new context, and a final sync when the batch leaves commands queued. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The next `times` actions matching `match` fail inside `sync()` with `code`. */
  failOn(match: (d: ActionDesc) => boolean, opts?: { code?: string; message?: string; times?: number }): void;
  resetStats(): void;
  /** Host-side access for test setup: the sheet's state (not through the API, no sync counted). */
  sheet(name: string): SheetState;
  /** Removes the globals set by `installFakeExcel`. */
  uninstall(): void;
}

export function createFakeExcel(opts: { payloadLimitBytes?: number } = {}): FakeExcel {
  const host: Host = {
    wb: new WorkbookState(),
    stats: { syncs: 0, maxPayloadBytes: 0, payloads: [], syncsByContext: new Map() },
    payloadLimit: opts.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    failures: [],
    nextContextId: 1,
  };
  const fake: FakeExcel = {
    workbook: host.wb,
    stats: host.stats,
    context: () => new FakeRequestContext(host) as unknown as Excel.RequestContext,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(host);
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx._queue.length > 0) await ctx.sync();
      return result;
    },
    failOn(match, o = {}) {
      host.failures.push({
        match,
        code: o.code ?? ErrorCodes.generalException,
        message: o.message ?? 'An internal error has occurred.',
        remaining: o.times ?? 1,
      });
    },
    resetStats() {
      host.stats.syncs = 0;
      host.stats.maxPayloadBytes = 0;
      host.stats.payloads.length = 0;
      host.stats.syncsByContext.clear();
    },
    sheet(name) {
      const s = host.wb.findSheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    uninstall: () => undefined,
  };
  return fake;
}

const ENUMS = {
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  PaperType: { letter: 'Letter', legal: 'Legal', a3: 'A3', a4: 'A4', a5: 'A5', b4: 'B4', b5: 'B5' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal',
    diagonalDown: 'DiagonalDown',
    diagonalUp: 'DiagonalUp',
  },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dot: 'Dot', double: 'Double' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify' },
  ChartType: { columnClustered: 'ColumnClustered', barClustered: 'BarClustered', line: 'Line', pie: 'Pie' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  FillPattern: { none: 'None', solid: 'Solid' },
  ErrorCodes,
};

/** Creates (or takes) a fake and installs the globals `Excel`, `Office` and `OfficeExtension`. */
export function installFakeExcel(fake: FakeExcel = createFakeExcel()): FakeExcel {
  const g = globalThis as Record<string, unknown>;
  const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = {
    ...ENUMS,
    run: (...args: unknown[]) => {
      const batch = args[args.length - 1] as (c: Excel.RequestContext) => Promise<unknown>;
      return fake.run(batch);
    },
    RequestContext: FakeRequestContext,
  };
  g.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: { requirements: { isSetSupported: () => true }, displayLanguage: 'zh-CN' },
  };
  g.OfficeExtension = { Error: FakeOfficeError, ErrorCodes };
  fake.uninstall = () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
  return fake;
}

/** Builds the sheets of `grid` in the fake (host side, no syncs): values, number formats, merges. Dates become serials with `yyyy-mm-dd`. */
export function fakeWorkbookFromGrid(grid: Grid, fake: FakeExcel = createFakeExcel()): FakeExcel {
  for (const gs of grid.sheets) {
    const s = fake.workbook.addSheet(gs.name);
    const r0 = gs.origin?.row ?? 0;
    const c0 = gs.origin?.col ?? 0;
    gs.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const fmt = gs.numberFormats?.[r]?.[c];
        if (fmt) s.setNumFmt(r0 + r, c0 + c, fmt);
        if (v === null || v === '') return;
        if (isDateValue(v)) {
          s.setRawValue(r0 + r, c0 + c, dateToSerial(v));
          if (!fmt) s.setNumFmt(r0 + r, c0 + c, 'yyyy-mm-dd');
        } else if (isErrorValue(v)) s.setRawValue(r0 + r, c0 + c, v.code);
        else s.setRawValue(r0 + r, c0 + c, v);
      })
    );
    for (const m of gs.merges ?? []) s.merges.push({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right });
  }
  return fake;
}

export interface CellSnapshot {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  position: number;
  cells: Record<string, CellSnapshot>;
  merges: string[];
  notes: Record<string, string>;
  validations: Array<{ range: string; rule: Record<string, unknown> }>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  defaultFont: { name: string; size: number };
  page: PageState;
  printArea: string | null;
  printTitleRows: string | null;
  frozenRows: number;
  charts: Array<{ name: string; type: string; source: string; title: string; position: unknown }>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: NameState[];
  activeSheet: string | null;
}

/** A deep, plain copy of everything the fake holds, for before/after comparisons (`toEqual`). */
export function snapshotWorkbook(fake: FakeExcel): WorkbookSnapshot {
  const wb = fake.workbook;
  return {
    sheets: wb.sheets.map((s, position) => snapshotSheet(s, position)),
    names: wb.names.map((n) => ({ ...n })),
    activeSheet: wb.activeSheet?.name ?? null,
  };
}

function snapshotSheet(s: SheetState, position: number): SheetSnapshot {
  const keys = new Set<number>();
  const K = (r: number, c: number): number => r * 16384 + c;
  for (const [r, row] of s.values) row.forEach((v, c) => v !== undefined && keys.add(K(r, c)));
  for (const [r, row] of s.formulas) for (const c of row.keys()) keys.add(K(r, c));
  for (const [r, row] of s.numFmt) for (const c of row.keys()) keys.add(K(r, c));
  for (const k of s.styles.keys()) keys.add(k);
  const cells: Record<string, CellSnapshot> = {};
  for (const k of [...keys].sort((a, b) => a - b)) {
    const { r, c } = unkey(k);
    const cell: CellSnapshot = {};
    const v = s.getValue(r, c);
    if (v !== undefined) cell.value = v;
    const f = s.getFormula(r, c);
    if (f !== undefined) cell.formula = f;
    const nf = s.numFmt.get(r)?.get(c);
    if (nf !== undefined) cell.numberFormat = nf;
    const st = s.getStyle(r, c);
    if (st) cell.style = JSON.parse(JSON.stringify(st));
    cells[colLetters(c) + (r + 1)] = cell;
  }
  const notes: Record<string, string> = {};
  for (const k of [...s.notes.keys()].sort((a, b) => a - b)) {
    const { r, c } = unkey(k);
    notes[colLetters(c) + (r + 1)] = s.notes.get(k)!.content;
  }
  return {
    name: s.name,
    visibility: s.visibility,
    position,
    cells,
    merges: s.merges.map(localAddress).sort(),
    notes,
    validations: s.validations.map((v) => ({ range: localAddress(v.rect), rule: JSON.parse(JSON.stringify(v.rule)) })),
    columnWidths: Object.fromEntries([...s.colWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [colLetters(c), w])),
    rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
    defaultFont: { ...s.defaultFont },
    page: JSON.parse(JSON.stringify(s.page)),
    printArea: s.printArea ? localAddress(s.printArea) : null,
    printTitleRows: s.printTitleRows ? `${s.printTitleRows.r0 + 1}:${s.printTitleRows.r1 + 1}` : null,
    frozenRows: s.frozenRows,
    charts: s.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: c.source,
      title: c.title,
      position: c.position,
    })),
  };
}
