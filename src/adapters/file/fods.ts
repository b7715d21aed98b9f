/**
 * A LibreOffice flat XML spreadsheet (.fods: the whole OpenDocument spreadsheet in one XML file,
 * LibreOffice's "Flat XML ODF Spreadsheet"), read by SheetJS as the other markup formats are
 * (xls.ts readMarkup). Two things SheetJS does not do are done here, on the text:
 *
 * - The cells it will make are counted before it parses (`fodsCells`): a cell or a row may be
 *   repeated (table:number-columns-repeated, table:number-rows-repeated) and SheetJS writes every
 *   copy of a repeated cell that holds a value, so a 1 KB file repeating one text over Excel's
 *   whole sheet would take it minutes and gigabytes. A file whose cells are projected past the
 *   memory budget is refused before it is parsed.
 * - Hidden sheets (`fodsHiddenTables`): a table whose table style says table:display="false".
 */

/** Memory, in bytes, that one cell of SheetJS's workbook and of our grid is charged: a conservative estimate. */
export const FODS_MEMORY_PER_CELL = 200;

const ATTR = new Map<string, RegExp>();

/** An attribute's value in a start tag's attribute text (`table:name="x"` → x), any prefix. */
function attr(attrs: string, local: string): string | undefined {
  let re = ATTR.get(local);
  if (!re) ATTR.set(local, (re = new RegExp(`(?:^|\\s)[\\w.-]+:${local}\\s*=\\s*"([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

const count = (v: string | undefined): number => {
  const n = v === undefined ? 1 : parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

export interface FodsCells {
  readonly cells: number;
  readonly rows: number;
  readonly cols: number;
  /**
   * Of each table, in document order: its hidden rows that hold a cell (table:visibility collapse —
   * hidden, or in a collapsed group — or filter), as runs [first 0-based row, count] (a repeated
   * row is one run, not one entry per copy).
   */
  readonly hiddenRuns: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
}

/**
 * The cells SheetJS will make of the document, and the rows and columns they reach: every cell
 * element with content (not empty-element) made as often as its row and it are repeated; an
 * empty-element cell once at most (SheetJS keeps such a cell only when it carries a string-value,
 * and never repeats it). Covered cells (under a merged cell) and empty ones make nothing. With the
 * hidden rows that hold cells (SheetJS does not read a row's visibility).
 */
export function fodsCells(text: string): FodsCells {
  const tag = /<table:(table-row|table-cell|table)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\/table:(table-row|table)>/g;
  let cells = 0;
  let rows = 0;
  let cols = 0;
  let row = 0;
  let rowRepeat = 1;
  let col = 0;
  let rowHidden = false;
  /** The row last noted hidden (a row is noted once, at its first cell). */
  let noted = -1;
  const hiddenRuns: Array<Array<readonly [number, number]>> = [];
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const [, open, attrs, empty, close] = m;
    if (close === 'table') row = 0;
    else if (close === 'table-row') row += rowRepeat;
    else if (open === 'table') {
      row = 0;
      noted = -1;
      hiddenRuns.push([]);
    } else if (open === 'table-row') {
      rowRepeat = count(attr(attrs, 'number-rows-repeated'));
      const visibility = attr(attrs, 'visibility');
      rowHidden = visibility === 'collapse' || visibility === 'filter';
      col = 0;
      if (empty) row += rowRepeat;
    } else {
      const repeat = count(attr(attrs, 'number-columns-repeated'));
      const made = !empty ? rowRepeat * repeat : attr(attrs, 'string-value') !== undefined ? 1 : 0;
      col += repeat;
      if (made) {
        cells += made;
        cols = Math.max(cols, col);
        rows = Math.max(rows, row + rowRepeat);
        if (rowHidden && noted !== row && hiddenRuns.length) {
          noted = row;
          hiddenRuns[hiddenRuns.length - 1].push([row, empty ? 1 : rowRepeat]);
        }
      }
    }
  }
  return { cells, rows, cols, hiddenRuns };
}

/**
 * The tables (sheets) in document order: each name as written (SheetJS leaves its XML escapes in a
 * sheet's name: R&amp;D), and whether its table style hides it (table:display="false").
 */
export function fodsTables(text: string): Array<{ readonly name: string; readonly hidden: boolean }> {
  const hiddenStyles = new Set<string>();
  const style = /<style:style(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)>([\s\S]*?)<\/style:style>/g;
  for (let m = style.exec(text); m; m = style.exec(text)) {
    if (attr(m[1], 'family') !== 'table') continue;
    const props = /<style:table-properties(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/.exec(m[2]);
    const name = attr(m[1], 'name');
    if (props && name !== undefined && attr(props[1], 'display') === 'false') hiddenStyles.add(name);
  }
  const out: Array<{ name: string; hidden: boolean }> = [];
  const table = /<table:table(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g;
  for (let m = table.exec(text); m; m = table.exec(text)) {
    const st = attr(m[1], 'style-name');
    out.push({ name: unescapeXml(attr(m[1], 'name') ?? ''), hidden: st !== undefined && hiddenStyles.has(st) });
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (all, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()];
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : all;
  });
}
