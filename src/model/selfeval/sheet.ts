/**
 * A small builder of SheetLayout: cells, merged blocks, borders over the whole table, and row
 * heights estimated from the wrapped text.
 */
import { firstAtLeast } from '../algorithms/sorted';
import type { Merge } from '../grid';
import { DEFAULT_COLUMN_CHARS, MAX_ROW_POINTS, PAGE_NUMBER_FOOTER, printAreaSize, printableSize, type CellStyle, type LayoutCell, type LayoutValue, type PageSetup, type SheetLayout } from '../layout';

export const BODY_FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 16;
/** 宋体 first, then what Windows, macOS and Linux call it or have instead. */
export const SHEET_FONT = { name: '宋体', fallbacks: ['SimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'serif'], size: BODY_FONT_SIZE };

/**
 * Points per line of wrapped text at the body size (11 pt), and the padding of a cell: the tallest line of the hosts
 * the form prints from. Excel and WPS set 宋体 11 pt 14.25 pt a line or less; LibreOffice sets it in its stand-in
 * (Noto Serif CJK SC, the sheet's fallback on Linux: ascent + descent 1.437 em) 15.79 pt a line (measured: 20 lines
 * of a cell at 100 %, pdftotext), so that at 14.25 a six-line cell lost half its last line and an eight-line one all
 * of it. Every line shows in all three at 15.8; in Excel a tall cell has a little room left below its text.
 */
export const LINE_HEIGHT = 15.8;
const CELL_PADDING = 4;
const MIN_ROW_HEIGHT = 20;
/**
 * A row left for handwriting (SheetBuilder.writeIn): three handwritten lines of 8 mm (68 pt, 2.4 cm) on the form at
 * 100 %, two at the 70 % a form fitted to one page may print at. A 年度总体目标 is two to six lines of text (the
 * sample's five and six); a row of 20 pt holds one line of print and no handwriting.
 */
const WRITE_IN_HEIGHT = 68;
/** The sizes an overlong text is set in, largest first (8 pt: still read on a printed form). */
const SHRINK_SIZES = [10, 9, 8];

/** Whether a character is drawn full width (CJK, full-width forms, ≥ ≤ — …). */
function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
    c === 0x2265 || c === 0x2264 || c === 0x2014 || c === 0x2026 || c >= 0x20000;
}

/** Width of a text in Excel character units: CJK and full-width characters count 2 (a Word table's measure: 1 em). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

/**
 * A character's width in a cell, in the column's character units (Calibri 11's digit, 7 px at 96 dpi), at the body
 * size: the wider of what Excel and WPS draw in 宋体 11 pt and what LibreOffice draws in its stand-in (Noto Serif CJK SC),
 * so that a row counted tall enough in one is tall enough in the others. A full-width character is 1 em, 15 px at
 * 15 ppem (11 pt at 96 dpi, rounded as GDI rounds it; 等线/DengXian the same; LibreOffice 14.66 px): 15/7. Half-width
 * characters: 宋体's 7.5 px rounded to 8, Noto's digits 8.05 and lower case 8.17 px (in its columns 6% wider, Carlito's
 * unrounded 7.43 px digit); Noto's capitals 10.24 px and % 13.53 px.
 */
const CJK_UNITS = 15 / 7;
const HALF_UNITS = 8 / 7;
const CAPITAL_UNITS = 10 / 7;
const PERCENT_UNITS = 13 / 7;
function cellCharWidth(c: number): number {
  if (isWide(c)) return CJK_UNITS;
  if (c === 0x25) return PERCENT_UNITS;
  return c >= 0x41 && c <= 0x5a ? CAPITAL_UNITS : HALF_UNITS;
}

/** Width of a line of text in a cell, in the column's character units at the body size (cellCharWidth). */
export function cellTextWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += cellCharWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/**
 * Width in the column's character units that one line of a cell `width` characters wide holds at `fontSize`: Excel
 * draws a column `width` characters wide 7 × width px, 5 of them its padding and gridline (LibreOffice's columns are
 * wider: Excel's is the narrower room).
 */
function lineCapacity(width: number, fontSize: number): number {
  return Math.max(1, (width - 5 / 7) * (BODY_FONT_SIZE / fontSize));
}

/** Closing punctuation never starts a line (Excel, WPS and LibreOffice take the character before it along). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕’”%％,.;:?!)]}']);

/** What a word of digits or Latin letters is made of (a host never breaks inside one: 37590.1, 95%, ISO9001). */
const WORD_START = /[0-9A-Za-z]/;
/** What goes on with such a word once it has started (37590.1, 1,200, 95%), never starts one. */
const WORD_GOES_ON = /[0-9A-Za-z.,%％]/;

/**
 * The lines of one paragraph (no line break in it) as a host wraps it in a line `capacity` units wide: whole characters
 * a line (a host never splits one), a number or a Latin word whole on the next line where it does not fit the end of one
 * (unless it is longer than a line), closing punctuation kept with the character before it. `onLine` is told each
 * line's number of characters (code points), for printedChars. Returns the number of lines (1 for an empty text).
 */
function wrapParagraph(para: string, capacity: number, onLine?: (chars: number) => void): number {
  let lines = 1;
  let used = 0;
  let chars = 0;
  let prev = 0;
  // the word of digits or letters that ends the line so far: its characters and width
  let run = 0;
  let runWidth = 0;
  for (const ch of para) {
    const c = ch.codePointAt(0) ?? 0;
    const w = cellCharWidth(c);
    const inWord = run > 0 ? WORD_GOES_ON.test(ch) : WORD_START.test(ch);
    if (used + w > capacity && chars > 0) {
      // a word goes over whole (when the line has something before it); a closing mark takes the character before it
      const whole = inWord && run > 0 && run < chars;
      const carry = whole ? run : NO_LINE_START.has(ch) && chars > 1 ? 1 : 0;
      onLine?.(chars - carry);
      lines++;
      used = (whole ? runWidth : carry ? prev : 0) + w;
      chars = carry + 1;
    } else {
      used += w;
      chars++;
    }
    run = inWord ? run + 1 : 0;
    runWidth = inWord ? runWidth + w : 0;
    prev = w;
  }
  onLine?.(chars);
  return lines;
}

/** Opening punctuation never ends a line (it goes over with the word it opens). */
const NO_LINE_END = new Set([...'（《「『【〔‘“([{']);

/**
 * Whether the runtime carries ICU's dictionary of Chinese words (Intl.Segmenter: Node, Chromium 87+, Edge WebView2,
 * Safari 14.1+). Without it (an old embedded Chromium of WPS) a label breaks where its host breaks it, as before.
 */
const HAS_WORDS = typeof Intl === 'object' && typeof Intl.Segmenter === 'function';
/** The Segmenter, made at the first label that needs it (wordsOf): undefined until then. */
let segmenter: Intl.Segmenter | undefined;

/**
 * ICU's words of the labels the forms break most: the indicator framework's levels (产出/效益/满意度 and their 二级) and
 * the forms' headings, as Intl.Segmenter gives them (test/model/selfeval/labelWords.test.ts holds every entry to it).
 * A form whose labels are all here is laid out without a Segmenter: making one loads ICU's dictionary of Chinese words,
 * ~20 ms of every `jx check` (and the pane's first check) that lays out the standard framework's form, for a handful
 * of short labels.
 */
export const KNOWN_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    '产|出|指标', '效益|指标', '满意|度|指标', '数量|指标', '质量|指标', '时效|指标', '成本|指标', '经济|效益|指标', '社会|效益|指标',
    '生态|效益|指标', '可|持续|影响|指标', '服务|对象|满意|度|指标', '年度|总体|目标', '年度|目标|完成|情况', '年度|绩效|指标|完成|情况',
    '项目|完成|指标', '项目|效果|指标', '二级|指标', '绩效|指标', '预算|执行|情况', '总体|目标', '实施|单位', '项目|名称', '主管|部门',
    '年度|指标|值', '实际|完成|值', '偏差|原因|分析|及|改进|措施', '项目|资金', '资金|总额', '年初|预算|数', '全年|预算|数', '全年|执行|数',
  ].map((w) => [w.split('|').join(''), w.split('|')] as const),
);

/** The words of a text: KNOWN_WORDS's, else ICU's (the Segmenter made at the first need). */
function wordsOf(text: string): Iterable<string> {
  const known = KNOWN_WORDS.get(text);
  if (known) return known;
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * A label of the form (项目名称, 实施单位, 经济效益指标, 预期指标值（包含数字及文字描述）) broken between its words where it
 * does not fit its cell on one line: Excel, WPS and LibreOffice break Chinese text at any character, so that 实施单位 in
 * the 2020 form's 分值 column printed 实施单 / 位, 满意度指标 printed 满意度指 / 标. Each line holds as many whole words as
 * fit (closing punctuation kept with the word before it, opening with the word after). Left as it is where it already
 * fits, where it has line breaks of its own (the layout said where), or where one word is longer than a line.
 */
export function wordLines(text: string, width: number, fontSize = BODY_FONT_SIZE): string {
  if (!HAS_WORDS || text.includes('\n') || lineCount(text, width, fontSize) <= 1) return text;
  const capacity = lineCapacity(width, fontSize);
  // a bracketed end that fits a line goes onto its own (预期指标值 / （包含数字及文字描述）, 项目资金 / （万元）)
  const open = text.search(/[（(][^（(]*$/);
  if (open > 0 && cellTextWidth(text.slice(0, open)) <= capacity && cellTextWidth(text.slice(open)) <= capacity) return `${text.slice(0, open)}\n${text.slice(open)}`;
  const pieces: string[] = [];
  for (const segment of wordsOf(text)) {
    const before = pieces[pieces.length - 1];
    if (before !== undefined && (NO_LINE_START.has(segment[0]) || NO_LINE_END.has(before[before.length - 1]))) pieces[pieces.length - 1] = before + segment;
    else pieces.push(segment);
  }
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    if (line !== '' && cellTextWidth(line + p) > capacity) {
      lines.push(line);
      line = p;
    } else line += p;
  }
  lines.push(line);
  return lines.some((l) => cellTextWidth(l) > capacity) ? text : lines.join('\n');
}

/** The lines of a text as a cell `width` characters wide wraps it (explicit line breaks kept): what a host prints. */
export function wrappedLines(text: string, width: number, fontSize = BODY_FONT_SIZE): string[] {
  const capacity = lineCapacity(width, fontSize);
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const chars = [...para];
    let at = 0;
    wrapParagraph(para, capacity, (n) => {
      lines.push(chars.slice(at, at + n).join(''));
      at += n;
    });
  }
  return lines;
}

/** Lines a text takes in a cell `width` characters wide (explicit line breaks count). */
export function lineCount(text: string, width: number, fontSize = BODY_FONT_SIZE): number {
  const capacity = lineCapacity(width, fontSize);
  return text.split('\n').reduce((n, line) => n + wrapParagraph(line, capacity), 0);
}

/** Points a wrapped text of `lines` lines at `fontSize` needs in its cell (its rows' height), padding included. */
export function heightFor(lines: number, fontSize = BODY_FONT_SIZE): number {
  return Math.max(MIN_ROW_HEIGHT, lines * LINE_HEIGHT * (fontSize / BODY_FONT_SIZE) + CELL_PADDING);
}

/**
 * How much of a wrapped text prints in a cell `width` characters wide whose rows are `height` points tall, set in
 * `fontSize` and aligned to the top: the characters (code points, line breaks not counted) of the lines that fit, by
 * the same estimate as the rows' heights (lineCount). `shown === total` when it prints whole.
 */
export function printedChars(text: string, width: number, height: number, fontSize = BODY_FONT_SIZE): { shown: number; total: number } {
  const capacity = lineCapacity(width, fontSize);
  // (+ a quarter point: the heights are rounded to quarter points)
  let lines = Math.max(0, Math.floor((height + 0.25 - CELL_PADDING) / (LINE_HEIGHT * (fontSize / BODY_FONT_SIZE))));
  let shown = 0;
  let total = 0;
  for (const para of text.split('\n')) {
    wrapParagraph(para, capacity, (chars) => {
      total += chars;
      if (lines > 0) shown += chars;
      lines--;
    });
  }
  return { shown, total };
}

/** Said after a label merged down the rows where it continues onto a new printed page (数量指标（续）); the 自评报告 appendix says it the same. */
export const CONTINUED = '（续）';
const CONTINUED_AT_END = /（续）$/;

export const BODY: CellStyle = { fontSize: BODY_FONT_SIZE, wrap: true, vAlign: 'middle', hAlign: 'left', border: true };
export const LABEL: CellStyle = { ...BODY, hAlign: 'center' };
export const HEADER: CellStyle = { ...LABEL, bold: true };
export const TITLE: CellStyle = { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', vAlign: 'middle' };
export const SUBTITLE: CellStyle = { fontSize: BODY_FONT_SIZE, hAlign: 'center', vAlign: 'middle' };
export const NOTE: CellStyle = { fontSize: BODY_FONT_SIZE, wrap: true, vAlign: 'top', hAlign: 'left' };

/**
 * A cell's key in SheetBuilder's maps: a number, not a `row:col` string (a form of 140,000 indicators has 1.3 million
 * cells, and the strings built at every look-up were seconds of `jx check`). Columns are fewer than Excel's 16,384.
 */
/**
 * A cell's key: row × KEY_COLS + col. A form has far fewer columns than KEY_COLS (the widest, the 监控表, 16; the constructor holds to it), and
 * the key stays a small integer V8 stores unboxed (below 2^30) up to 8 million rows: with row × 16,384 a form of
 * 140,000 indicators had keys past 2^31, each boxed as a double and hashed as one in every Map look-up.
 */
const KEY_COLS = 128;
const cellKey = (row: number, col: number): number => row * KEY_COLS + col;

export class SheetBuilder {
  private readonly cells = new Map<number, LayoutCell>();
  private readonly merges: Merge[] = [];
  /** Merges by their top-left cell, so that looking one up stays constant-time on long tables. */
  private readonly mergeByCorner = new Map<number, Merge>();
  private readonly fixedHeights = new Map<number, number>();
  /** Rows at least this tall whatever their text (writeIn). */
  private readonly leastHeights = new Map<number, number>();
  /** The cells holding the form's own labels (label): broken between words at build (wordLines). */
  private readonly labels = new Set<number>();

  private readonly columnWidths: number[];

  constructor(widths: ReadonlyArray<number>) {
    if (widths.length > KEY_COLS) throw new Error(`SheetBuilder: ${widths.length} columns, at most ${KEY_COLS}`);
    this.columnWidths = [...widths];
  }

  get lastCol(): number {
    return this.columnWidths.length - 1;
  }

  /** One cell. */
  set(row: number, col: number, value: LayoutValue, style: CellStyle = BODY, formula?: string): void {
    this.cells.set(cellKey(row, col), { row, col, value, style, ...(formula !== undefined ? { formula } : {}) });
  }

  /** A block: the value in its top-left cell, merged when larger than one cell. */
  block(top: number, left: number, bottom: number, right: number, value: LayoutValue, style: CellStyle = BODY, formula?: string): void {
    this.set(top, left, value, style, formula);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) this.set(r, c, null, style);
    }
    if (bottom > top || right > left) {
      const m = { top, left, bottom, right };
      this.merges.push(m);
      if (!this.mergeByCorner.has(cellKey(top, left))) this.mergeByCorner.set(cellKey(top, left), m);
    }
  }

  /**
   * A label of the form (its own words, or an indicator category's name) in a block: where it does not fit on one
   * line it breaks between words (wordLines), decided at build, when the columns have their final widths.
   */
  label(top: number, left: number, bottom: number, right: number, text: string, style: CellStyle = LABEL): void {
    this.block(top, left, bottom, right, text, style);
    this.labels.add(cellKey(top, left));
  }

  /** A block across the whole width. */
  row(row: number, value: LayoutValue, style: CellStyle): void {
    this.block(row, 0, row, this.lastCol, value, style);
  }

  /**
   * Widens a column to the numbers in it as `shown` writes them (under their number format): a number never wraps, and
   * one too wide for its cell prints ### on the stamped form (Excel, WPS and LibreOffice alike) — a 完成进度 of 100.00%
   * in the 监控表's 8-character column, a forecast of 约309人次, a 总分 of 分值 summed over 140,000 indicators. By the
   * sheet's measure of a character (cellTextWidth) at the cell's font size against Excel's room in a column
   * (lineCapacity). A merged cell's number widens the block's last column.
   * Measured once per column and format, not per cell (formatting every number of a 140,000-indicator form cost
   * `jx check` seconds of CPU): under a format whose places are all `0` (every format the forms write) a number is
   * shown no narrower than a smaller one of its sign — more digits, never fewer — so the largest and the most negative
   * of each are the ones to measure. General and `#` places (dropping trailing zeros) are measured a value at a time.
   */
  fitNumbers(shown: (value: number, format: string | undefined) => string): void {
    const extremes = new Map<number, Map<string, { format: string; size: number; high: number; low: number }>>();
    // at the cell's own size: a number in 16 pt needs 16/11 of the room, one in 9 pt less (the room a line holds at a
    // size, as lineCapacity counts it for wrapped text)
    const measure = (col: number, value: number, format: string | undefined, size: number): void => {
      const need = Math.ceil((cellTextWidth(shown(value, format)) * size) / BODY_FONT_SIZE + 5 / 7);
      if (need > (this.columnWidths[col] ?? DEFAULT_COLUMN_CHARS)) this.columnWidths[col] = need;
    };
    for (const cell of this.cells.values()) {
      const v = cell.value;
      if (typeof v !== 'number') continue;
      const format = cell.style?.numberFormat;
      const size = cell.style?.fontSize ?? BODY_FONT_SIZE;
      const m = this.mergeAt(cell.row, cell.col);
      if (m) {
        // a merged cell (the 监控表's 全年预计执行数, the 2018 form's 执行数): its last column takes what the block lacks
        let others = 0;
        for (let c = m.left; c < m.right; c++) others += this.columnWidths[c] ?? DEFAULT_COLUMN_CHARS;
        const need = Math.ceil((cellTextWidth(shown(v, format)) * size) / BODY_FONT_SIZE + 5 / 7 - others);
        if (need > (this.columnWidths[m.right] ?? DEFAULT_COLUMN_CHARS)) this.columnWidths[m.right] = need;
        continue;
      }
      if (!format || format === 'General' || format.includes('#')) {
        measure(cell.col, v, format, size);
        continue;
      }
      let byFormat = extremes.get(cell.col);
      if (!byFormat) extremes.set(cell.col, (byFormat = new Map()));
      const key = `${size}\u0000${format}`;
      const seen = byFormat.get(key);
      if (!seen) byFormat.set(key, { format, size, high: v, low: v });
      else if (v > seen.high) seen.high = v;
      else if (v < seen.low) seen.low = v;
    }
    for (const [col, byFormat] of extremes) {
      for (const { format, size, high, low } of byFormat.values()) {
        measure(col, high, format, size);
        if (low !== high) measure(col, low, format, size);
      }
    }
  }

  height(row: number, points: number): void {
    this.fixedHeights.set(row, points);
  }

  /**
   * A row whose text the officer writes by hand where the workbook gave none (年度总体目标, 实际完成情况, 1—M月执行情况):
   * when one of its blocks from `left` to `right` is empty, the row is at least WRITE_IN_HEIGHT tall, not the 20 pt of
   * a one-line row, in which no goal can be written; taller when its other block's text needs more.
   */
  writeIn(row: number, left = 0, right = this.lastCol): void {
    for (let c = left; c <= right; c++) {
      const cell = this.cells.get(cellKey(row, c));
      const m = this.mergeAt(row, c);
      if (cell && (cell.value === null || cell.value === '')) {
        this.leastHeights.set(row, WRITE_IN_HEIGHT);
        return;
      }
      if (m) c = m.right;
    }
  }

  value(row: number, col: number): LayoutValue | undefined {
    return this.cells.get(cellKey(row, col))?.value;
  }

  /** Every cell of `table` gets a border (also the empty ones). */
  private borderAll(table: Merge): void {
    // A form's cells share a few styles: each gets its bordered twin once, not a copy per cell.
    const bordered = new Map<CellStyle | undefined, CellStyle>();
    for (let r = table.top; r <= table.bottom; r++) {
      for (let c = table.left; c <= table.right; c++) {
        const cell = this.cells.get(cellKey(r, c));
        if (!cell) this.set(r, c, null, BODY);
        else if (!cell.style?.border) {
          let style = bordered.get(cell.style);
          if (!style) bordered.set(cell.style, (style = { ...cell.style, border: true }));
          this.cells.set(cellKey(r, c), { ...cell, style });
        }
      }
    }
  }

  private mergeAt(row: number, col: number): Merge | undefined {
    return this.mergeByCorner.get(cellKey(row, col));
  }

  /** Heights that fit the wrapped text; a block spanning rows grows its last row when needed. */
  private rowHeights(lastRow: number): Array<number | undefined> {
    const heights: Array<number | undefined> = [];
    const need = heightFor;
    const tall: Array<{ m: Merge; h: number }> = [];
    for (const cell of this.cells.values()) {
      if (cell.value === null || cell.value === '') continue;
      const m = this.mergeAt(cell.row, cell.col) ?? { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
      let width = 0;
      for (let c = m.left; c <= m.right; c++) width += this.columnWidths[c] ?? DEFAULT_COLUMN_CHARS;
      let size = cell.style?.fontSize ?? BODY_FONT_SIZE;
      const text = typeof cell.value === 'string' ? cell.value : String(cell.value);
      // Numbers never wrap (a cell too narrow shows ###): one line, whatever digits the float carries.
      const wraps = cell.style?.wrap === true && typeof cell.value === 'string';
      let h = need(wraps ? lineCount(text, width, size) : 1, size);
      // A text longer than its rows can ever hold (MAX_ROW_POINTS each) is set smaller, down to 8 pt, rather than
      // cut off where the host stops the row: a long 年度总体目标 stays whole on the printed form.
      const room = (m.bottom - m.top + 1) * MAX_ROW_POINTS;
      if (wraps && h > room) {
        for (const smaller of SHRINK_SIZES.filter((s) => s < size)) {
          size = smaller;
          h = need(lineCount(text, width, size), size);
          if (h <= room) break;
        }
        // Too long even so: it prints from its first line (a centred text would lose its beginning and its end); what
        // does not print is said (S008.print, selfeval/cellText.ts).
        const top = h > room ? { vAlign: 'top' as const } : {};
        this.cells.set(cellKey(cell.row, cell.col), { ...cell, style: { ...cell.style, fontSize: size, ...top } });
      }
      if (m.bottom === m.top) heights[m.top] = Math.max(heights[m.top] ?? MIN_ROW_HEIGHT, h);
      else tall.push({ m, h });
    }
    for (let r = 0; r <= lastRow; r++) heights[r] = this.fixedHeights.get(r) ?? Math.max(heights[r] ?? MIN_ROW_HEIGHT, this.leastHeights.get(r) ?? 0);
    // No row taller than a host allows (a long 年度总体目标 or 偏差原因 asked for 500 pt and more, and the pane's
    // 生成 failed on it in Excel and WPS); a block spanning rows takes what it still needs from its lower rows first.
    for (let r = 0; r <= lastRow; r++) heights[r] = Math.min(MAX_ROW_POINTS, heights[r] ?? MIN_ROW_HEIGHT);
    for (const { m, h } of tall) {
      let have = 0;
      for (let r = m.top; r <= m.bottom; r++) have += heights[r] ?? MIN_ROW_HEIGHT;
      for (let r = m.bottom; r >= m.top && have < h; r--) {
        const was = heights[r] ?? MIN_ROW_HEIGHT;
        heights[r] = Math.min(MAX_ROW_POINTS, was + (h - have));
        have += (heights[r] ?? was) - was;
      }
    }
    return heights.map((h) => (h === undefined ? undefined : Math.round(h * 4) / 4));
  }

  /**
   * Cuts every block merged down the rows of `bordered` that runs over a page start (a 一级 / 二级 label, column A's
   * 绩效指标) into one block a page, the label written again in the lower part with （续）: Excel and WPS print a merged
   * cell's text once, centred on the whole block, so that the page it continues onto (or both) showed it blank or cut
   * in half. An empty block stays empty; a block holding a number or a formula is never cut.
   */
  private splitAtPages(bordered: Merge, starts: ReadonlyArray<number>, titles?: PageSetup['printTitleRows']): void {
    if (!starts.length) return;
    if (titles) this.labelsBelowTitles(bordered, titles);
    // each block visited once, cut at every start inside it (a block over several pages: as many parts): a form of
    // 140,000 indicators has thousands of pages, and a pass over every block for each page start was quadratic
    const sorted = [...starts].sort((a, b) => a - b);
    const kept: Merge[] = [];
    for (const m of this.merges) {
      const corner = this.cells.get(cellKey(m.top, m.left));
      const value = corner?.value ?? null;
      const inTable = m.top >= bordered.top && m.bottom <= bordered.bottom;
      let i = firstAtLeast(sorted, m.top + 1);
      if (!inTable || i >= sorted.length || sorted[i] > m.bottom || (value !== null && typeof value !== 'string') || corner?.formula !== undefined) {
        kept.push(m);
        continue;
      }
      let text = value;
      if (typeof value === 'string' && value !== '') {
        // （续） on a line of its own where it would not fit on the label's last line (产出指标 / （续）, never 产出指标（续 / ）)
        const label = value.replace(CONTINUED_AT_END, '').replace(/\n$/, '');
        let width = 0;
        for (let c = m.left; c <= m.right; c++) width += this.columnWidths[c] ?? DEFAULT_COLUMN_CHARS;
        const size = corner?.style?.fontSize ?? BODY_FONT_SIZE;
        text = lineCount(`${label}${CONTINUED}`, width, size) > lineCount(label, width, size) ? `${label}\n${CONTINUED}` : `${label}${CONTINUED}`;
      }
      this.mergeByCorner.delete(cellKey(m.top, m.left));
      let top = m.top;
      for (; i < sorted.length && sorted[i] <= m.bottom; i++) {
        const start = sorted[i];
        if (start === top) continue;
        this.set(start, m.left, text, corner?.style ?? BODY);
        this.keepPart({ ...m, top, bottom: start - 1 }, kept);
        top = start;
      }
      this.keepPart({ ...m, top }, kept);
    }
    this.merges.length = 0;
    for (const m of kept) this.merges.push(m);
  }

  /** The labels broken between words in their blocks as wide as they now are (wordLines). */
  private breakLabels(): void {
    for (const key of this.labels) {
      const cell = this.cells.get(key);
      if (typeof cell?.value !== 'string') continue;
      const m = this.mergeAt(cell.row, cell.col);
      let width = 0;
      for (let c = cell.col; c <= (m?.right ?? cell.col); c++) width += this.columnWidths[c] ?? DEFAULT_COLUMN_CHARS;
      const text = wordLines(cell.value, width, cell.style?.fontSize ?? BODY_FONT_SIZE);
      if (text !== cell.value) this.cells.set(key, { ...cell, value: text });
    }
  }

  /**
   * A label merged down from the print title rows into the rows below them (column A's 绩效指标 beside the indicator
   * header) starts below them on a form of several pages, its part in the title rows left blank: a host repeats the
   * title rows on every page as they are, and so printed on page 2 on the slice of the label that fell into them
   * (the top half of 绩效指标 where the block on page 1 was two rows tall).
   */
  private labelsBelowTitles(bordered: Merge, titles: NonNullable<PageSetup['printTitleRows']>): void {
    const kept: Merge[] = [];
    for (const m of this.merges) {
      const corner = this.cells.get(cellKey(m.top, m.left));
      const across = m.top >= titles.first && m.top <= titles.last && m.bottom > titles.last && m.top >= bordered.top && m.bottom <= bordered.bottom;
      if (!across || typeof corner?.value !== 'string' || corner.value === '' || corner.formula !== undefined) {
        kept.push(m);
        continue;
      }
      const style = corner.style ?? BODY;
      this.mergeByCorner.delete(cellKey(m.top, m.left));
      this.set(m.top, m.left, null, style);
      this.set(titles.last + 1, m.left, corner.value, style);
      this.keepPart({ ...m, bottom: titles.last }, kept);
      this.keepPart({ ...m, top: titles.last + 1 }, kept);
    }
    this.merges.length = 0;
    for (const m of kept) this.merges.push(m);
  }

  /** A part of a cut block kept as a merge (one cell: no merge). */
  private keepPart(part: Merge, kept: Merge[]): void {
    if (part.bottom === part.top && part.right === part.left) return;
    kept.push(part);
    this.mergeByCorner.set(cellKey(part.top, part.left), part);
  }

  /**
   * The layout; `printArea` is the whole form (title included), `bordered` its table. Given the rows that begin a
   * printed page (`pageStarts`, from fitToPaper), the blocks that run over them are cut there (splitAtPages).
   */
  build(name: string, printArea: Merge, bordered: Merge, page: Omit<PageSetup, 'printArea'>, pageStarts: ReadonlyArray<number> = []): SheetLayout {
    this.breakLabels();
    this.splitAtPages(bordered, pageStarts, page.printTitleRows);
    this.borderAll(bordered);
    const lastRow = [...this.cells.values()].reduce((r, c) => Math.max(r, c.row), 0);
    // the heights first: an overlong text is set smaller there
    const rowHeights = this.rowHeights(lastRow);
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name,
      columnWidths: [...this.columnWidths],
      rowHeights,
      cells,
      merges: [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      font: SHEET_FONT,
      page: { ...page, printArea },
    };
  }

  /**
   * The layout for its printed pages (the 自评表 and the 监控表): built once whole, its page starts counted
   * (fitToPaper), then built again from the same cells with the blocks over those starts cut (build's `pageStarts`)
   * — a （续） label may make its rows taller, and so the pages are counted again, until they stand (at most a few
   * times; then the last count is kept, its breaks and its cuts the same rows). The form is drawn once: each count
   * builds from the cells as drawn (kept before the first build, which cuts, borders and shrinks them), never by
   * drawing the whole form again (a form of 140,000 indicators was drawn twice over, its formulas and formats with it).
   */
  buildPaged(name: string, printArea: Merge, bordered: Merge, page: Omit<PageSetup, 'printArea'>, keep = 1, minScale = MIN_FIT_SCALE): SheetLayout {
    const drawn = { cells: new Map(this.cells), merges: [...this.merges], mergeByCorner: new Map(this.mergeByCorner) };
    let starts: ReadonlyArray<number> = [];
    for (let round = 0; ; round++) {
      if (round > 0) this.restore(drawn);
      const built = this.build(name, printArea, bordered, page, starts);
      const fitted = fitToPaper(built, keep, minScale);
      let next = fitted.page?.rowBreaks ?? [];
      if (next.length === starts.length && next.every((r, i) => r === starts[i])) return fitted;
      // A break moved down again after it had moved up is left up (the page above it a row short): a （续） label
      // made a page a row too tall, so its break moved up a row, and the label cut there made it fit again — the
      // breaks swung between the two rows round after round (the 140,000-indicator form at 99%: two rounds more,
      // seconds of CPU).
      if (round > 0 && next.length === starts.length) {
        const up = next.map((r, i) => Math.min(r, starts[i]));
        if (up.every((r, i) => r === starts[i]) && fitted.page?.scale !== undefined) {
          const { rowBreaks: _moved, scale, ...setup } = fitted.page;
          return { ...built, page: brokenAt(setup, scale / 100, starts) };
        }
        next = up;
      }
      // not settled: the breaks where the labels were cut, as many pages as they make
      if (round >= 3) {
        const { rowBreaks: _next, scale, ...setup } = fitted.page!;
        return starts.length && scale !== undefined ? { ...built, page: brokenAt(setup, scale / 100, starts) } : fitted;
      }
      starts = next;
    }
  }

  /** The cells and blocks as they were drawn (buildPaged's rounds each start from them). */
  private restore(drawn: { cells: Map<number, LayoutCell>; merges: Merge[]; mergeByCorner: Map<number, Merge> }): void {
    this.cells.clear();
    for (const [k, c] of drawn.cells) this.cells.set(k, c);
    this.merges.length = 0;
    for (const m of drawn.merges) this.merges.push(m);
    this.mergeByCorner.clear();
    for (const [k, m] of drawn.mergeByCorner) this.mergeByCorner.set(k, m);
  }
}

/** Page setup of both layouts: A4, one page wide, centred, 1.5 cm margins. */
export function pageSetup(orientation: 'portrait' | 'landscape', titleRow: number): Omit<PageSetup, 'printArea'> {
  return {
    paperSize: 'A4',
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 },
    printTitleRows: { first: titleRow, last: titleRow },
  };
}

/**
 * The rows at a form's foot that never begin its last page: the 总分 and the indicator above it, so that a form of
 * several pages ends with at least two indicators and its total (fitToPaper's `keep`) — a last page of one indicator
 * and the 总分 (the 300-indicator 2020 form) reads as a page left over.
 */
export const KEEP_WITH_TOTAL = 2;

/** The smallest print scale that fitting on one page may take: the 11 pt body text printed at 8 pt or more. */
export const MIN_FIT_SCALE = 8 / BODY_FONT_SIZE;

/**
 * A page is filled to this share of its printable height, no more: the host's rows are the layout's heights, but its
 * scale is a whole percent and its fonts are its own, and a page the host found a little shorter than counted here
 * would break once more of its own accord, a few rows before the model's break (a page of two rows, a label cut).
 */
export const PAGE_FILL = 0.97;

/**
 * How the form goes onto paper (decided here once; every writer carries it out). The print area is one
 * page wide. When it is too tall for one page, it is fitted to one page tall if that still prints the body
 * text at `minScale` (8 pt) or more (it overflows by a little); otherwise it runs onto as many pages as it
 * needs, the print title rows repeated at the top of each, each page begun by a manual break where the model
 * counted it (`rowBreaks`: the host breaks there, not where its own estimate falls, so the labels cut there by
 * SheetBuilder.build stand at the top of their page), and the last `keep` rows (the total) never start a page
 * alone: they go over with the row before them. Such a form prints at a scale (PageSetup.scale: the whole percent a
 * host would fit the width to, fitScale), not fitted to one page wide, since hosts ignore manual breaks under a fit.
 * Row heights and widths are the layout's estimates, the pages a little short (PAGE_FILL).
 */
export function fitToPaper(layout: SheetLayout, keep = 1, minScale = MIN_FIT_SCALE): SheetLayout {
  const page = layout.page;
  if (!page) return layout;
  const area = page.printArea;
  const { width, heights } = printAreaSize(layout, area);
  const height = heights.reduce((a, b) => a + b, 0);
  const paper = printableSize(page);
  const widthScale = Math.min(1, paper.width / width);
  const { rowBreaks: _drawn, scale: _scaled, ...setup } = page;
  if (height * widthScale <= paper.height || paper.height / height >= minScale) {
    return { ...layout, page: { ...setup, fitToWidth: 1, fitToHeight: 1 } };
  }
  // Pages as the host breaks them at the width's scale (titles repeated from the second page on).
  const scale = Math.max(0.1, Math.floor(widthScale * 100 + 1e-9) / 100);
  const capacity = (paper.height * PAGE_FILL) / scale;
  const titles = page.printTitleRows;
  const titleHeight = titles ? heights.slice(titles.first - area.top, titles.last - area.top + 1).reduce((a, b) => a + b, 0) : 0;
  const starts: number[] = [];
  let used = 0;
  for (let i = 0; i < heights.length; i++) {
    const r = area.top + i;
    // never a break above or within the title rows: they print on every page anyway
    if (used + heights[i] > capacity && used > 0 && (!titles || r > titles.last + 1)) {
      starts.push(r);
      used = titles && r > titles.last ? titleHeight : 0;
    }
    used += heights[i];
  }
  // the kept rows go over with the row before them
  const firstKept = area.bottom - keep + 1;
  const last = starts.length - 1;
  if (last >= 0 && starts[last] >= firstKept && firstKept - 1 > (starts[last - 1] ?? area.top)) starts[last] = firstKept - 1;
  return { ...layout, page: starts.length ? brokenAt(setup, scale, starts) : { ...setup, fitToWidth: 1, fitToHeight: 0 } };
}

/**
 * A page setup that prints one page wide at `scale` (a fraction), a page begun at each of `starts`: a scale, not a fit
 * to 1 page wide, since a host ignores manual page breaks under a fit (PageSetup.scale). Its pages are numbered
 * (第 1 页，共 38 页), as a stamped form of several pages is: a page that goes astray is missed, one out of order seen.
 */
function brokenAt(setup: Omit<PageSetup, 'rowBreaks' | 'scale'>, scale: number, starts: ReadonlyArray<number>): PageSetup {
  return { ...setup, fitToWidth: 0, fitToHeight: 0, scale: Math.max(10, Math.min(100, Math.round(scale * 100))), rowBreaks: starts, footer: setup.footer ?? PAGE_NUMBER_FOOTER };
}

/**
 * The form as one table again, for a reader that cuts it into pages its own way (the 自评报告's appendix): each block
 * SheetBuilder.build cut at a page start (`page.rowBreaks`), its lower part labelled with （续）, joined to the block
 * above it again, the （续） label gone; a label it moved below the print title rows back in them (labelsBelowTitles).
 */
export function joinPageCuts(layout: SheetLayout): SheetLayout {
  const breaks = layout.page?.rowBreaks ?? [];
  if (!breaks.length) return layout;
  const at = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c]));
  // indexed, not searched: a form of thousands of pages has thousands of breaks and blocks
  const live = new Set(layout.merges);
  const cover = new Map<string, Merge>();
  const lay = (m: Merge): void => {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cover.set(`${r}:${c}`, m);
  };
  for (const m of layout.merges) lay(m);
  const continued = new Map<number, LayoutCell[]>();
  for (const cell of layout.cells) {
    if (typeof cell.value !== 'string' || !CONTINUED_AT_END.test(cell.value)) continue;
    const row = continued.get(cell.row);
    if (row) row.push(cell);
    else continued.set(cell.row, [cell]);
  }
  const cleared = new Set<string>();
  const blockAt = (r: number, c: number): Merge => cover.get(`${r}:${c}`) ?? { top: r, left: c, bottom: r, right: c };
  // a label SheetBuilder put below the print title rows (labelsBelowTitles: column A's 绩效指标) goes back up into
  // them, merged down as the form of one page has it: the appendix repeats the header with its label on every page
  const titles = layout.page?.printTitleRows;
  const movedUp = new Map<string, LayoutCell>();
  if (titles) {
    for (const cell of layout.cells) {
      if (cell.row !== titles.last + 1 || typeof cell.value !== 'string' || cell.value === '' || cell.formula !== undefined) continue;
      const lower = blockAt(cell.row, cell.col);
      const upper = blockAt(titles.last, cell.col);
      const corner = at.get(`${upper.top}:${upper.left}`);
      if (lower.top !== cell.row || lower.left !== cell.col || upper.left !== lower.left || upper.right !== lower.right || upper.top < titles.first) continue;
      if (corner === undefined || (corner.value !== null && corner.value !== '')) continue;
      live.delete(lower);
      live.delete(upper);
      const joined = { top: upper.top, left: upper.left, bottom: lower.bottom, right: upper.right };
      live.add(joined);
      lay(joined);
      const up = { ...corner, value: cell.value, style: cell.style ?? corner.style };
      movedUp.set(`${upper.top}:${upper.left}`, up);
      at.set(`${upper.top}:${upper.left}`, up);
      cleared.add(`${cell.row}:${cell.col}`);
    }
  }
  for (const start of breaks) {
    for (const cell of continued.get(start) ?? []) {
      const lower = blockAt(start, cell.col);
      const upper = blockAt(start - 1, cell.col);
      const above = at.get(`${upper.top}:${upper.left}`)?.value;
      if (lower.left !== upper.left || lower.right !== upper.right || above !== (cell.value as string).replace(CONTINUED_AT_END, '').replace(/\n$/, '')) continue;
      live.delete(lower);
      live.delete(upper);
      const joined = { top: upper.top, left: upper.left, bottom: lower.bottom, right: upper.right };
      live.add(joined);
      lay(joined);
      cleared.add(`${start}:${cell.col}`);
    }
  }
  if (!cleared.size) return layout;
  const cells = layout.cells.map((c) => movedUp.get(`${c.row}:${c.col}`) ?? (cleared.has(`${c.row}:${c.col}`) ? { ...c, value: null } : c));
  return { ...layout, cells, merges: [...live].sort((a, b) => a.top - b.top || a.left - b.left) };
}

/** `{年度}年度绩效自评表` (`绩效自评表` without a year): the sheet name of both 自评表 layouts. */
export function selfEvalBaseName(fiscalYear: number | undefined): string {
  return fiscalYear === undefined ? '绩效自评表' : `${fiscalYear}年度绩效自评表`;
}

const MAX_SHEET_NAME = 31;

/**
 * A new sheet's name, the one rule every host follows: `wanted`, else `wanted (2)`, `wanted (3)` …,
 * compared case-insensitively as Excel and WPS do; cut to 31 characters; the characters a sheet
 * name cannot hold (\ / ? * [ ] :) replaced by _ and outer apostrophes dropped.
 */
export function uniqueSheetName(wanted: string, existing: ReadonlyArray<string> = []): string {
  const base = wanted.replace(/[\\/?*[\]:]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
