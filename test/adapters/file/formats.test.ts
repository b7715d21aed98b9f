/**
 * Issue 12, item 8: the sample as a CSV (UTF-8, UTF-8 with BOM, GBK) and as an .xls (BIFF8) reads
 * to the same grid as the .xlsx, with 0 errors and the same 自评表 (100.00, 优) and figures; other
 * formats get words that say how to save them as .xlsx; the reading budgets hold for both readers.
 */
import { CHECKED_SHEETS, readWorkbookFile, type ReadFileResult } from '../../../src/adapters/file';
import { chooseDelimiter, csvValue, decodeText, sheetNameOf } from '../../../src/adapters/file/csv';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { buildReport } from '../../../src/model/report';
import { MONITOR_LAYOUT } from '../../../src/model/selfeval/layouts';
import { findingText } from '../../../src/model/messages';
import { dateValue, type CellValue, type Grid, type GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { expectSameAsSample } from '../../model/shapes/expect';
import { sampleWith, SAMPLE_LEDGER_INDEX } from '../../fixtures/hostile';
import { encodeGbk, xlsOf } from '../../support/formats';
import { perPrefectureLedgers, toCsv, twoRowHeaderLedger, withLedger } from '../../support/shapes';

const ENCODINGS: ReadonlyArray<readonly [string, (text: string) => Uint8Array]> = [
  ['UTF-8', (t) => new TextEncoder().encode(t)],
  ['UTF-8 with BOM', (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t)])],
  ['GBK', encodeGbk],
];

async function read(bytes: Uint8Array, name: string): Promise<Extract<ReadFileResult, { ok: true }>> {
  const r = await readWorkbookFile(bytes, name, { select: CHECKED_SHEETS });
  if (!r.ok) throw new Error(`${name}: ${r.message['zh-CN']}`);
  return r;
}

const ledgerOf = (g: Grid): GridSheet => g.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;

describe('CSV', () => {
  it.each(ENCODINGS)('the sample ledger in %s: one sheet named after the file, the same check and 自评表 as the .xlsx', async (_enc, encode) => {
    const r = await read(encode(toCsv(ledgerOf(sampleWorkbookGrid()))), '项目台账.csv');
    expect(r.format).toBe('csv');
    expect(r.grid.sheets.map((s) => s.name)).toEqual(['项目台账']);
    expect(r.grid.sheets[0].values).toEqual(ledgerOf(sampleWorkbookGrid()).values.map((row) => trimRow(row)));
    expectSameAsSample(withLedger(r.grid.sheets[0]));
    // alone (no 配置, no 绩效指标): the ledger checks clean, all 169 projects read
    const alone = evaluateWorkbook(r.grid);
    expect(alone.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(alone.check.ledger!.projects).toHaveLength(169);
  });

  it('a two-row header under blank group cells, in GBK: the same check and 自评表', async () => {
    const r = await read(encodeGbk(toCsv(twoRowHeaderLedger({ merged: false }))), '2018年项目台账（两行表头）.csv');
    expect(r.grid.sheets[0].name).toBe('2018年项目台账（两行表头）');
    expectSameAsSample(withLedger({ ...r.grid.sheets[0], name: SAMPLE_SHEETS.ledger }));
  });

  /**
   * Tab-separated text of the ledger kept in 元 (Excel's 文本文件（制表符分隔）/ Unicode 文本, a system's export): values
   * as shown (7,847,000.00), a note with a comma, unquoted, under the title and unit lines.
   */
  const AMOUNTS = [10, 14];
  const isAmount = (c: number): boolean => c >= AMOUNTS[0] && c <= AMOUNTS[1];
  const tabText = (): string =>
    ledgerOf(sampleWorkbookGrid())
      .values.map((row, r) =>
        row
          .map((v, c) => {
            if (v === null) return '';
            if (r === 2 && isAmount(c)) return `${String(v)}（元）`;
            if (typeof v === 'number') return isAmount(c) ? Math.round(v * 10000).toLocaleString('en-US', { minimumFractionDigits: 2 }) : String(v);
            if (typeof v === 'object') return v.kind === 'date' ? `${v.year}/${v.month}/${v.day}` : v.code;
            return r > 2 && c === 21 ? `${v},见附件` : v;
          })
          .join('\t')
          // as programs other than Excel write it: no separators after a line's last value (the title line is one field)
          .replace(/\t+$/, ''),
      )
      .join('\r\n') + '\r\n';
  const utf16 = (t: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...[...t].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);

  it.each([
    ['Unicode 文本 (UTF-16)', utf16, '项目台账.txt'],
    ['GBK', encodeGbk, '项目台账.txt'],
  ] as const)('tab-separated text with thousands commas and commas in notes, under a title line (%s): split on the tabs, the same check', async (_enc, encode, name) => {
    const r = await read(encode(tabText()), name);
    expect(r.grid.sheets[0].values[2]).toHaveLength(ledgerOf(sampleWorkbookGrid()).values[2].length);
    expectSameAsSample(withLedger({ ...r.grid.sheets[0], name: SAMPLE_SHEETS.ledger }));
  });

  /**
   * A business system's CSV export keeps long codes as text in Excel by writing a tab before (or after) them
   * (`,\t91650104614684574Q,`, quoted or not): every data row then holds one tab, and cb60dbb's choice took it for the
   * separator (each row cut in two at the code, S001: no ledger).
   */
  it.each([
    ['before the code', (c: string) => `\t${c}`, false],
    ['before the code, quoted', (c: string) => `"\t${c}"`, false],
    ['after the code', (c: string) => `${c}\t`, false],
    ['before the code, some notes with a comma unquoted', (c: string) => `\t${c}`, true],
  ] as const)('a CSV whose codes carry a tab to keep them text (%s) is split on its commas: the same check', async (_how, mark, looseNotes) => {
    const ledger = ledgerOf(sampleWorkbookGrid());
    const header = ledger.values.findIndex((r) => r.includes('统一社会信用代码'));
    const code = ledger.values[header].indexOf('统一社会信用代码');
    const lines = toCsv(ledger).split('\r\n');
    const text = lines
      .map((line, r) => {
        if (r <= header || !line) return line;
        const f = line.split(',');
        f[code] = mark(f[code]);
        // a note written with a comma, unquoted, in a third of the rows: those rows have one field more
        if (looseNotes && r % 3 === 0) f.push('见附件');
        return f.join(',');
      })
      .join('\r\n');
    expect(chooseDelimiter(text).delimiter).toBe(',');
    if (looseNotes) return;
    const r = await read(encodeGbk(text), '项目台账.csv');
    expectSameAsSample(withLedger({ ...r.grid.sheets[0], name: SAMPLE_SHEETS.ledger }));
  });

  it('the separator: Excel\'s sep= line, else the one that splits the lines alike; a CSV whose fields hold a tab stays a CSV', () => {
    expect(chooseDelimiter('sep=;\r\n项目编号;项目名称\r\n1;a\r\n')).toEqual({ delimiter: ';', skipFirstLine: true });
    const csv = ['标题', '项目编号,项目名称,备注', ...Array.from({ length: 20 }, (_, i) => `${i},名称${i},${i % 3 ? '' : '含\t制表符'}`)].join('\n');
    expect(chooseDelimiter(csv).delimiter).toBe(',');
    expect(chooseDelimiter('项目编号;项目名称;金额\n1;a;1,5\n2;b;2\n').delimiter).toBe(';');
    expect(chooseDelimiter('项目编号').delimiter).toBe(',');
  });

  it('the encoding is detected from the bytes: GBK text is not taken for UTF-8, UTF-16 by its BOM', () => {
    expect(decodeText(encodeGbk('项目编号,地州市\n'))).toEqual({ text: '项目编号,地州市\n', encoding: 'gb18030', bom: false, replaced: 0 });
    expect(decodeText(new TextEncoder().encode('项目编号'))!.encoding).toBe('utf-8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'项目\t年度'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(utf16)).toEqual({ text: '项目\t年度', encoding: 'utf-16le', bom: true, replaced: 0 });
    expect(decodeText(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]))).toBeNull();
  });

  it('values typed as Excel types them, identifiers kept as written', () => {
    expect(csvValue('1174.9')).toBe(1174.9);
    expect(csvValue('-3')).toBe(-3);
    expect(csvValue('1,234.50')).toBe(1234.5);
    expect(csvValue(' 25 ')).toBe(25);
    expect(csvValue('2018-04-19')).toEqual(dateValue(2018, 4, 19));
    expect(csvValue('2018/4/9')).toEqual(dateValue(2018, 4, 9));
    expect(csvValue('2018-02-30')).toBe('2018-02-30');
    expect(csvValue('TRUE')).toBe(true);
    expect(csvValue('')).toBeNull();
    // what Excel would lose
    expect(csvValue('007')).toBe('007');
    expect(csvValue('201621421104.0')).toBe('201621421104.0');
    expect(csvValue('650102199001011234')).toBe('650102199001011234');
    expect(csvValue('91653001MA5Q601D55')).toBe('91653001MA5Q601D55');
    expect(csvValue('1,2')).toBe('1,2');
    // a long code Excel showed, and saved, in scientific notation: its digits are gone; kept as written, so the
    // finding names what the file holds (not 916501000000000000 with a check character "应为 M" to append)
    expect(csvValue('9.16501E+17')).toBe('9.16501E+17');
    expect(csvValue('2.01511E+11')).toBe('2.01511E+11');
    expect(csvValue('1.2E+05')).toBe(120000);
    // a year and its month (2019.10 would be the number 2019.1, October lost): as written, for a date or a year to read
    expect(csvValue('2019.03')).toBe('2019.03');
    expect(csvValue('2019.10')).toBe('2019.10');
    expect(csvValue('2019.13')).toBe(2019.13);
    expect(csvValue('1174.90')).toBe(1174.9);
    // a text guard (WPS, business systems): the text, never the formula
    expect(csvValue('="0012"')).toBe('0012');
    expect(csvValue(' ="91650104614684574Q" ')).toBe('91650104614684574Q');
    expect(csvValue('="a""b"')).toBe('a"b');
    expect(csvValue('=""')).toBeNull();
    expect(csvValue('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
  });

  it('a ledger exported by WPS with its codes guarded (="XJZL2018-004") checks as the plain CSV does', async () => {
    const ledger = ledgerOf(sampleWorkbookGrid());
    const h = ledger.values.findIndex((r) => r.includes('统一社会信用代码'));
    const guarded = ['项目编号', '统一社会信用代码', '专利号', '立项年度'].map((x) => ledger.values[h].indexOf(x));
    const quote = (v: CellValue): string => `="${v === null ? '' : String(v)}"`;
    const values = ledger.values.map((r, i) => (i > h ? r.map((v, c) => (guarded.includes(c) ? quote(v) : v)) : r));
    const plain = evaluateWorkbook((await read(new TextEncoder().encode(toCsv(ledger)), '2018年度项目台账.csv')).grid);
    const wps = evaluateWorkbook((await read(new TextEncoder().encode(toCsv({ ...ledger, values })), '2018年度项目台账.csv')).grid);
    expect(wps.findings).toEqual(plain.findings);
    expect(wps.check.ledger!.projects.map((p) => [p.id, p.creditCode, p.patentNo, p.cohortYear])).toEqual(plain.check.ledger!.projects.map((p) => [p.id, p.creditCode, p.patentNo, p.cohortYear]));
  });

  it('dates as systems write them into a CSV read as the same text does in an .xlsx cell: no L003, the day written', async () => {
    const ledger = ledgerOf(sampleWorkbookGrid());
    const h = ledger.values.findIndex((r) => r.includes('合同开始日期'));
    const [start, year] = ['合同开始日期', '立项年度'].map((x) => ledger.values[h].indexOf(x));
    const forms: ReadonlyArray<readonly [string, CellValue]> = [
      ['2018-08-26T00:00:00+00:00', dateValue(2018, 8, 26)], ['2018-03-05T00:00:00.000Z', dateValue(2018, 3, 5)], ['2018-03-05 00:00:00', dateValue(2018, 3, 5)],
      ['2018.3.5', dateValue(2018, 3, 5)], ['2018/3/5', dateValue(2018, 3, 5)], ['2018.03', dateValue(2018, 3, 1)], ['2018.10', dateValue(2018, 10, 1)],
    ];
    const values = ledger.values.map((r, i) => (i > h && i <= h + forms.length ? r.map((v, c) => (c === start ? forms[i - h - 1][0] : c === year ? forms[i - h - 1][0] : v)) : r));
    const asText = { ...ledger, values };
    const csv = await read(new TextEncoder().encode(toCsv(asText)), '2018年度项目台账.csv');
    const fromCsv = evaluateWorkbook(csv.grid);
    const fromXlsx = evaluateWorkbook({ sheets: [asText] });
    for (const ev of [fromCsv, fromXlsx]) {
      expect(ev.findings.filter((f) => f.rule === 'L003')).toEqual([]);
      const projects = ev.check.ledger!.projects.filter((p) => p.row > h && p.row <= h + forms.length);
      expect(projects.map((p) => p.contractStart)).toEqual(forms.map(([, d]) => d));
      expect(projects.map((p) => p.cohortYear)).toEqual(forms.map(([, d]) => (d as { year: number }).year));
    }
  });

  describe('a quote that never closes (sweep A8: the rest of the file was read as one cell, silently)', () => {
    const lines = toCsv(ledgerOf(sampleWorkbookGrid())).split(/\r?\n/);
    /** The sample's CSV with a `"` opened at the start of field `field` of line `line` (1-based), never closed. */
    const opened = (line: number, field: number): string =>
      lines.map((l, i) => (i === line - 1 ? l.split(',').map((f, k) => (k === field ? `"${f}` : f)).join(',') : l)).join('\n');
    const rest = (line: number): number => lines.slice(line).filter((l) => l !== '').length;

    it.each([[13, 1], [13, 0], [2, 5], [100, 9]])('opened on line %p in field %p: an error at that cell naming the lines taken', async (line, field) => {
      for (const [, encode] of ENCODINGS) {
        const r = await read(encode(opened(line, field)), '台账.csv');
        const found = evaluateWorkbook(r.grid).findings.filter((f) => f.rule === 'S012');
        // the cell's first line: from the quote to the end of its line (the commas after it taken too), 30 characters at most
        const first = [...lines[line - 1].split(',').slice(field).join(',').replace(/\r$/, '')];
        const value = first.length > 30 ? first.slice(0, 30).join('') + '…' : first.join('');
        expect(found.map((f) => [f.rule, f.severity, f.sheet, f.row, f.col, f.params])).toEqual([['S012', 'error', '台账', line - 1, field, { value, lines: rest(line) }]]);
        expect(findingText(found[0], 'zh-CN')).toContain(`值“${value}”没有闭合引号，文件其余 ${rest(line)} 行都读进了这一格`);
        expect(findingText(found[0], 'en-US')).toContain(`"${value}" of this cell opens a quote (") that is never closed: the file's remaining ${rest(line)} lines`);
      }
    });

    it('structural: beside the sample\'s 配置 and 绩效指标, no 自评表, 自评报告 or 监控表 from it unless a draft is asked for', async () => {
      const r = await read(new TextEncoder().encode(opened(13, 1)), '台账.csv');
      const sample = sampleWorkbookGrid();
      const grid: Grid = { sheets: [...sample.sheets.filter((s) => s.name !== SAMPLE_SHEETS.ledger), r.grid.sheets[0]] };
      const refused = evaluateWorkbook(grid, { forSelfEval: true });
      expect([refused.selfEval, refused.refused?.map((f) => `${f.rule} ${f.sheet}!${f.row},${f.col}`)]).toEqual([undefined, ['S012 台账!12,1']]);
      expect(evaluateWorkbook(grid, { forSelfEval: true, layout: MONITOR_LAYOUT }).refused?.map((f) => f.rule)).toEqual(['S012']);
      const report = buildReport(refused, { date: { year: 2019, month: 3, day: 1 } });
      expect(!report.ok && report.reason === 'errors' && report.errors.map((f) => f.rule)).toEqual(['S012']);
      const draft = evaluateWorkbook(grid, { forSelfEval: true, draft: true });
      expect(draft.selfEval?.draft).toBe(true);
      const draftReport = buildReport(draft, { draft: true, date: { year: 2019, month: 3, day: 1 } });
      expect(draftReport.ok && draftReport.report.draft).toBe(true);
    });

    it('quotes that close (a line break or a comma inside a field) give no such finding', async () => {
      const closed = lines.map((l, i) => (i === 12 ? l.replace(/^([^,]*),([^,]*)/, '$1,"$2，含""引号""\n与换行"') : l)).join('\n');
      const r = await read(new TextEncoder().encode(closed), '台账.csv');
      expect(evaluateWorkbook(r.grid).findings.filter((f) => f.rule === 'S012')).toEqual([]);
      expect(r.grid.sheets[0].readFindings).toBeUndefined();
    });
  });

  it('a sheet name from the file name: no characters Excel forbids, at most 31 characters', () => {
    expect(sheetNameOf('C:\\台账\\2018[终稿].csv')).toBe('2018_终稿_');
    expect(sheetNameOf('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三.csv')).toHaveLength(31);
  });

  it('the reading budgets hold: a CSV over the memory budget or the size limit is refused with its words', async () => {
    const big = new TextEncoder().encode('项目编号,项目名称\n' + 'XJ-001,很长的项目名称\n'.repeat(100_000));
    const mem = await readWorkbookFile(big, '台账.csv', { limits: { maxMemory: 1024 * 1024 } });
    expect(!mem.ok && mem.reason).toBe('tooLarge');
    expect(!mem.ok && mem.message['zh-CN']).toMatch(/内存预算/);
    const size = await readWorkbookFile(big, '台账.csv', { limits: { maxSize: 1024 } });
    // a CSV is not compressed: its own size is what is over, never called 解压后 (uncompressed)
    expect(!size.ok && size.message['zh-CN']).toMatch(/^文件过大（文件大小约 [\d.]+ MB，超过 [\d.]+ MB 的上限）/);
    expect(!size.ok && size.message['zh-CN']).not.toContain('解压');
    expect(!size.ok && size.message['en-US']).not.toContain('uncompressed');
  });
});

const trimRow = <T>(row: ReadonlyArray<T | null>): Array<T | null> => {
  const r = [...row];
  while (r.length && r[r.length - 1] === null) r.pop();
  return r;
};

describe('.xls', () => {
  it('the sample as .xls: the same values, merges, check and 自评表 as the .xlsx', async () => {
    const r = await read(xlsOf(sampleWorkbookGrid().sheets), '2018台账.xls');
    expect(r.format).toBe('xls');
    const plain = sampleWorkbookGrid();
    expect(r.grid.sheets.map((s) => s.name)).toEqual(plain.sheets.map((s) => s.name));
    expect(ledgerOf(r.grid).values).toEqual(ledgerOf(plain).values.map((row) => trimRow(row)));
    expect(ledgerOf(r.grid).merges).toEqual(ledgerOf(plain).merges);
    expectSameAsSample(r.grid);
  });

  it('a two-row header with merged group cells, and one sheet per 地州市 without the column: the same 自评表, 169 projects', async () => {
    expectSameAsSample((await read(xlsOf(withLedger(twoRowHeaderLedger()).sheets), 'a.xls')).grid);
    const per = await read(xlsOf(withLedger(perPrefectureLedgers({ withRegion: false })).sheets), 'b.xls');
    expect(per.grid.sheets.length).toBeGreaterThan(10);
    expectSameAsSample(per.grid);
  });

  it('the size limit and the memory budget are applied before SheetJS parses anything', async () => {
    const bytes = xlsOf(sampleWorkbookGrid().sheets);
    const size = await readWorkbookFile(bytes, 'a.xls', { limits: { maxSize: 1024 } });
    expect(!size.ok && size.reason).toBe('tooLarge');
    expect(!size.ok && size.message['zh-CN']).toMatch(/^文件过大（文件大小约 [\d.]+ MB，超过 [\d.]+ MB 的上限）/); // an .xls is not compressed
    const mem = await readWorkbookFile(bytes, 'a.xls', { limits: { maxMemory: 64 * 1024 } });
    expect(!mem.ok && mem.message['zh-CN']).toMatch(/预计需要约 \d+ MB 内存/);
  });

  it('an .xls with an open password says so, not "damaged" (also under an .et name)', async () => {
    const bytes = xlsOf(sampleWorkbookGrid().sheets);
    // the globals' WRITEACCESS record (0x005C, 112 bytes) made a FILEPASS (0x002F) of RC4 encryption 1.1, as Excel writes one
    const at = bytes.findIndex((b, i) => b === 0x5c && bytes[i + 1] === 0 && bytes[i + 2] === 0x70 && bytes[i + 3] === 0);
    expect(at).toBeGreaterThan(0);
    const locked = bytes.slice();
    locked.set([0x2f, 0x00, 0x70, 0x00, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00], at);
    for (const name of ['台账.xls', '台账.et']) {
      const r = await readWorkbookFile(locked, name);
      expect(!r.ok && r.reason).toBe('encrypted');
      expect(!r.ok && r.message['zh-CN']).toMatch(/已加密（设置了打开密码）/);
    }
  });

  it('a damaged .xls says so and how to save it as .xlsx', async () => {
    const bytes = xlsOf(sampleWorkbookGrid().sheets);
    // the workbook stream's records overwritten, the container intact
    const start = bytes.length >> 2;
    const r = await readWorkbookFile(bytes.map((b, i) => (i > start && i < start + 4096 ? 0xff : b)), 'a.xls');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message['zh-CN']).toMatch(/另存为 \.xlsx/);
  });
});

describe('.xls whose container is damaged', () => {
  /** The sample as .xls with its Workbook stream's sector chain sent back to its start after `steps` sectors (MS-CFB: 512-byte sectors, the FAT's first sector at DIFAT[0]). */
  const looped = (steps: number): Uint8Array => {
    const x = Buffer.from(xlsOf(sampleWorkbookGrid().sheets));
    expect(x.readUInt16LE(30)).toBe(9);
    const fat = (i: number): number => 512 + x.readUInt32LE(76) * 512 + i * 4;
    const dir = 512 + x.readUInt32LE(48) * 512;
    let start = -1;
    for (let o = dir; o < dir + 512; o += 128) if (x.toString('utf16le', o, o + 16) === 'Workbook') start = x.readUInt32LE(o + 116);
    expect(start).toBeGreaterThanOrEqual(0);
    let s = start;
    for (let k = 1; k < steps; k++) s = x.readUInt32LE(fat(s));
    x.writeUInt32LE(start, fat(s));
    return x;
  };
  // SheetJS follows such a chain as far as it goes and reads no sheet: the file was said to hold no data (hostile34)
  it.each([
    ['a FAT chain that loops back after 5 sectors (the sheets are named, none is read)', 5],
    ['a sector pointing at itself (nothing but the first sector)', 1],
  ])('%s: damaged, with the words on saving it as .xlsx, not "no data"', async (_what, steps) => {
    const r = await readWorkbookFile(looped(steps), '台账.xls');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('corrupt');
    expect(r.message['zh-CN']).toBe('无法读取这个 .xls 文件（文件已损坏，或是本工具不支持的旧版本）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。');
  });
});

describe('a table saved as a web page or an XML Spreadsheet 2003 under an .xls name is read as Excel opens it', () => {
  const cellText = (v: CellValue): string =>
    v === null ? '' : typeof v === 'object' ? (v.kind === 'date' ? `${v.year}/${v.month}/${v.day}` : v.code) : String(v);
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  /** A business system's 导出Excel: the ledger as an HTML table in GBK, its title a row spanning the columns. */
  const htmlOf = (sheet: GridSheet): string =>
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><table border="1">' +
    sheet.values
      .map((row, r) => (r === 0 ? `<tr><td colspan="${sheet.values[2].length}">${esc(cellText(row[0]))}</td></tr>` : `<tr>${row.map((v) => `<td>${esc(cellText(v))}</td>`).join('')}</tr>`))
      .join('\n') +
    '</table></body></html>';

  it('an HTML table in GBK (导出Excel): one sheet named after the file, the same check as the sample', async () => {
    const r = await read(encodeGbk(htmlOf(ledgerOf(sampleWorkbookGrid()))), '项目台账.xls');
    expect(r.grid.sheets.map((s) => s.name)).toEqual(['项目台账']);
    expectSameAsSample(withLedger(r.grid.sheets[0]));
  });

  /** A single-file web page as a Chinese Excel saves one (.mht, or an .xls from a system): gb2312, quoted-printable, one part per sheet. */
  const mhtOf = (sheets: ReadonlyArray<GridSheet>): string => {
    const qp = (t: string): string =>
      [...encodeGbk(t)].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b))).join('').replace(/(.{72})/g, '$1=\r\n');
    const table = (sh: GridSheet): string =>
      `<html><body><table>${sh.values.map((row) => `<tr>${row.map((v) => `<td>${esc(cellText(v))}</td>`).join('')}</tr>`).join('\r\n')}</table></body></html>`;
    const book = `<html><head><xml><x:ExcelWorkbook><x:ExcelWorksheets>${sheets.map((sh) => `<x:ExcelWorksheet><x:Name>${sh.name}</x:Name></x:ExcelWorksheet>`).join('')}</x:ExcelWorksheets></x:ExcelWorkbook></xml></head><frameset></frameset></html>`;
    const part = (html: string, where: string): string =>
      `------=_NextPart_01\r\nContent-Location: file:///C:/x/${where}\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="gb2312"\r\n\r\n${qp(html)}\r\n`;
    return ['MIME-Version: 1.0', 'X-Document-Type: Workbook', 'Content-Type: multipart/related; boundary="----=_NextPart_01"', '', ''].join('\r\n') +
      part(book, 'book.htm') + sheets.map((sh, i) => part(table(sh), `sheet00${i + 1}.htm`)).join('') + '------=_NextPart_01--\r\n';
  };

  it('a single-file web page (MHTML, gb2312, quoted-printable) saved as .xls: its sheets under their names, the same check', async () => {
    const sample = sampleWorkbookGrid().sheets.filter((s) => s.name === SAMPLE_SHEETS.profile || s.name === SAMPLE_SHEETS.ledger);
    const r = await read(encodeGbk(mhtOf(sample)), '导出.xls');
    expect(r.grid.sheets.map((s) => s.name)).toEqual([SAMPLE_SHEETS.profile, SAMPLE_SHEETS.ledger]);
    const e = evaluateWorkbook(r.grid);
    expect(e.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(e.check.ledger!.projects).toHaveLength(169);
  });

  it('an MHTML page without a table: says it holds no table (a page fetched instead of the export), not its MIME lines read as a ledger', async () => {
    const mht = ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b1"', '', '--b1', 'Content-Type: text/html; charset="utf-8"', '', '<html><body><p>登录已超时</p></body></html>', '--b1--', ''].join('\r\n');
    const r = await readWorkbookFile(new TextEncoder().encode(mht), '导出.xls');
    expect(!r.ok && r.message['zh-CN']).toMatch(/^这是一个网页（HTML），其中没有表格，不是导出的台账/);
  });

  it('an XML Spreadsheet 2003: every sheet, the same check and 自评表 as the sample', async () => {
    const X = await import('@e965/xlsx');
    const wb = X.utils.book_new();
    for (const s of sampleWorkbookGrid().sheets) X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(s.values.map((row) => row.map(cellText))), s.name);
    const text = X.write(wb, { bookType: 'xlml', type: 'string' }) as string;
    const r = await read(new TextEncoder().encode(text), '台账.xls');
    expect(r.grid.sheets.map((s) => s.name)).toEqual(sampleWorkbookGrid().sheets.map((s) => s.name));
    expect(evaluateWorkbook(r.grid).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  // SheetJS places a cell where the file says, in a row array as long as its column: one at column 2^31 (a colspan of
  // 2147483647) was walked cell by cell and never ended; the child-process case is in fixtures/hostile/packages.ts (hostile34)
  const xml2003 = (row: string): string =>
    '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
    `<Worksheet ss:Name="项目台账"><Table><Row><Cell><Data ss:Type="String">项目编号</Data></Cell></Row>${row}</Table></Worksheet></Workbook>`;
  it.each([
    ['a web page whose first cell spans 16,384 columns', '<html><body><table><tr><td colspan="16384">项目编号</td><td>XJ-1</td></tr></table></body></html>', '导出.xls', '导出', '16,385 列，超出了 Excel 的上限 16,384 列（XFD）'],
    ['an XML Spreadsheet 2003 cell at ss:Index="16385"', xml2003('<Row><Cell ss:Index="16385"><Data ss:Type="String">XJ-1</Data></Cell></Row>'), '台账.xls', '项目台账', '16,385 列，超出了 Excel 的上限 16,384 列（XFD）'],
    ['an XML Spreadsheet 2003 row at ss:Index="1048577"', xml2003('<Row ss:Index="1048577"><Cell><Data ss:Type="String">XJ-1</Data></Cell></Row>'), '台账.xls', '项目台账', '1,048,577 行，超出了 Excel 的上限 1,048,576 行'],
  ])('%s: beyond Excel\'s sheet, refused naming the sheet and where', async (_what, text, name, sheet, says) => {
    const r = await readWorkbookFile(new TextEncoder().encode(text), name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('corrupt');
    expect(r.message['zh-CN']).toBe(`文件已损坏：工作表“${sheet}”中有第 ${says}。请在 Excel 中打开并另存为新的 .xlsx 后再检查。`);
    expect(r.message['en-US']).toMatch(/^The file is damaged: sheet "[^"]*" has a (column|row) [\d,]+, beyond Excel's limit/);
  });

  it('a web page\'s last cell spanning to column 16,384 is read (Excel\'s last column)', async () => {
    const r = await readWorkbookFile(new TextEncoder().encode('<html><body><table><tr><td>项目编号</td><td colspan="16383">XJ-1</td></tr></table></body></html>'), '导出.xls');
    expect(r.ok && r.grid.sheets[0].values[0]).toEqual(['项目编号', 'XJ-1']);
  });
});

describe('other formats get words on how to save them as .xlsx', () => {
  it('a WPS .et', async () => {
    const r = await readWorkbookFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), '台账.et');
    expect(!r.ok && r.message['zh-CN']).toMatch(/WPS 表格文件（\.et）.*Excel 工作簿（\*\.xlsx）/);
  });
  // WPS's .et is a BIFF workbook in the .xls container, and a renamed .xlsx is common: the bytes decide, as for every other name
  it.each([
    ['a BIFF .xls', 'xls', (): Uint8Array => xlsOf(sampleWorkbookGrid().sheets), '台账.et'],
    ['an .xlsx', 'xlsx', (): Uint8Array => sampleWith(), '台账.ett'],
  ] as const)('an .et whose bytes are %s is read as one, the same check as the sample', async (_what, format, bytes, name) => {
    const r = await read(bytes(), name);
    expect(r.format).toBe(format);
    expectSameAsSample(r.grid);
  });
  // It said 这是网页（HTML）格式的表格…请在 Excel 或 WPS 中打开，另存为 .xlsx: of a page with no table, which saved as .xlsx
  // is still no ledger (hostile34). A page with a table that reads as nothing keeps those words.
  it.each([
    ['a 登录超时 page of a system, saved as .xls', '<html><body><p>登录已超时，请重新登录。</p></body></html>', '导出.xls'],
    ['a 502 error page named .xlsx', '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>', '项目台账.xlsx'],
  ])('a web page with no table (%s): says it holds no table and to export the ledger again, in both languages', async (_what, html, name) => {
    const r = await readWorkbookFile(new TextEncoder().encode(html), name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message['zh-CN']).toBe('这是一个网页（HTML），其中没有表格，不是导出的台账（可能下载时得到的是系统的登录页、提示页或错误页）。请在业务系统中重新导出台账后再检查。');
    expect(r.message['en-US']).toMatch(/^This is a web page \(HTML\) with no table in it, not an exported ledger/);
  });
  it('a web page whose only table is empty: the words on opening it in Excel and saving it as .xlsx', async () => {
    const r = await readWorkbookFile(new TextEncoder().encode('<html><body><table><tr><td></td></tr></table></body></html>'), '导出.xls');
    expect(!r.ok && r.message['zh-CN']).toMatch(/^这是网页（HTML）格式的表格/);
  });
  it('bytes that are no text and no workbook', async () => {
    const r = await readWorkbookFile(new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x00, 0x10]), '台账.xlsx');
    expect(!r.ok && r.message['zh-CN']).toMatch(/^无法识别的文件格式/);
  });
});

describe('overlapping merged ranges in an .xlsx (written by other programs; Excel and LibreOffice open it)', () => {
  it('read, not "damaged": the same check and 自评表 as the plain sample, one S006 naming the ranges', async () => {
    // the sample's ledger title is merged across A1:V1; add a nested range and one overlapping it
    const bytes = sampleWith((s) => s, {
      sheetXml: (i, xml) =>
        i !== SAMPLE_LEDGER_INDEX
          ? xml
          : xml.replace('</sheetData>', '</sheetData><mergeCells count="3"><mergeCell ref="A1:V1"/><mergeCell ref="A1:F1"/><mergeCell ref="C1:H2"/></mergeCells>'),
    });
    const r = await read(new Uint8Array(bytes), '重叠合并.xlsx');
    const e = expectSameAsSample(r.grid, ['S006']);
    const s006 = e.findings.filter((f) => f.rule === 'S006');
    expect(s006).toHaveLength(1);
    const p = s006[0].params as { sheet: string; kept: string[]; ranges: string[] };
    expect({ ...p, ranges: [...p.ranges].sort() }).toEqual({ sheet: '项目台账', kept: ['A1:V1'], ranges: ['A1:F1', 'C1:H2'] });
  });
});
