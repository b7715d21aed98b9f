/**
 * The pane's HostActions inside WPS 表格: the shared workbook host (ui/workbookHost.ts) over ET's object model and
 * the WPS adapter, the same jobs and results as the Excel pane. ET is synchronous: each call runs its host calls in
 * one go (the read yields between row blocks, so progress and 取消 work). The 问题清单 and the 自评报告 are
 * downloaded (WPS has no `Excel.createWorkbook`).
 */
import { clearMarks, markFindings, readWorkbookGrid, readWorkbookName, renderLayout, selectCell, sheetNames, type EtApplication } from '../adapters/wps';
import type { Locale } from '../model/messages';
import type { Download } from '../ui/download';
import type { HostActions } from '../ui/host';
import { createWorkbookHost, type WorkbookOps } from '../ui/workbookHost';
import { wpsLimits } from './support';

export interface WpsHostOptions {
  readonly locale: Locale;
  /** ET's `Application` (the pane's `window.Application`). */
  readonly app: EtApplication;
  /** Default: a download link. */
  readonly download?: Download;
}

/** The WPS adapter's calls (synchronous in ET; promises only for the shared host). */
export function wpsOps(app: EtApplication): WorkbookOps {
  return {
    readProgress: true,
    readGrid: (signal, onProgress) => readWorkbookGrid(app, { signal, onProgress }),
    workbookName: async () => readWorkbookName(app),
    selectCell: async (sheet, cell) => selectCell(app, sheet, cell),
    mark: async (marks, locale) => markFindings(app, marks, { locale }),
    clearMarks: async () => clearMarks(app),
    sheetNames: async () => sheetNames(app),
    render: async (layout, options) => renderLayout(app, layout, options),
  };
}

export function createWpsHost(options: WpsHostOptions): HostActions {
  return createWorkbookHost({ locale: options.locale, ops: wpsOps(options.app), download: options.download, limits: wpsLimits(options.app) });
}
