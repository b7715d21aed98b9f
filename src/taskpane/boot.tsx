/**
 * Start of the task pane: inside Excel the App with the Office host; anywhere else (office.js
 * missing, or Office.onReady reporting no host) a clear message with a link to the web page.
 */
import { createRoot, type Root } from 'react-dom/client';
import { localeFromLanguage, type Locale } from '../model/messages';
import { App } from '../ui/App';
import { themeFromBackground } from '../ui/theme';
import { createOfficeHost, platformCanDownload, type ExcelRun } from './officeHost';
import { OutsideOffice } from './OutsideOffice';
import { officeSupport } from './support';

export interface BootEnv {
  /** The `Office` global, if office.js loaded. */
  readonly office?: typeof Office;
  readonly run?: ExcelRun;
  /** The `Excel` namespace of the loaded office.js (default: the global one). */
  readonly excel?: unknown;
  /** Browser language, for the page shown outside Office. */
  readonly language?: string;
}

export type BootState = 'excel' | 'outside';

export async function boot(container: HTMLElement, env: BootEnv): Promise<{ root: Root; state: BootState }> {
  const root = createRoot(container);
  const outside = (locale: Locale): { root: Root; state: BootState } => {
    root.render(<OutsideOffice locale={locale} />);
    return { root, state: 'outside' };
  };
  const office = env.office;
  if (!office || typeof office.onReady !== 'function') return outside(localeFromLanguage(env.language));
  let info: { host: Office.HostType | null } | undefined;
  try {
    info = await office.onReady();
  } catch {
    info = undefined;
  }
  const excel = office.HostType?.Excel ?? 'Excel';
  if (!info || info.host !== excel) return outside(localeFromLanguage(env.language));

  const ctx = office.context;
  const locale = localeFromLanguage(ctx?.displayLanguage ?? env.language);
  const theme = themeFromBackground(ctx?.officeTheme?.bodyBackgroundColor);
  // What the host supports AND the loaded office.js can call (the npm copy lacks notes: JX_OFFICEJS=local).
  const library = env.excel ?? (globalThis as { Excel?: unknown }).Excel;
  const support = officeSupport(ctx?.requirements, library);
  // Excel.createWorkbook (ExcelApi 1.8) opens the 问题清单 in a new window; without it, a download
  const openWorkbook = support.createWorkbook ? (b64: string) => (library as typeof Excel).createWorkbook(b64) : undefined;
  // Excel for Mac and on iPad save no downloads: the report's text is offered to copy there
  const canDownload = platformCanDownload(ctx?.platform as unknown as string | undefined);
  const host = createOfficeHost({ locale, run: env.run, support, openWorkbook, canDownload });
  root.render(<App host={host} locale={locale} theme={theme} />);
  return { root, state: 'excel' };
}
