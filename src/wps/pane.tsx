/**
 * Start of the pane inside WPS 表格: the same App as in Excel, over the WPS host. The pane is a normal page in WPS's
 * embedded Chromium; it sees ET's `Application` (also reachable as `wps.Application` in some builds). Outside WPS
 * (no `Application` with a workbook) it says where it works, as the Excel pane does outside Excel.
 */
import './polyfills';
import { createRoot, type Root } from 'react-dom/client';
import type { EtApplication } from '../adapters/wps';
import { localeFromLanguage } from '../model/messages';
import { App } from '../ui/App';
import { OutsideOffice } from '../taskpane/OutsideOffice';
import { createWpsHost } from './wpsHost';

interface WpsGlobals {
  Application?: EtApplication;
  wps?: { Application?: EtApplication; EtApplication?: () => EtApplication };
}

/** ET's Application, wherever this build of WPS puts it; undefined outside WPS. */
export function etApplication(g: WpsGlobals = globalThis as unknown as WpsGlobals): EtApplication | undefined {
  const app = g.Application ?? g.wps?.Application ?? (typeof g.wps?.EtApplication === 'function' ? g.wps.EtApplication() : undefined);
  return app && typeof app === 'object' && 'ActiveWorkbook' in app ? app : undefined;
}

export function bootWps(container: HTMLElement, language?: string): { root: Root; state: 'wps' | 'outside' } {
  const root = createRoot(container);
  const locale = localeFromLanguage(language);
  const app = etApplication();
  if (!app) {
    root.render(<OutsideOffice locale={locale} />);
    return { root, state: 'outside' };
  }
  root.render(<App host={createWpsHost({ app, locale })} locale={locale} />);
  return { root, state: 'wps' };
}

const container = typeof document === 'undefined' ? null : document.getElementById('root');
if (container) {
  try {
    // The pilot's first question: which Chromium this WPS embeds (spec/wps.md §4).
    console.info(`绩效自评助手 WPS: ${navigator.userAgent}`);
    bootWps(container, navigator.language);
  } catch (e) {
    container.textContent = `绩效自评助手无法启动：${e instanceof Error ? e.message : String(e)}`;
  }
}
