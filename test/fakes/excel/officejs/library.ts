/**
 * Microsoft's office.js Excel API, from the npm package `@microsoft/office-js`, as the CLIENT of the fake Excel.
 *
 * The package ships one script per host and platform (`excel-web-16.00.debug.js` is Excel on the web's): the Office
 * bootstrap (OSF, which needs a real Office host page), then the request runtime (`OfficeExtension`: proxies, object
 * paths, `load`, `sync`, request bodies, response handling, `Excel.run` and its object tracking) and the generated Excel
 * object model. We take the script's text from the request runtime up to the generated marker `var _EndExcel` (the
 * OSF bootstrap before it and the custom-functions bootstrap after it are left out), and run it with a `window` of our
 * own: the `Office` it sees answers `isSetSupported` as the simulated Excel build does, so the library refuses an
 * API the build lacks exactly as it does in Excel (`ApiNotFound`). Requests go to the executor of the fake's session
 * (`SessionBase._overrideSession`), which hands the body Excel would receive to the fake workbook (server.ts).
 *
 * Each fake gets its own instance of the library (its own `window`), so fakes with different builds never share
 * state. The text is compiled once per module registry (~150 ms) and each instance costs ~20 ms.
 *
 * `new Function`, not `vm`: the library must live in the caller's realm, so that its errors are this realm's `Error`s
 * and its arrays this realm's arrays (jest runs each test file in its own realm).
 */

/** What the library sees as `window.Office`. */
export interface OfficeGlobal {
  context: {
    platform: string;
    displayLanguage: string;
    requirements: { isSetSupported(name: string, version?: string): boolean };
    officeTheme?: { bodyBackgroundColor: string };
  };
  HostType: { Excel: 'Excel' };
  PlatformType: Record<string, string>;
  onReady(): Promise<{ host: 'Excel'; platform: string }>;
}

/** One instance of the library: its `Excel` and `OfficeExtension` namespaces and the `window` they run in. */
export interface OfficeJs {
  readonly Excel: any;
  readonly OfficeExtension: any;
  readonly window: { Office: OfficeGlobal } & Record<string, unknown>;
}

type Factory = (window: unknown, self: unknown, navigator: unknown, document: undefined, Office: unknown) => OfficeJs;

/** Where the library's request runtime starts (the first module after the OSF bootstrap) and the Excel model ends. */
const START_MARK = '_Internal.OfficeRequire';
const END_MARK = 'var _EndExcel';

let compiled: { text: string; factory: Factory } | undefined;

/** The part of the host script we run: the request runtime and the Excel object model. */
export function sliceExcelApi(text: string): string {
  const mark = text.indexOf(START_MARK);
  const start = mark < 0 ? -1 : text.lastIndexOf('var __extends', mark);
  const end = text.indexOf(END_MARK);
  if (start < 0 || end < start)
    throw new Error(
      `office.js: cannot find the Excel API in the host script (markers "${START_MARK}" / "${END_MARK}"); ` +
        'a new @microsoft/office-js may have changed its layout: see test/fakes/excel/officejs/library.ts'
    );
  return text.slice(start, end);
}

function factoryOf(text: string): Factory {
  if (compiled?.text !== text) {
    const f = new Function(
      'window',
      'self',
      'navigator',
      'document',
      'Office',
      `${sliceExcelApi(text)}\n;return { Excel: Excel, OfficeExtension: OfficeExtension };`
    ) as Factory;
    compiled = { text, factory: f };
  }
  return compiled.factory;
}

/** A fresh instance of the library over `office` (the simulated host's `Office`). */
export function instantiateOfficeJs(text: string, office: OfficeGlobal): OfficeJs {
  const navigator = { userAgent: 'Mozilla/5.0 (fake Excel; office.js under test)' };
  const window: Record<string, unknown> = {
    Promise,
    setTimeout,
    clearTimeout,
    console,
    navigator,
    Office: office,
  };
  window.self = window;
  window.window = window;
  const lib = factoryOf(text)(window, window, navigator, undefined, office);
  // The host script's last line (`OfficeExtension.Utility._doApiNotSupportedCheck = true`) is outside the slice; it
  // changes nothing anyway (see apiSets.ts): like the shipped library, this one sends an unsupported API to Excel.
  return { Excel: lib.Excel, OfficeExtension: lib.OfficeExtension, window: window as OfficeJs['window'] };
}
