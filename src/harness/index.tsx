/**
 * DEV ONLY: the task pane in a plain browser, over the fake Excel of test/fakes/excel (built only with
 * JX_HARNESS=1, into its own folder; never part of dist/). The REAL pane: taskpane/boot.tsx with the real
 * Office host, the fake standing in for Excel. The workbook is the model's sample with a few planted defects.
 *
 *   ?lang=en     the pane in English (Office's display language en-US)
 *   ?host=ID     the Excel build the fake stands in for (test/fakes/excel/hosts.ts), e.g. mac-16.93
 *
 * `window.jxHarness` lets a test (test/e2e/pane.e2e.ts) look into the fake workbook.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createFakeExcel, fakeWorkbookFromGrid, installFakeExcel, type FakeExcel } from '../../test/fakes/excel/browser';
import { localAddress } from '../../test/fakes/excel/address';
import { HOSTS, type HostId } from '../../test/fakes/excel/hosts';
import { boot } from '../taskpane/boot';
import type { ExcelRun } from '../taskpane/officeHost';
import { harnessWorkbook, type PlantedDefect } from './workbook';

/** The view into the fake workbook a test reads. */
export interface HarnessApi {
  /** The selected range, e.g. `{ sheet: '项目台账', address: 'H5' }`. */
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  /** All sheets in tab order (hidden ones too). */
  sheetNames(): string[];
  /** Cells with a note (标注 writes one per marked cell). */
  noteCount(): number;
  /** Excel.run batches the pane has run so far. */
  batches(): number;
  readonly planted: ReadonlyArray<PlantedDefect>;
}

declare global {
  interface Window {
    jxHarness?: HarnessApi;
  }
}

const PANE_WIDTH = 380;
const params = new URLSearchParams(location.search);
const english = params.get('lang')?.startsWith('en') ?? false;
const hostParam = params.get('host');
const excelBuild = hostParam && Object.prototype.hasOwnProperty.call(HOSTS, hostParam) ? (hostParam as HostId) : undefined;

const { grid, planted } = harnessWorkbook();
const fake: FakeExcel = installFakeExcel(
  fakeWorkbookFromGrid(grid, createFakeExcel({ displayLanguage: english ? 'en-US' : 'zh-CN', host: excelBuild }))
);
const office = fake.office as unknown as typeof Office;
document.documentElement.lang = english ? 'en-US' : 'zh-CN';

// every batch the pane runs, counted; the side panel re-reads the fake after each
let batches = 0;
const listeners = new Set<() => void>();
const notify = (): void => {
  batches++;
  listeners.forEach((l) => l());
};
const run: ExcelRun = async (batch) => {
  try {
    return await fake.run(batch);
  } finally {
    notify();
  }
};

const wb = fake.workbook;
const api: HarnessApi = {
  selection: () => (wb.selection ? { sheet: wb.selection.sheet.name, address: localAddress(wb.selection.rect) } : null),
  activeSheet: () => wb.activeSheet?.name ?? null,
  sheetNames: () => wb.sheets.map((s) => s.name),
  noteCount: () => wb.sheets.reduce((n, s) => n + s.notes.size, 0),
  batches: () => batches,
  planted,
};
window.jxHarness = api;

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

const T = english
  ? {
      title: 'Task pane harness',
      note: 'Development page: a fake Excel workbook (the sample with planted defects), not a real Excel.',
      sheets: 'Sheets',
      selection: 'Selection',
      notes: 'Cells with a note',
      planted: 'Planted defects',
    }
  : {
      title: '任务窗格测试台',
      note: '开发用页面：模拟的 Excel 工作簿（示例数据加若干预置错误），并非真实 Excel。',
      sheets: '工作表',
      selection: '当前选区',
      notes: '带批注的单元格',
      planted: '预置错误',
    };

function WorkbookPanel(): JSX.Element {
  const tick = useSyncExternalStore(subscribe, () => batches);
  const sel = api.selection();
  const active = api.activeSheet();
  void tick;
  return (
    <aside style={styles.book} aria-label={T.title}>
      <h1 style={styles.h1}>{T.title}</h1>
      <p style={styles.muted}>{T.note}</p>
      <h2 style={styles.h2}>{T.sheets}</h2>
      <ol style={styles.tabs} data-testid="harness-sheets">
        {api.sheetNames().map((n) => (
          <li key={n} style={n === active ? { ...styles.tab, ...styles.tabActive } : styles.tab}>
            {n}
          </li>
        ))}
      </ol>
      <h2 style={styles.h2}>{T.selection}</h2>
      <p style={styles.mono} data-testid="harness-selection">
        {sel ? `${sel.sheet}!${sel.address}` : '—'}
      </p>
      <h2 style={styles.h2}>{T.notes}</h2>
      <p style={styles.mono} data-testid="harness-notes">
        {api.noteCount()}
      </p>
      <h2 style={styles.h2}>{T.planted}</h2>
      <ul style={styles.list}>
        {planted.map((p) => (
          <li key={p.cell}>
            <span style={styles.mono}>
              {p.sheet}!{p.cell}
            </span>{' '}
            {p.what}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function Harness(): JSX.Element {
  const [pane, setPane] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!pane) return;
    let unmount: (() => void) | undefined;
    void boot(pane, { office, run, language: english ? 'en-US' : 'zh-CN' }).then(({ root }) => {
      unmount = () => root.unmount();
    });
    return () => unmount?.();
  }, [pane]);
  return (
    <div style={styles.stage}>
      <WorkbookPanel />
      <div style={styles.pane} data-testid="pane-frame">
        <div ref={setPane} />
      </div>
    </div>
  );
}

const styles = {
  stage: { display: 'flex', justifyContent: 'space-between', minHeight: '100vh', alignItems: 'stretch' },
  book: { flex: '1 1 auto', padding: '16px 24px', fontSize: 13, lineHeight: 1.5, maxWidth: 520 },
  h1: { fontSize: 18, margin: '0 0 4px' },
  h2: { fontSize: 13, margin: '16px 0 4px', color: '#616161' },
  muted: { color: '#616161', margin: 0 },
  mono: { fontFamily: 'Consolas, "Courier New", monospace', margin: 0 },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', padding: 0, margin: 0 },
  tab: { padding: '2px 8px', background: '#fff', borderWidth: 1, borderStyle: 'solid', borderColor: '#d1d1d1' },
  tabActive: { borderColor: '#107c41', boxShadow: 'inset 0 -2px 0 #107c41', fontWeight: 600, color: '#107c41' },
  list: { margin: 0, paddingLeft: 18 },
  pane: {
    flex: `0 0 ${PANE_WIDTH}px`,
    width: PANE_WIDTH,
    background: '#fff',
    borderLeft: '1px solid #d1d1d1',
    boxShadow: '-2px 0 6px rgba(0,0,0,0.08)',
  },
} as const;

const container = document.getElementById('harness');
if (container) createRoot(container).render(<Harness />);
