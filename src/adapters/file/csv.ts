/**
 * A CSV (or tab-separated text) file → a grid of one sheet named after the file (issue 12, item 8).
 *
 * The encoding is detected from the bytes, never guessed from the locale: a byte-order mark
 * (UTF-8, UTF-16LE/BE — Excel's “Unicode 文本”), else UTF-16 by where its zero bytes fall (the same
 * text written without a mark), else strict UTF-8, else GB18030 (the superset of
 * GBK and GB2312 that Chinese Excel and WPS write). Decoding uses the platform's TextDecoder (every
 * browser has GB18030; Node has it with its full ICU). The fields are split by Papa Parse (quoted
 * fields, line breaks inside quotes); the delimiter is chosen among `\t` `,` `;` `|` by chooseDelimiter.
 *
 * A field written as a text guard (`="0012"`: WPS's and many systems' way to keep a code as text) is its text.
 * Values are typed as Excel types them when it opens a CSV, without Excel's losses: plain numbers
 * (1234.5, -3, 1,234.50, 1.2E+05) become numbers, ISO and slashed dates (2019-03-01, 2019/3/1)
 * dates, TRUE/FALSE booleans; what is an identifier rather than a quantity stays the text it was:
 * a number with a leading zero (007), 12 digits or more before any decimal point (a patent
 * number with its check digit, 201621421104.0, which Excel would cut to 201621421104; an ID card
 * or account number: no amount in 元 reaches 10^11) or a number of that size in scientific notation
 * (9.16501E+17, as Excel shows and saves a long code typed as a number), anything past 15
 * significant digits.
 *
 * The reading budgets of the .xlsx reader apply: the file's size (maxSize), the grid's memory and
 * the reading time, checked row by row; Excel's sheet limits (1,048,576 rows, 16,384 columns).
 */
import Papa from 'papaparse';
import { dateValue, type CellValue, type GridSheet } from '../../model/grid';
import { EXCEL_MAX_COLS as MAX_COLS, EXCEL_MAX_ROWS as MAX_ROWS } from '../../model/gridWhole';
import type { Finding } from '../../model/findings';
import { CSV_DAMAGED_CELLS, S012, S020, type TextEncodingCode } from '../../model/rules/sheetsWorkbook';
import { Aborted, Budget, OverBudget, PAGE_LIMITS, type ReadLimits } from '../xlsx/budget';
import { failureMessage, mbOver, overBudgetFailure, type FailureParams, type FailureVariant, type ReadFailureReason } from '../xlsx/messages';
import type { ReadXlsxOptions, ReadXlsxResult } from '../xlsx/read';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The bytes began with a byte-order mark. */
  readonly bom: boolean;
  /**
   * Byte sequences that are no text in the encoding, and NULs, each read as U+FFFD (�): 0 for a clean file. Excel
   * opens such a file (a damaged byte, a GBK word pasted into a UTF-8 file); so does the reader, saying where (S020).
   */
  readonly replaced: number;
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    // fatal: a byte sequence the encoding does not have (a TypeError, perhaps of another realm)
    if ((e as Error | undefined)?.name === 'TypeError') return null;
    throw e;
  }
}

const REPLACEMENT = 0xfffd;

/** The text of bytes in `encoding`, each byte sequence it does not have read as U+FFFD, as Excel and every decoder do. */
function looseDecode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** U+FFFD in a text. */
function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * What a strict decoding of `bytes` in `encoding` gives, else its loose decoding with the replacements counted
 * (the replacement characters the text had before included: they are as much damage to say).
 */
function decodeIn(encoding: TextEncodingName, bytes: Uint8Array, bom: boolean): DecodedText {
  const strict = tryDecode(encoding, bytes);
  if (strict !== null) return { text: strict, encoding, bom, replaced: 0 };
  const text = looseDecode(encoding, bytes);
  return { text, encoding, bom, replaced: replacements(text) };
}

/**
 * The loose UTF-8 text of bytes that are no strict UTF-8, when they are UTF-8 nonetheless: their characters past
 * ASCII at least MOSTLY_UTF8 times the sequences replaced. GBK text read as UTF-8 is nearly all replacements (its
 * lead bytes 0xB0–0xBF are continuation bytes in UTF-8, its trail bytes seldom fit); a UTF-8 ledger with a damaged
 * byte is nearly all characters.
 */
const MOSTLY_UTF8 = 4;
function mostlyUtf8(bytes: Uint8Array): DecodedText | null {
  const text = looseDecode('utf-8', bytes);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) bad++;
    else if (c >= 0x80) wide++;
  }
  return wide >= MOSTLY_UTF8 * bad && wide > 0 ? { text, encoding: 'utf-8', bom: false, replaced: bad } : null;
}

/** The magic numbers of files that are never text, whatever their bytes decode to: pictures, PDF, archives, programs. */
const BINARY_MAGIC: ReadonlyArray<ReadonlyArray<number>> = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
];

function binaryMagic(b: Uint8Array): boolean {
  return BINARY_MAGIC.some((m) => m.length <= b.length && m.every((x, i) => b[i] === x));
}

/**
 * Text that is a binary file, whatever it decoded to: among its first 64 K characters, more NULs, control characters
 * and replaced byte sequences than BINARY_SLACK and one in BINARY_SHARE. A table's text has none but tab, line ends
 * and form feed; a damaged CSV has a few (read, said by S020: a bad byte in every line of a ledger is one character
 * in 80); random bytes have one in three (a control character in eight, and half the bytes past ASCII replaced).
 */
const BINARY_SLACK = 4;
const BINARY_SHARE = 10;
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 64 * 1024);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === REPLACEMENT) odd++;
  }
  return odd > BINARY_SLACK + n / BINARY_SHARE;
}

/** Bytes looked at to tell UTF-16 without a byte-order mark. */
const UTF16_SNIFF = 4096;
/** The share of the code units read in the byte order found that must be characters of a table's text. */
const UTF16_TEXT_SHARE = 0.9;

/** A UTF-16 code unit that a table's text is made of: tab and line ends, ASCII, Latin to symbols and enclosed numbers, CJK punctuation, ideographs, full-width forms. */
function tableChar(u: number): boolean {
  return (
    u === 9 || u === 10 || u === 13 || (u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0x27bf) || (u >= 0x3000 && u <= 0x30ff) ||
    (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xffef)
  );
}

/**
 * The byte order of UTF-16 text written without a byte-order mark (some programs' "Unicode" text
 * and exports), told by its first bytes. UTF-8 and GBK text has no zero byte; in UTF-16 the tabs,
 * line ends, digits and Latin letters of a table are a byte and a zero, so zeros fall on the side
 * of the high byte (odd offsets little-endian, even ones big-endian), and that side gives the
 * order. Read so, nine code units in ten must be characters a table's text is made of (tableChar),
 * which a binary file's zeros are not; then decodeText decodes strictly and checks it is no binary.
 */
export function utf16Order(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2 !== 0) return null;
  const n = Math.min(b.length, UTF16_SNIFF) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd === even) return null;
  const le = odd > even;
  let ok = 0;
  for (let i = 0; i < n; i += 2) if (tableChar(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1])) ok++;
  return ok >= UTF16_TEXT_SHARE * (n >> 1) ? (le ? 'utf-16le' : 'utf-16be') : null;
}

/**
 * The text of a file, with the encoding it was found in: by its byte-order mark, else UTF-16 by
 * its zero bytes (utf16Order), else UTF-8, else GB18030; null for bytes that are no text (a binary file: a
 * picture's, an archive's magic number, or many NULs, control characters and bytes no encoding has: looksBinary).
 *
 * Bytes the encoding does not have are read as U+FFFD and counted (`replaced`), as Excel opens such a file: in a
 * file with a mark, in UTF-16, in UTF-8 when the file is UTF-8 nonetheless (mostlyUtf8: tried before GB18030, which
 * would take a UTF-8 ledger with a damaged byte for GBK and misread every character of it), else in whichever of
 * UTF-8 and GB18030 replaces fewer (UTF-8 when even). NULs are read as U+FFFD too, and counted.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const b = withoutNulPadding(bytes);
  if (binaryMagic(b)) return null;
  let found: DecodedText;
  let bare: 'utf-16le' | 'utf-16be' | null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) found = decodeIn('utf-8', b.subarray(3), true);
  else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) found = decodeIn('utf-16le', b.subarray(2), true);
  else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) found = decodeIn('utf-16be', b.subarray(2), true);
  else if ((bare = utf16Order(b))) found = decodeIn(bare, b, false);
  else {
    const utf8 = tryDecode('utf-8', b);
    if (utf8 !== null) found = { text: utf8, encoding: 'utf-8', bom: false, replaced: 0 };
    else {
      const mostly = mostlyUtf8(b);
      const gb = mostly === null ? tryDecode('gb18030', b) : null;
      if (gb !== null) found = { text: gb, encoding: 'gb18030', bom: false, replaced: 0 };
      else if (mostly !== null) found = mostly;
      else {
        const u = decodeIn('utf-8', b, false);
        const g = decodeIn('gb18030', b, false);
        found = g.replaced < u.replaced ? g : u;
      }
    }
  }
  if (looksBinary(found.text)) return null;
  if (found.text.indexOf('\0') < 0) return found;
  // a NUL is no character of a table (Excel shows nothing for it): read as U+FFFD, said where it is
  let nuls = 0;
  for (let i = found.text.indexOf('\0'); i >= 0; i = found.text.indexOf('\0', i + 1)) nuls++;
  return { ...found, text: found.text.replace(/\0/g, '\ufffd'), replaced: found.replaced + nuls };
}

/**
 * The bytes without the NULs that pad their end (some exporters round a file up to a block so, and a copy broken off
 * or a disk's repair leaves zeros after the text): no part of the table, cut off before the text is decoded — padded
 * past a few KB, the file was refused as binary, and a few NULs made a row of U+FFFD. A NUL inside the text stays (read
 * as U+FFFD and said, S020; a file of many refused as binary), and so does a file of nothing but NULs (no text at all).
 * In UTF-16 (a mark, or its zero bytes: utf16Order) the last code unit's zero byte is kept.
 */
function withoutNulPadding(b: Uint8Array): Uint8Array {
  let n = b.length;
  while (n > 0 && b[n - 1] === 0) n--;
  if (n === b.length || n === 0) return b;
  // (told without that byte: a zero after ASCII text would look like UTF-16's)
  if (n % 2 === 1 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || utf16Order(b.subarray(0, n - 1)))) return b.subarray(0, n + 1);
  return b.subarray(0, n);
}

/**
 * What the text is when it is not a table of values: a web page or an XML spreadsheet saved as .xls, a
 * single-file web page (MHTML: Excel's 单个文件网页, some systems' export) whose MIME lines are no table,
 * or a LibreOffice flat XML spreadsheet (.fods).
 */
export function markupKind(text: string): 'html' | 'xml' | 'fods' | 'mht' | null {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^<\?xml[\s\S]*<workbook|^<\?mso-application/.test(head)) return 'xml';
  // a flat OpenDocument file: a spreadsheet unless its root says it is another kind (a .fodt text, a .fodp)
  if (/^(?:<\?xml[^>]*>\s*)?<office:document[\s>]/.test(head)) {
    const mime = /<office:document\b[^>]*?office:mimetype="([^"]*)"/.exec(text.slice(0, 16384))?.[1];
    return mime === undefined || mime === 'application/vnd.oasis.opendocument.spreadsheet' ? 'fods' : null;
  }
  if (/^(?:[\w-]+:[^\n]*\r?\n)*mime-version:/.test(head) && /content-type:\s*multipart\//.test(head)) return 'mht';
  if (/^(<!doctype html|<html|<table|<meta|<head|<body)/.test(head) || /^<\?xml[\s\S]*<html/.test(head)) return 'html';
  return null;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * A year and its month written with a dot (2019.03, 2019.10): a month under a date column, 立项年度 2018.03 its year.
 * Excel would make it the number 2019.03 (2019.1 for 2019.10: October lost); kept as the text it is, which every
 * column reads (a date, a year, an amount: plainAmountText).
 */
const YEAR_MONTH = /^(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])$/;
/**
 * A text guard: `="0012"`, as WPS, Excel users and business systems write a code or a number that must stay text
 * (Excel reads it as a formula giving the text 0012, shown without the `=""`). Its text, quotes doubled inside it
 * (`="a""b"`) undone.
 */
const TEXT_GUARD = /^="((?:[^"]|"")*)"$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A CSV field as Excel would type it, keeping what Excel would lose as text. */
export function csvValue(field: string): CellValue {
  const s = field.trim();
  if (s === '') return null;
  const guarded = TEXT_GUARD.exec(s);
  if (guarded) return guarded[1] === '' ? null : guarded[1].replace(/""/g, '"');
  const plain = s.replace(/^[+-]/, '');
  if (YEAR_MONTH.test(s)) return field;
  if (NUMBER.test(s) || GROUPED.test(s)) {
    const digits = plain.replace(/[eE].*$/, '').replace(/[,.]/g, '').replace(/^0+/, '');
    const leadingZero = /^0\d/.test(plain);
    // 12 digits or more — or that size in Excel's scientific notation (9.16501E+17: a 统一社会信用代码 or patent
    // number shown so and saved so, its digits already lost) — is an identifier, kept as written, not a number
    const identifier = /^\d{12,}(?:\.\d*)?$/.test(plain) || (/[eE]/.test(plain) && Math.abs(Number(s)) >= 1e11);
    if (!leadingZero && !identifier && digits.length <= 15) {
      const n = Number(s.replace(/,/g, ''));
      if (Number.isFinite(n)) return n;
    }
    return field;
  }
  const d = DATE.exec(s);
  if (d) {
    const [year, month, day] = [Number(d[1]), Number(d[3]), Number(d[4])];
    if (year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)) return dateValue(year, month, day);
    return field;
  }
  if (/^(true|false)$/i.test(s)) return s.toUpperCase() === 'TRUE';
  return field;
}

/** A sheet name from a file name: its base name, without the characters Excel forbids, at most 31 characters. */
/** A file's name without its folders, extension kept (2018年度项目台账.csv): what a table named after it says it was read from. */
export function fileBaseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

export function sheetNameOf(fileName: string): string {
  const base = fileBaseName(fileName).replace(/\.[^.]*$/, '');
  const clean = base.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim();
  return [...(clean || 'Sheet1')].slice(0, 31).join('');
}

class CsvFailure {
  constructor(
    readonly reason: ReadFailureReason,
    readonly variant: FailureVariant,
    readonly params: FailureParams = {},
  ) {}
}

function fail(reason: ReadFailureReason, variant: FailureVariant, p: FailureParams = {}): ReadXlsxResult {
  return { ok: false, reason, message: failureMessage(variant, p) };
}


/** The first line of a field whose quote never closes, as S012 names it: at most 30 characters. */
const openingOf = (line: string): string => {
  const chars = [...line];
  return chars.length > 30 ? chars.slice(0, 30).join('') + '…' : line;
};

const isLineEnd = (c: number): boolean => c === 10 || c === 13;

/**
 * What a field whose quote never closes took, as S012 says it: its first line (openingOf) and how many lines follow it
 * (a line end is `\r\n`, a lone `\r` or `\n`; line ends at its very end start no line). Counted in place, and only the
 * first 62 code units (31 characters or more) of the first line copied: the field may be most of a 100 MB file, which
 * an array of its lines (or a trimmed copy) would double.
 */
export function swallowedLines(field: string): { readonly opening: string; readonly lines: number } {
  let end = field.length;
  while (end > 0 && isLineEnd(field.charCodeAt(end - 1))) end--;
  let lines = 0;
  let firstEnd = end;
  for (let i = field.indexOf('\n'); i !== -1 && i < end; i = field.indexOf('\n', i + 1)) {
    if (lines++ === 0) firstEnd = i;
  }
  for (let i = field.indexOf('\r'); i !== -1 && i < end; i = field.indexOf('\r', i + 1)) {
    if (i < firstEnd) firstEnd = i;
    if (field.charCodeAt(i + 1) !== 10 || i + 1 >= end) lines++;
  }
  return { opening: openingOf(field.slice(0, Math.min(firstEnd, 62))), lines };
}

/** The field separators a text table may use, in the order they are preferred when several split it as well. */
const DELIMITERS = ['\t', ',', ';', '|'] as const;
/** Lines the separator is chosen from. */
const SNIFF_LINES = 200;
/** At most this many characters of them are looked at for tabs beside commas. */
const SNIFF_CHARS = 1 << 20;
/** A preferred separator is kept while it splits at least this share of the lines the best one splits consistently. */
const PREFERRED_SHARE = 0.8;

/**
 * Whether the tabs of a text's first lines sit against its commas (`,\t91650104614684574Q,`, `,"\t2015…",`, `…Q\t,`):
 * a business system's CSV export writes a tab beside a long code so that Excel keeps it as text. Every data row then
 * holds one tab, as a tab-separated table's would; these tabs separate nothing. In a tab-separated table a tab sits
 * against a comma only where a value ends or starts with one.
 */
function tabsMarkText(text: string): boolean {
  let end = -1;
  for (let n = 0; n < SNIFF_LINES && end < SNIFF_CHARS; n++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0) break;
    end = next;
  }
  const head = text.slice(0, end < 0 ? SNIFF_CHARS : Math.min(end, SNIFF_CHARS));
  let tabs = 0;
  for (let i = head.indexOf('\t'); i >= 0; i = head.indexOf('\t', i + 1)) tabs++;
  if (tabs === 0) return false;
  const besideComma = head.match(/,"?\t|\t"?,/g)?.length ?? 0;
  return besideComma * 2 >= tabs;
}

/**
 * The field separator of a text table: Excel's `sep=;` first line when there is one, else the
 * separator under which most of the first lines have the same number of fields (two or more).
 * A tab comes first when it splits nearly as well as another: in Excel's 文本文件（制表符分隔）and
 * Unicode 文本 the values are written as shown, so amounts (1,234.50) and notes carry commas that a
 * comma would split on, while a CSV's fields hardly ever hold a tab (and when a CSV's codes carry one, it sits
 * against a comma: tabsMarkText); a title line above the header (one field) counts for none. Papa Parse's own guess took the commas of such a file, and with them
 * every column.
 */
export function chooseDelimiter(text: string): { readonly delimiter: string; readonly skipFirstLine: boolean } {
  const hint = /^sep=(.)\r?(?:\n|$)/.exec(text.slice(0, 8));
  if (hint) return { delimiter: hint[1], skipFirstLine: true };
  const scores = DELIMITERS.filter((d) => d !== '\t' || !tabsMarkText(text)).map((delimiter) => {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: SNIFF_LINES, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length >= 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let best = 0;
    for (const n of counts.values()) best = Math.max(best, n);
    return { delimiter, consistent: best };
  });
  const top = scores.reduce((m, x) => Math.max(m, x.consistent), 0);
  const chosen = top > 0 ? scores.find((x) => x.consistent >= PREFERRED_SHARE * top) : undefined;
  return { delimiter: chosen?.delimiter ?? ',', skipFirstLine: false };
}

/**
 * Whether a text ends its lines in more than one way (CR LF and LF, CR and LF…: files joined, a line edited in
 * another program). Papa Parse takes one kind for the whole file, and a line ended otherwise ran on into the next
 * row's first field; Excel ends a line at each.
 */
export function mixedLineEnds(t: string): boolean {
  let crlf = false;
  let cr = false;
  for (let i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', i + 1)) {
    if (t.charCodeAt(i + 1) === 10) crlf = true;
    else cr = true;
    if (crlf && cr) return true;
  }
  if (!crlf && !cr) return false;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) if (t.charCodeAt(i - 1) !== 13) return true;
  return false;
}

const ENCODING_CODE: Readonly<Record<TextEncodingName, TextEncodingCode>> = { 'utf-8': 'utf8', 'utf-16le': 'utf16', 'utf-16be': 'utf16', gb18030: 'gb18030' };

/** Characters of a damaged field S020 quotes: around its first replacement. */
const DAMAGE_QUOTE = 30;

/** The part of a field S020 quotes: DAMAGE_QUOTE characters from a little before its first U+FFFD, cut marked “…”. */
function aroundDamage(field: string): string {
  const at = field.indexOf('\ufffd');
  const chars = [...field.slice(Math.max(0, at - 4 * DAMAGE_QUOTE), at + 4 * DAMAGE_QUOTE)];
  const before = [...field.slice(Math.max(0, at - 4 * DAMAGE_QUOTE), at)].length;
  const from = Math.max(0, before - 10);
  const head = from > 0 || at > 4 * DAMAGE_QUOTE ? '…' : '';
  const tail = from + DAMAGE_QUOTE < chars.length || at + 4 * DAMAGE_QUOTE < field.length ? '…' : '';
  return head + chars.slice(from, from + DAMAGE_QUOTE).join('') + tail;
}

/** The cells of a CSV that hold replaced bytes (U+FFFD), said by S020: the first CSV_DAMAGED_CELLS each, the rest once. */
class DamagedCells {
  private named = 0;
  private moreCells = 0;
  private moreCount = 0;
  private moreAt: { row: number; col: number } | null = null;
  constructor(
    private readonly sheet: string,
    private readonly encoding: TextEncodingCode,
  ) {}

  row(row: number, fields: ReadonlyArray<string>, out: Finding[]): void {
    for (let col = 0; col < fields.length; col++) {
      const f = fields[col];
      if (f.indexOf('\ufffd') < 0) continue;
      let count = 0;
      for (let i = f.indexOf('\ufffd'); i >= 0; i = f.indexOf('\ufffd', i + 1)) count++;
      if (this.named < CSV_DAMAGED_CELLS) {
        this.named++;
        out.push(S020.finding.main({ sheet: this.sheet, row, col }, { value: aroundDamage(f), count, encoding: this.encoding }));
      } else {
        this.moreAt ??= { row, col };
        this.moreCells++;
        this.moreCount += count;
      }
    }
  }

  finish(out: Finding[]): void {
    if (this.moreAt) out.push(S020.finding.more({ sheet: this.sheet, ...this.moreAt }, { cells: this.moreCells, count: this.moreCount, encoding: this.encoding }));
  }
}

/**
 * Reads CSV bytes into a one-sheet grid named after `fileName`. Never throws on the file's
 * content (a cancellation rejects with an AbortError); failures say what to do.
 */
export function readCsv(bytes: Uint8Array, fileName: string, options: ReadXlsxOptions = {}): ReadXlsxResult {
  const limits: ReadLimits = { ...PAGE_LIMITS, ...options.limits };
  if (bytes.length === 0) return fail('empty', 'emptyFile');
  if (bytes.length > limits.maxSize) return fail('tooLarge', 'fileOverSize', mbOver(bytes.length, limits.maxSize));
  const budget = new Budget(limits, options.onProgress, options.signal);
  const name = sheetNameOf(fileName);
  try {
    budget.check();
    // The decoded text: two bytes a character at most, charged before it is made.
    budget.charge(2 * bytes.length);
    budget.check();
    const decoded = decodeText(bytes);
    if (!decoded) return fail('notZip', 'notText');
    const markup = markupKind(decoded.text);
    if (markup) return fail('notXlsx', markup === 'xml' ? 'xmlSpreadsheet' : markup === 'fods' ? 'fods' : 'html');
    let text = decoded.text;
    if (mixedLineEnds(text)) {
      // every CR LF, CR and LF ends a line, as in Excel; the parser takes one kind for the whole file
      budget.charge(2 * text.length);
      text = text.replace(/\r\n?/g, '\n');
    }
    budget.plan(text.length);
    const damaged = decoded.replaced > 0 ? new DamagedCells(name, ENCODING_CODE[decoded.encoding]) : null;

    const values: CellValue[][] = [];
    const readFindings: Finding[] = [];
    const stopped: { by?: CsvFailure | OverBudget | Aborted } = {};
    let cursor = 0;
    const { delimiter, skipFirstLine } = chooseDelimiter(text);
    let skip = skipFirstLine;
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        try {
          if (skip) {
            // Excel's `sep=;` line says the separator; it is no row of the table
            skip = false;
            return;
          }
          const fields = result.data;
          if (values.length >= MAX_ROWS) throw new CsvFailure('corrupt', 'outOfRange', { sheet: name, what: 'row', value: values.length + 1 });
          if (fields.length > MAX_COLS) throw new CsvFailure('corrupt', 'outOfRange', { sheet: name, what: 'col', value: fields.length });
          // A quote that never closes takes the rest of the file into the row's last field (as Excel
          // reads it too): a structural error at that cell (S012), never silent (Papa Parse's MissingQuotes).
          if (result.errors.some((e) => e.code === 'MissingQuotes') && fields.length) {
            const col = fields.length - 1;
            const taken = swallowedLines(fields[col]);
            readFindings.push(S012.finding.main({ sheet: name, row: values.length, col }, { value: taken.opening, lines: taken.lines }));
          }
          if (damaged) damaged.row(values.length, fields, readFindings);
          const row = fields.map(csvValue);
          while (row.length && row[row.length - 1] === null) row.pop();
          let cost = 64 + 8 * row.length;
          for (const v of row) if (typeof v === 'string') cost += 40 + 2 * v.length;
          budget.charge(cost);
          values.push(row);
          const at = result.meta.cursor;
          budget.advance(at - cursor);
          cursor = at;
        } catch (e) {
          if (e instanceof CsvFailure || e instanceof OverBudget || e instanceof Aborted) {
            stopped.by = e;
            parser.abort();
          } else throw e;
        }
      },
    });
    if (stopped.by) throw stopped.by;
    damaged?.finish(readFindings);
    while (values.length && values[values.length - 1].length === 0) values.pop();
    if (values.length === 0) return fail('empty', 'empty');
    const namedAfterFile = fileBaseName(fileName);
    const sheet: GridSheet = readFindings.length ? { name, values, namedAfterFile, readFindings } : { name, values, namedAfterFile };
    return { ok: true, grid: { sheets: [sheet] }, date1904: false };
  } catch (e) {
    if (e instanceof Aborted) throw e;
    if (e instanceof CsvFailure) return fail(e.reason, e.variant, e.params);
    if (e instanceof OverBudget) {
      const o = overBudgetFailure(e);
      return fail('tooLarge', o.variant, o.params);
    }
    // A string past what the engine allows is memory, not damage.
    if (e instanceof RangeError) return fail('tooLarge', 'overMemory', mbOver(budget.memoryUsed, limits.maxMemory));
    throw e;
  }
}
