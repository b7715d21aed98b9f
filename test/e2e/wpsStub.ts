/**
 * The `window.wps` stub the WPS pane e2e test (test/e2e/wps.e2e.ts) injects before the built dist/wps/jx/taskpane.html
 * runs: ET's `Application` is the fake ET (test/fakes/et) over the harness workbook (the model's sample with the
 * planted defects of src/harness/workbook.ts). Bundled for the browser by esbuild at test time (into test-artifacts/,
 * never into dist/), so the pane's own bundle is exactly what WPS would load. `window.jxEt` lets the test look into
 * the fake workbook (host-side, no ET call counted).
 */
import { harnessWorkbook } from '../../src/harness/workbook';
import { snapshotWorkbook } from '../fakes/excel/fake';
import { createFakeEt, fakeEtFromGrid } from '../fakes/et';
import { localAddress, parseLocal } from '../fakes/excel/address';

const { grid, planted } = harnessWorkbook();
const et = fakeEtFromGrid(grid, createFakeEt());

export interface EtView {
  selection(): { sheet: string; address: string } | null;
  sheetNames(): string[];
  noteCount(): number;
  /** The fill of one cell as the workbook holds it (`#RRGGBB` or null), e.g. fill('项目台账', 'H5'). */
  fill(sheet: string, address: string): string | null;
  /** The named sheets' snapshots as JSON (values, formats, styles, notes, merges, page setup…), to compare. */
  snapshot(sheets: string[]): string;
  /** A cell's value. */
  value(sheet: string, address: string): unknown;
  calls(): number;
  /** The charts on a sheet: type and title. */
  charts(sheet: string): Array<{ type: string; title: string }>;
  readonly planted: ReadonlyArray<{ sheet: string; cell: string }>;
}

const wb = et.workbook;
const view: EtView = {
  selection: () => (wb.selection ? { sheet: wb.selection.sheet.name, address: localAddress(wb.selection.rect) } : null),
  sheetNames: () => wb.sheets.map((s) => s.name),
  noteCount: () => wb.sheets.reduce((n, s) => n + s.notes.size, 0),
  fill: (sheet, address) => {
    const { r0, c0 } = parseLocal(address);
    return et.sheet(sheet).getStyle(r0, c0)?.fill?.color ?? null;
  },
  value: (sheet, address) => {
    const { r0, c0 } = parseLocal(address);
    return et.sheet(sheet).getValue(r0, c0) ?? null;
  },
  snapshot: (sheets) => {
    return JSON.stringify(snapshotWorkbook(et).sheets.filter((s) => sheets.includes(s.name)));
  },
  calls: () => et.stats.calls,
  charts: (sheet) => et.sheet(sheet).charts.map((c) => ({ type: c.type, title: c.title })),
  planted,
};

const w = window as unknown as { wps?: unknown; jxEt?: EtView };
// Only `wps.Application`: the pane must find ET there too (some builds give pages `window.Application`, some `wps`).
w.wps = { Application: et.Application };
w.jxEt = view;
