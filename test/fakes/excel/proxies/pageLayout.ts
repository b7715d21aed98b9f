/** A worksheet's page layout (paper, orientation, margins, zoom, print area and title rows) and freeze panes. */
import { MAX_COLS, type Rect } from '../address';
import { invalidArgument } from '../errors';
import type { SheetState } from '../state';
import { rectOnSheet } from './cells';
import { ClientObject, Collection, type PropDef, type Resolver, defineProps } from './clientObject';
import { Range } from './range';

/** A range on sheet `s` given as a Range proxy or a local address. */
function rectOf(s: SheetState, area: unknown): Rect {
  if (area instanceof Range) {
    const t = area._t();
    if (!t || t.sheet !== s) throw invalidArgument('print range on another sheet');
    return t.rect;
  }
  if (typeof area !== 'string') throw invalidArgument('print area');
  return rectOnSheet(s, area, 'print area on another sheet', `print area ${area}`);
}

export class PageLayout extends ClientObject<SheetState> {
  readonly _type = 'PageLayout';
  get headersFooters(): HeaderFooterGroup {
    return this._part('headersFooters', HeaderFooterGroup);
  }
  setPrintArea(area: Range | string): void {
    this._call('setPrintArea', [area], (s) => void (s.printArea = rectOf(s, area)));
  }
  setPrintTitleRows(rows: Range | string): void {
    this._call('setPrintTitleRows', [rows], (s) => {
      const r = rectOf(s, rows);
      if (r.c0 !== 0 || r.c1 !== MAX_COLS - 1) throw invalidArgument('print title rows must be entire rows');
      s.printTitleRows = { r0: r.r0, r1: r.r1 };
    });
  }
}
const PAPER = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
];
function pageProp<K extends keyof SheetState['page']>(k: K, check: (v: any) => boolean): PropDef<SheetState> {
  return {
    get: (s) => (typeof s.page[k] === 'object' ? { ...(s.page[k] as object) } : s.page[k]),
    set: (s, v) => {
      if (!check(v)) throw invalidArgument(`pageLayout.${k} = ${JSON.stringify(v)}`);
      s.page[k] = (typeof v === 'object' ? { ...v } : v) as SheetState['page'][K];
    },
  };
}
/** `pageLayout.headersFooters` (ExcelApi 1.9): only the headers and footers shared by all pages are modelled. */
export class HeaderFooterGroup extends ClientObject<SheetState> {
  readonly _type = 'HeaderFooterGroup';
  get defaultForAllPages(): HeaderFooter {
    return this._part('defaultForAllPages', HeaderFooter);
  }
}
defineProps<SheetState>(HeaderFooterGroup, { state: { get: () => 'Default' } }, ['defaultForAllPages']);

export class HeaderFooter extends ClientObject<SheetState> {
  readonly _type = 'HeaderFooter';
}
const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
defineProps<SheetState>(
  HeaderFooter,
  Object.fromEntries(
    SECTIONS.map((k) => [
      k,
      {
        get: (s: SheetState) => s.headerFooter[k] ?? '',
        set: (s: SheetState, v: unknown) => {
          // Excel's limit on the text of a header or footer section (the codes included).
          if (typeof v !== 'string' || v.length > 255) throw invalidArgument(`headersFooters.${k}`);
          s.headerFooter[k] = v;
        },
      },
    ])
  )
);

/** `worksheet.autoFilter` (ExcelApi 1.9): one AutoFilter range per sheet, its header row the range's first. */
export class AutoFilter extends ClientObject<SheetState> {
  readonly _type = 'AutoFilter';
  apply(range: Range | string, columnIndex?: number, criteria?: unknown): void {
    this._call('apply', [range, columnIndex, criteria], (s) => {
      if (columnIndex !== undefined || criteria !== undefined) throw invalidArgument('the fake applies filters without criteria');
      const r = rectOf(s, range);
      if (r.r1 === r.r0) throw invalidArgument('an AutoFilter range needs a header row and data');
      s.autoFilter = r;
    });
  }
  remove(): void {
    this._call('remove', [], (s) => void (s.autoFilter = null));
  }
}
defineProps<SheetState>(AutoFilter, { enabled: { get: (s) => s.autoFilter !== null } });

const margin = (v: unknown): boolean => typeof v === 'number' && v >= 0 && v < 1000;
defineProps<SheetState>(PageLayout, {
  orientation: pageProp('orientation', (v) => v === 'Portrait' || v === 'Landscape'),
  paperSize: pageProp('paperSize', (v) => PAPER.includes(v)),
  centerHorizontally: pageProp('centerHorizontally', (v) => typeof v === 'boolean'),
  centerVertically: pageProp('centerVertically', (v) => typeof v === 'boolean'),
  leftMargin: pageProp('leftMargin', margin),
  rightMargin: pageProp('rightMargin', margin),
  topMargin: pageProp('topMargin', margin),
  bottomMargin: pageProp('bottomMargin', margin),
  headerMargin: pageProp('headerMargin', margin),
  footerMargin: pageProp('footerMargin', margin),
  printGridlines: pageProp('printGridlines', (v) => typeof v === 'boolean'),
  zoom: {
    get: (s) => ({ ...s.page.zoom }),
    set: (s, v, self: PageLayout) => {
      const ok = (x: unknown): boolean => x === undefined || (Number.isInteger(x) && (x as number) >= 0);
      const fit = v && typeof v === 'object' && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined);
      const valid =
        v &&
        typeof v === 'object' &&
        ok(v.horizontalFitToPages) &&
        ok(v.verticalFitToPages) &&
        (v.scale === undefined || (typeof v.scale === 'number' && v.scale >= 10 && v.scale <= 400)) &&
        // A scale and a fit at once: the documentation gives one or the other (each "can be null" when the
        // other is used) and says nothing of both; the fake refuses the mix rather than guess which wins.
        !(fit && v.scale !== undefined) &&
        (fit || v.scale !== undefined);
      if (!valid) throw invalidArgument(`pageLayout.zoom = ${JSON.stringify(v)}`);
      // office-js#1860: a fit to pages set through Office.js does not take unless the Page Layout tab of the ribbon
      // happens to be selected (a scale always does). An add-in can neither see nor choose the ribbon's tab, so the
      // fake ignores the fit unless a test says the tab is selected: the sheet keeps the scale it had.
      if (fit && !self.context._host.pageLayoutTab) return;
      s.page.zoom = fit
        ? { horizontalFitToPages: v.horizontalFitToPages, verticalFitToPages: v.verticalFitToPages }
        : { scale: v.scale };
    },
  },
});

export class FreezePanes extends ClientObject<SheetState> {
  readonly _type = 'WorksheetFreezePanes';
  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument('freezeRows');
      s.frozenRows = count;
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => void (s.frozenRows = 0));
  }
}
defineProps<SheetState>(FreezePanes, {});

interface BreakT {
  sheet: SheetState;
  row: number;
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): manual breaks, each before the top-left cell of the range given. */
export class PageBreakCollection extends Collection<SheetState, BreakT, PageBreak> {
  readonly _type = 'PageBreakCollection';
  _list(s: SheetState): BreakT[] {
    return [...s.rowBreaks].sort((a, b) => a - b).map((row) => ({ sheet: s, row }));
  }
  _proxy(resolve: Resolver<BreakT>): PageBreak {
    return new PageBreak(this.context, resolve);
  }
  add(pageBreakRange: Range | string): PageBreak {
    return this._add('add', [pageBreakRange], 'page break', (s) => {
      const row = rectOf(s, pageBreakRange).r0;
      if (row === 0) throw invalidArgument('a page break before the first row');
      if (!s.rowBreaks.includes(row)) s.rowBreaks.push(row);
      return { sheet: s, row };
    });
  }
  removePageBreaks(): void {
    this._call('removePageBreaks', [], (s) => void (s.rowBreaks.length = 0));
  }
}
defineProps<SheetState>(PageBreakCollection, {});

export class PageBreak extends ClientObject<BreakT> {
  readonly _type = 'PageBreak';
}
defineProps<BreakT>(PageBreak, { rowIndex: { get: (t) => t.row }, columnIndex: { get: () => 0 } });
