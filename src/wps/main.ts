/**
 * The WPS add-in's main page script (index.html, loaded hidden by WPS): the ribbon callbacks named in ribbon.xml and
 * the JX worksheet functions. Ribbon callbacks are plain, non-async functions on `window` (an async callback fails on
 * WPS 12.1.0.23542, spec/wps.md §4). The task pane is a normal page of this folder opened with
 * `Application.CreateTaskPane`; its id is kept in `PluginStorage`, so the button shows and hides the same pane.
 */
import './polyfills';
import { registerWpsFunctions, type WpsFunctionMetadata, type WpsFunctionsHost } from './functions';

/** WPS's functions.json, put in by the build (webpack.config.js, from the same metadata as Excel's). */
declare const JX_WPS_FUNCTIONS: { functions: WpsFunctionMetadata[] } | undefined;

interface TaskPane {
  ID: string;
  Visible: boolean;
  DockPosition?: number;
}

interface WpsAddinApplication {
  CreateTaskPane(url: string, title?: string): TaskPane;
  GetTaskPane(id: string): TaskPane | null;
  PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

const PANE_KEY = 'jx_taskpane_id';
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

type Globals = {
  Application?: WpsAddinApplication;
  wps?: WpsAddinApplication & WpsFunctionsHost & { Application?: WpsAddinApplication };
  OnAddinLoad?: (ribbonUI: unknown) => boolean;
  OnAction?: (control: { Id?: string; id?: string }) => boolean;
  GetImage?: (control: unknown) => string;
};

const g = globalThis as unknown as Globals;

function application(): WpsAddinApplication | undefined {
  return g.Application ?? g.wps?.Application ?? g.wps;
}

/** This folder's URL (where index.html was loaded from). */
function baseUrl(): string {
  const href = typeof location === 'undefined' ? '' : location.href;
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

/** Shows the pane, creating it once; a second click hides it. */
export function togglePane(): boolean {
  const app = application();
  if (!app) return false;
  const id = app.PluginStorage.getItem(PANE_KEY);
  const existing = id ? app.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = !existing.Visible;
    return true;
  }
  const pane = app.CreateTaskPane(`${baseUrl()}taskpane.html`, '绩效自评助手');
  pane.DockPosition = DOCK_RIGHT;
  app.PluginStorage.setItem(PANE_KEY, String(pane.ID));
  pane.Visible = true;
  return true;
}

g.OnAddinLoad = function OnAddinLoad(): boolean {
  try {
    registerWpsFunctions(g.wps, typeof JX_WPS_FUNCTIONS === 'undefined' ? undefined : JX_WPS_FUNCTIONS.functions);
  } catch {
    // a WPS without custom functions (before 12.1.0.20540): the pane still works
  }
  return true;
};

g.OnAction = function OnAction(control): boolean {
  const id = control?.Id ?? control?.id;
  if (id === 'jxOpenPane') return togglePane();
  return true;
};

g.GetImage = function GetImage(): string {
  return 'assets/icon-80.png';
};
