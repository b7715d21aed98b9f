/**
 * A fake Excel for tests (Excel is not available here): Microsoft's office.js as the client, the fake workbook as
 * the Excel it talks to. The add-in's code runs unchanged against the REAL office.js library (npm
 * `@microsoft/office-js`, officejs/library.ts): proxies, `load`, `sync`, `Excel.run`, null objects, object tracking,
 * `PropertyNotLoaded`, `ApiNotFound` for an API the simulated build lacks. Every request body office.js builds goes to
 * officejs/server.ts, which carries it out on the workbook (state.ts) through the object model of proxies/ and answers
 * as Excel does; both are measured in UTF-8 bytes and refused above the build's payload limit. Usage:
 *
 *   const fake = installFakeExcel(createFakeExcel({ host: 'web' }));   // globals Excel, Office, OfficeExtension
 *   fakeWorkbookFromGrid(grid, fake);          // or build sheets through the API itself
 *   await Excel.run(async (ctx) => readWorkbookGrid(ctx));   // or fake.run(…)
 *   fake.stats.syncs; fake.stats.payloads; snapshotWorkbook(fake);
 *   fake.uninstall();
 */
import type { Grid } from '../../../src/model/grid';
import { colLetters, localAddress } from './address';
import { ErrorCodes } from './errors';
import { type ExcelHost, type HostId, excelHost, isSetSupported } from './hosts';
import { apiSetsOf } from './officejs/apiSets';
import { type OfficeGlobal, type OfficeJs, instantiateOfficeJs } from './officejs/library';
import { addNotesToLibrary } from './officejs/notes';
import { type ExecutorResponse, type References, type RequestBody, serve } from './officejs/server';
import type { ActionDesc, FakeStats, Host } from './proxies/host';
import { type CellStyle, type NameState, type PageState, type SheetState, WorkbookState, addGridSheets, unkey } from './state';

export { FakeOfficeError, ErrorCodes } from './errors';
export type { ActionDesc, FakeStats, SyncRecord } from './proxies/host';
export { utf8Length } from './proxies/host';
export { SheetState, WorkbookState } from './state';
export { HOSTS, WEB_PAYLOAD_LIMIT_BYTES, excelHost, type ExcelHost, type HostId } from './hosts';

/** Excel on the web's limit on a request's and a response's payload (the fake's default build is the web). */
export { WEB_PAYLOAD_LIMIT_BYTES as PAYLOAD_LIMIT_BYTES } from './hosts';

export interface FakeExcelOptions {
  /** The Excel build to stand in for (default `web`: the newest API and the 5 MB payload limit). */
  readonly host?: HostId;
  /**
   * The office.js the add-in loaded: `cdn` (default; Excel's own, with notes, ExcelApi 1.18) or `npm` (the
   * `@microsoft/office-js` package as `JX_OFFICEJS=local` serves it: no notes).
   */
  readonly library?: 'cdn' | 'npm';
  /** Overrides the build's payload limit (tests of the splitting logic); null = none. */
  readonly payloadLimitBytes?: number | null;
  /** `Office.context.displayLanguage` (default zh-CN). */
  readonly displayLanguage?: string;
  /**
   * Whether the user has the ribbon's Page Layout tab selected (default false): only then does Excel apply a fit to
   * pages set through `pageLayout.zoom` (office-js#1860); otherwise the fit is ignored and the sheet keeps its scale.
   */
  readonly pageLayoutTab?: boolean;
}

export interface FakeExcel {
  readonly workbook: WorkbookState;
  readonly stats: FakeStats;
  readonly host: ExcelHost;
  /** The office.js instance the add-in talks through, and its `Office`. */
  readonly officeJs: OfficeJs;
  readonly office: OfficeGlobal;
  /** A request context outside `Excel.run` (objects are not kept across syncs), typed as Excel's. */
  context(): Excel.RequestContext;
  /** office.js's `Excel.run` over this fake. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** The next `times` actions matching `match` fail inside `sync()` with `code`. */
  failOn(match: (d: ActionDesc) => boolean, opts?: { code?: string; message?: string; times?: number }): void;
  resetStats(): void;
  /** Host-side access for test setup: the sheet's state (not through the API, no sync counted). */
  sheet(name: string): SheetState;
  /** Removes the globals set by `installFakeExcel`. */
  uninstall(): void;
}

/** A fake over office.js's text `source` (the Node entry index.ts reads it from node_modules). */
export function createFakeExcelWith(source: () => string, opts: FakeExcelOptions = {}): FakeExcel {
  const build = excelHost(opts.host ?? 'web');
  const host: Host = {
    wb: new WorkbookState(),
    stats: { syncs: 0, maxPayloadBytes: 0, payloads: [], syncsByContext: new Map() },
    payloadLimit: opts.payloadLimitBytes !== undefined ? opts.payloadLimitBytes : build.payloadLimitBytes,
    failures: [],
    pageLayoutTab: opts.pageLayoutTab ?? false,
    isSetSupported: (name, version) => isSetSupported(build, name, version),
    apiSets: apiSetsOf(source()),
  };
  const office: OfficeGlobal = {
    context: {
      platform: build.platform,
      displayLanguage: opts.displayLanguage ?? 'zh-CN',
      requirements: { isSetSupported: (name, version) => isSetSupported(build, name, version) },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: build.platform }),
  };
  const lib = instantiateOfficeJs(source(), office);
  if ((opts.library ?? 'cdn') === 'cdn') addNotesToLibrary(lib);

  const references: References = new Map();
  let nextContextId = 1;
  const executor = (): {
    executeAsync: (customData: unknown, flags: number, msg: { Body: RequestBody }) => Promise<ExecutorResponse>;
  } => {
    const contextId = nextContextId++;
    return {
      executeAsync(_customData, _flags, msg) {
        // What crosses the wire is JSON: Excel gets (and office.js gets back) exactly what JSON carries.
        const body = JSON.parse(JSON.stringify(msg.Body)) as RequestBody;
        const { response, served } = serve(host, references, body);
        const s = host.stats;
        s.payloads.push({ context: contextId, ...served });
        s.maxPayloadBytes = Math.max(s.maxPayloadBytes, served.requestBytes, served.responseBytes);
        if (!served.cleanup) {
          s.syncs++;
          s.syncsByContext.set(contextId, (s.syncsByContext.get(contextId) ?? 0) + 1);
        }
        return Promise.resolve(
          response.Body ? { ...response, Body: JSON.parse(JSON.stringify(response.Body)) } : response
        );
      },
    };
  };
  const OE = lib.OfficeExtension;
  class FakeSession extends OE.SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: 'https://fake-excel.invalid/', headers: {} });
    }
    _createRequestExecutorOrNull(): ReturnType<typeof executor> {
      return executor();
    }
  }
  // Every context of this library instance (Excel.run's and `new Excel.RequestContext()`) talks to this fake.
  OE.SessionBase._overrideSession = new FakeSession();

  const fake: FakeExcel = {
    workbook: host.wb,
    stats: host.stats,
    host: build,
    officeJs: lib,
    office,
    context: () => new lib.Excel.RequestContext() as Excel.RequestContext,
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => lib.Excel.run(batch),
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

/** Installs the fake's office.js as the globals `Excel`, `Office` and `OfficeExtension` (what Excel's page has). */
export function installFakeExcel(fake: FakeExcel): FakeExcel {
  const g = globalThis as Record<string, unknown>;
  const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = fake.officeJs.Excel;
  g.Office = fake.office;
  g.OfficeExtension = fake.officeJs.OfficeExtension;
  fake.uninstall = () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
  return fake;
}

/** Builds the sheets of `grid` in the fake (host side, no syncs): values, number formats, merges. Dates become serials with `yyyy-mm-dd`. */
export function fakeWorkbookFromGrid(grid: Grid, fake: FakeExcel): FakeExcel {
  addGridSheets(fake.workbook, grid);
  return fake;
}

export interface CellSnapshot {
  value?: string | number | boolean;
  /** The value is an error (its code), not text spelled the same. */
  error?: true;
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
  /** Threaded comments by cell: their text. */
  comments: Record<string, string>;
  validations: Array<{ range: string; rule: Record<string, unknown> }>;
  /** Conditional formats in the order added: range, type, rule and colours. */
  conditionalFormats: Array<{ range: string; type: string; rule: { formula1: string; operator: string } | null; fill: string | null; font: string | null }>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  defaultFont: { name: string; size: number };
  page: PageState;
  printArea: string | null;
  printTitleRows: string | null;
  /** Manual page breaks: the 1-based rows that start a new page. */
  rowBreaks: number[];
  /** The breaks the sheet prints with (1-based): none under a fit to pages (SheetState.printedRowBreaks). */
  printedRowBreaks: number[];
  /** Headers and footers by section, in Excel's codes. */
  headerFooter: Record<string, string>;
  autoFilter: string | null;
  frozenRows: number;
  charts: Array<{ name: string; type: string; source: string; title: string; position: unknown }>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  names: NameState[];
  activeSheet: string | null;
}

/** A deep, plain copy of everything the fake holds, for before/after comparisons (`toEqual`). */
export function snapshotWorkbook(fake: { readonly workbook: WorkbookState }): WorkbookSnapshot {
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
    if (s.isError(r, c)) cell.error = true;
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
  const comments: Record<string, string> = {};
  for (const k of [...s.comments.keys()].sort((a, b) => a - b)) {
    const { r, c } = unkey(k);
    comments[colLetters(c) + (r + 1)] = s.comments.get(k)!.content;
  }
  return {
    name: s.name,
    visibility: s.visibility,
    position,
    cells,
    merges: s.merges.map(localAddress).sort(),
    notes,
    comments,
    validations: s.validations.map((v) => ({ range: localAddress(v.rect), rule: JSON.parse(JSON.stringify(v.rule)) })),
    conditionalFormats: s.conditionalFormats.map((c) => ({
      range: localAddress(c.rect), type: c.type, rule: c.rule ? { formula1: c.rule.formula1, operator: c.rule.operator } : null, fill: c.fill ?? null, font: c.font?.color ?? null,
    })),
    columnWidths: Object.fromEntries([...s.colWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [colLetters(c), w])),
    rowHeights: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])),
    defaultFont: { ...s.defaultFont },
    page: JSON.parse(JSON.stringify(s.page)),
    printArea: s.printArea ? localAddress(s.printArea) : null,
    printTitleRows: s.printTitleRows ? `${s.printTitleRows.r0 + 1}:${s.printTitleRows.r1 + 1}` : null,
    rowBreaks: [...s.rowBreaks].sort((a, b) => a - b).map((r) => r + 1),
    printedRowBreaks: s.printedRowBreaks().sort((a, b) => a - b).map((r) => r + 1),
    headerFooter: Object.fromEntries(Object.entries(s.headerFooter).filter(([, v]) => v)) as Record<string, string>,
    autoFilter: s.autoFilter ? localAddress(s.autoFilter) : null,
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
