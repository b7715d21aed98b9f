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

export interface BootEnv {
  /** The `Office` global, if office.js loaded. */
  readonly office?: typeof Office;
  readonly run?: ExcelRun;
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
  const canMark = ctx?.requirements?.isSetSupported?.('ExcelApi', '1.18') ?? true;
  const canDownload = platformCanDownload(ctx?.platform as unknown as string | undefined);
  // Excel.createWorkbook (ExcelApi 1.8) opens the 问题清单 in a new window; without it, a download
  const canOpen = ctx?.requirements?.isSetSupported?.('ExcelApi', '1.8') ?? false;
  const openWorkbook = canOpen && typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function' ? (b64: string) => Excel.createWorkbook(b64) : undefined;
  const host = createOfficeHost({ locale, run: env.run, canMark, canDownload, openWorkbook });
  root.render(<App host={host} locale={locale} theme={theme} />);
  return { root, state: 'excel' };
}
