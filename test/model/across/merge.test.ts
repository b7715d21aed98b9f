/**
 * Issue 20, must show: the sample split into its 14 prefectures' files and merged back through the
 * xlsx writer and reader gives the sample — all 169 projects, the same 自评表 (100.00, 优) — and the
 * 汇总 sheet's native formulas (computed by HyperFormula over the written 项目台账) give the source's
 * figures.
 */
import { HyperFormula } from 'hyperformula';
import { readWorkbookFile } from '../../../src/adapters/file';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { writeXlsx } from '../../../src/adapters/xlsx/write';
import { checkAcross } from '../../../src/model/across';
import { CONSOLIDATED_SHEETS, consolidate, type Consolidated } from '../../../src/model/across/consolidate';
import { unzipSync, strFromU8 } from 'fflate';
import { cellsToWrite, fitScale, type CellToWrite } from '../../../src/model/layout';
import { cellTextWidth, lineCount, MIN_FIT_SCALE } from '../../../src/model/selfeval/sheet';
import { dateToSerial, isDateValue, isErrorValue, type Grid } from '../../../src/model/grid';
import { decimalToFen, fenToDecimal } from '../../../src/model/money';
import { SAMPLE_FIGURES, sampleWorkbookGrid } from '../../../src/model/sample';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { buildReport } from '../../../src/model/report';
import { expectSameAsSample } from '../shapes/expect';
import { projectsByPrefecture } from '../../support/shapes';
import { splitSample, type SplitFile } from '../../support/split';
import { HOST_LINE_POINTS } from '../../support/hostLines';

async function mergedGrid(files: SplitFile[], profile?: SplitFile): Promise<{ merged: Consolidated; grid: Grid }> {
  const merged = consolidate(checkAcross(files, profile ? { profile } : {}));
  const bytes = await writeXlsx(merged.sheets);
  const read = await readWorkbookFile(bytes, '汇总.xlsx', { inflater: nodeInflater });
  if (!read.ok) throw new Error(read.message['zh-CN']);
  return { merged, grid: read.grid };
}

/** HyperFormula over the written workbook's sheets (cells as read back, formulas as written by the model). */
function workbookOf(grid: Grid, merged: Consolidated): HyperFormula {
  const sheets: Record<string, Array<Array<string | number | boolean | null>>> = {};
  for (const s of grid.sheets) {
    sheets[s.name] = s.values.map((r) => r.map((v) => (v === null ? null : isDateValue(v) ? dateToSerial(v) : isErrorValue(v) ? v.code : v)));
  }
  const summary = merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!;
  // the summary's formulas as the model wrote them (the reader gives cached values)
  for (const c of summary.cells) if (c.formula !== undefined) sheets[summary.name][c.row][c.col] = `=${c.formula}`;
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

const wan = (s: string): number => Number(fenToDecimal(decimalToFen(s, '万元')!, '万元'));

describe('the split sample merged back', () => {
  const { files, province } = splitSample();

  it.each([
    ['with the province\'s 配置 and 绩效指标 given (--profile)', false],
    ['with them in the first file', true],
  ])('%s: all 169 projects, the sample\'s 自评表 (100.00, 优)', async (_name, inFirst) => {
    const first: SplitFile = { file: files[0].file, grid: { sheets: [...province.grid.sheets, ...files[0].grid.sheets] } };
    const { merged, grid } = inFirst ? await mergedGrid([first, ...files.slice(1)]) : await mergedGrid(files, province);
    expect(merged.projects).toBe(169);
    expect(grid.sheets.map((s) => s.name)).toEqual(['汇总', '项目台账', '配置', '绩效指标']);
    const e = expectSameAsSample(grid);
    // every project says where it came from: its file, sheet and row (as Excel numbers it)
    const ledger = grid.sheets.find((s) => s.name === '项目台账')!;
    const ids = e.check.ledger!.projects.map((p) => ledger.values[p.row].slice(22, 25).join('|'));
    expect(ids).toEqual(projectsByPrefecture().flatMap(([region, ps]) => ps.map((_, i) => `${region}.xlsx|项目台账|${i + 4}`)));
  });

  it('项目台账 prints as a 台账: A3 landscape one page wide, the header on every page, pages numbered, the print area the table', async () => {
    const { merged, grid } = await mergedGrid(files, province);
    const ledger = merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.ledger)!.layout!;
    const header = grid.sheets.find((s) => s.name === '项目台账')!.values.findIndex((r) => r[0] === '项目编号');
    expect(ledger.page).toMatchObject({
      paperSize: 'A3',
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: header, last: header },
      printArea: { top: 0, left: 0, bottom: header + 169, right: ledger.columnWidths.length - 1 },
      footer: '&C第 &P 页，共 &N 页',
    });
  });

  it('汇总: a money header has its unit on a line of its own, never a bracket alone on the second line', async () => {
    const { merged } = await mergedGrid(files, province);
    const summary = merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!;
    const headers = summary.cells.filter((c) => c.row === 2).map((c) => String(c.value));
    const money = headers.filter((h) => h.includes('万元'));
    expect(money).toEqual(['财政支持资金\n（万元）', '本年拨付\n（万元）', '带动社会投入\n（万元）']);
    // the first line fits its column (a CJK character is two of Excel's width units)
    for (const h of money) {
      const col = headers.indexOf(h);
      expect(h.split('\n')[0].length * 2).toBeLessThanOrEqual(summary.columnWidths[col]);
    }
  });

  // A file name longer than the column (as prefectures name them: …项目台账（第二次修订稿，已盖章）.xlsx) printed cut at
  // the default row height, its first line lost: the column is as wide as the names and a row as tall as its wrapped
  // names. print38: the column stopped at 50, so a name of 62 units wrapped in the middle (…项目台账（修 / 订稿）.xlsx)
  // where the page had room for it; it now goes as wide as the page allows (72 here), the sheet printing at 8 pt or more.
  it('汇总: 来源文件 as wide as its names (as the page allows), and a row as tall as a long name wraps to', async () => {
    const long = '乌鲁木齐市2018年度自治区专利实施资金项目台账（修订稿）.xlsx';
    const renamed = [{ ...files[0], file: long }, ...files.slice(1)];
    const { merged } = await mergedGrid(renamed, province);
    const summary = merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!;
    const col = summary.columnWidths.length - 1;
    expect(summary.cells.find((c) => c.row === 2 && c.col === col)!.value).toBe('来源文件');
    expect(cellTextWidth(long)).toBeGreaterThan(50);
    expect(lineCount(long, summary.columnWidths[col])).toBe(1);
    expect(fitScale(summary)!).toBeGreaterThanOrEqual(Math.ceil(MIN_FIT_SCALE * 100));
    // a name longer than the page allows: the column as wide as it may be, the name wrapped, its row as tall as that
    const longer = '乌鲁木齐市2018年度自治区专利实施资金项目台账（第二次修订稿，已盖章）.xlsx';
    const wide = (await mergedGrid([{ ...files[0], file: longer }, ...files.slice(1)], province)).merged.sheets[0].layout!;
    const at = wide.columnWidths[col];
    expect(fitScale(wide)!).toBeGreaterThanOrEqual(Math.ceil(MIN_FIT_SCALE * 100));
    expect(fitScale({ ...wide, columnWidths: wide.columnWidths.map((w, c) => (c === col ? w + 1 : w)) })!).toBeLessThan(Math.ceil(MIN_FIT_SCALE * 100));
    const cell = wide.cells.find((c) => c.col === col && c.value === longer)!;
    const lines = lineCount(longer, at);
    expect(lines).toBeGreaterThan(1);
    expect(wide.rowHeights[cell.row]).toBeGreaterThanOrEqual(lines * HOST_LINE_POINTS);
    // one-line names keep the default height
    const short = summary.cells.find((c) => c.col === col && c.row !== summary.cells.find((x) => x.value === long)!.row && c.row > 2 && typeof c.value === 'string' && c.value !== '')!;
    expect(summary.rowHeights[short.row]).toBeUndefined();
    // the sample's own names: the column fits the longest of them on one line
    const plain = (await mergedGrid(files, province)).merged.sheets[0].layout!;
    for (const f of files) expect(lineCount(f.file, plain.columnWidths[col])).toBe(1);
  });

  // print38: fitted one page wide only, a 汇总 a little taller than its page ran its last rows and the 合计 onto a second
  // page (16 prefectures of several files each, soffice with Carlito); it goes on paper as the forms do (fitToPaper)
  it('汇总: on one page while that prints at 8 pt or more, else paged with the 合计 never alone', async () => {
    const plain = (await mergedGrid(files, province)).merged.sheets[0].layout!;
    expect([plain.page!.fitToWidth, plain.page!.fitToHeight, plain.page!.rowBreaks]).toEqual([1, 1, undefined]);
    expect(fitScale(plain)!).toBeGreaterThanOrEqual(Math.ceil(MIN_FIT_SCALE * 100));
    // each prefecture in three files: rows three lines tall, too tall for one page at 8 pt
    const three = files.flatMap((f) => ['', '（补报）', '（修订稿）'].map((tag) => ({ ...f, file: f.file.replace('.xlsx', `${tag}.xlsx`) })));
    const tall = (await mergedGrid(three, province)).merged.sheets[0].layout!;
    const page = tall.page!;
    const totalRow = tall.cells.find((c) => c.col === 0 && c.value === '合计')!.row;
    expect(page.rowBreaks!.length).toBeGreaterThan(0);
    expect(page.rowBreaks!.every((r) => r < totalRow)).toBe(true);
    expect(page.printTitleRows).toEqual({ first: 2, last: 2 });
  });

  // stop 38: a 地州市 sent in several files has a row as tall as its 来源文件 list; its name and figures sat on the
  // list's last line (the host's default, bottom), where the forms centre theirs
  it('汇总: every cell of its rows and of its 合计 centred top to bottom', async () => {
    const names = ['乌鲁木齐市专利实施项目台账.xlsx', '乌鲁木齐市专利实施项目台账（补报）.xlsx'];
    const two = [{ ...files[0], file: names[0] }, { ...files[0], file: names[1] }];
    const summary = (await mergedGrid(two, province)).merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!;
    const body = summary.cells.filter((c) => c.row > 2 && c.row <= summary.page!.printArea.bottom);
    expect(body.length).toBeGreaterThan(summary.columnWidths.length);
    expect([...new Set(body.map((c) => c.style?.vAlign))]).toEqual(['middle']);
  });

  it('汇总: a prefecture\'s 来源文件 a file a line, no name broken in the middle', async () => {
    const names = ['乌鲁木齐市专利实施项目台账.xlsx', '乌鲁木齐市专利实施项目台账（补报）.xlsx'];
    const two = [{ ...files[0], file: names[0] }, { ...files[0], file: names[1] }];
    const summary = (await mergedGrid(two, province)).merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!;
    const col = summary.columnWidths.length - 1;
    const cell = summary.cells.find((c) => c.col === col && typeof c.value === 'string' && c.value.includes(names[1]))!;
    expect(cell.value).toBe(names.join('\n'));
    for (const n of names) expect({ n, w: summary.columnWidths[col], lines: lineCount(n, summary.columnWidths[col]) }).toEqual({ n, w: summary.columnWidths[col], lines: 1 });
    expect(summary.rowHeights[cell.row]).toBeGreaterThanOrEqual(2 * HOST_LINE_POINTS);
  });

  it('汇总: a row per 地州市 and a 合计 row of native formulas that give the source\'s figures', async () => {
    const { merged, grid } = await mergedGrid(files, province);
    const hf = workbookOf(grid, merged);
    const sheet = hf.getSheetId('汇总')!;
    const header = (grid.sheets[0].values[2] as string[]).map((h) => h.replace(/\s*（.*）$/, ''));
    const col = (h: string): number => header.indexOf(h);
    const regions = projectsByPrefecture();
    const totalRow = 3 + regions.length;
    expect(grid.sheets[0].values[totalRow][0]).toBe('合计');
    const value = (row: number, h: string): number => hf.getCellValue({ sheet, row, col: col(h) }) as number;
    // each 地州市: its projects, counted and summed by the formulas over the written ledger
    regions.forEach(([region, ps], i) => {
      expect(grid.sheets[0].values[3 + i][0]).toBe(region);
      expect(value(3 + i, '项目数')).toBe(ps.length);
      expect(value(3 + i, '新上项目')).toBe(ps.filter((p) => p.cohortYear === SAMPLE_FIGURES.fiscalYear).length);
    });
    const f = SAMPLE_FIGURES;
    expect([value(totalRow, '项目数'), value(totalRow, '新上项目'), value(totalRow, '结转项目')]).toEqual([f.all.projects, f.cohorts[0].projects, f.carried.projects]);
    expect(value(totalRow, '财政支持资金')).toBeCloseTo(wan(f.all.approved), 6);
    expect(value(totalRow, '本年拨付')).toBeCloseTo(wan(f.all.disbursed), 6);
    expect(value(totalRow, '带动社会投入')).toBeCloseTo(wan(f.cumulativeSocialInvestment), 6);
    // the cached values the writer stored are what the formulas compute
    for (const c of merged.sheets[0].layout!.cells.filter((x) => x.formula !== undefined))
      expect([c.row, c.col, hf.getCellValue({ sheet, row: c.row, col: c.col })]).toEqual([c.row, c.col, expect.closeTo(c.value as number, 6)]);
    expect(value(totalRow, '错误')).toBe(0);
  });

  it('a prefecture that sends no 带动社会投入 (column left out or cells blank): the ledger cell is 总投资 − 财政支持资金 as a formula, and 汇总 gives the source\'s cumulative figure', async () => {
    // sweep31-forms: the 汇总 summed the blank cells as 0 (70682.11 instead of 83553.61) while the 自评表 and the report derive them
    const dropSocial = (f: SplitFile, blankOnly: boolean): SplitFile => ({
      file: f.file,
      grid: {
        sheets: f.grid.sheets.map((s) => {
          const c = s.values.findIndex((r) => r.includes('带动社会投入'));
          if (c < 0) return s;
          const k = s.values[c].indexOf('带动社会投入');
          return { ...s, values: s.values.map((r, i) => (i < c ? r : blankOnly ? r.map((v, j) => (j === k && i > c ? null : v)) : r.filter((_, j) => j !== k))) };
        }),
      },
    });
    const some = files.map((f, i) => (i % 3 === 1 ? dropSocial(f, false) : i % 3 === 2 ? dropSocial(f, true) : f));
    const { merged, grid } = await mergedGrid(some, province);
    const hf = workbookOf(grid, merged);
    const header = (grid.sheets[0].values[2] as string[]).map((h) => h.replace(/\s*（.*）$/, ''));
    const totalRow = 3 + projectsByPrefecture().length;
    const cumulative = wan(SAMPLE_FIGURES.cumulativeSocialInvestment);
    expect(hf.getCellValue({ sheet: hf.getSheetId('汇总')!, row: totalRow, col: header.indexOf('带动社会投入') })).toBeCloseTo(cumulative, 6);
    expect(Number(fenToDecimal(merged.total.social, '万元'))).toBeCloseTo(cumulative, 6);
    // the derived cells are formulas over the row's own 项目总投资 and 财政支持资金
    const ledger = merged.sheets[1].layout!;
    const formulas = ledger.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas[0].formula).toBe(`K${formulas[0].row + 1}-L${formulas[0].row + 1}`);
    expectSameAsSample(grid);
  });

  // merge41 (reading40): a 县（市、区） column beside 地州市 was an unknown column (S004) and the 汇总 dropped it: a
  // province officer lost which county each project is in
  it('a county column beside 地州市 (县（市、区）, 县市区) is carried after 地州市, and the 汇总\'s formulas still give the source\'s figures', async () => {
    const withCounty = (f: SplitFile, header: string): SplitFile => ({
      file: f.file,
      grid: {
        sheets: f.grid.sheets.map((s) => {
          const h = s.values.findIndex((r) => r.includes('地州市'));
          if (h < 0) return s;
          const k = s.values[h].indexOf('地州市') + 1;
          return { ...s, values: s.values.map((r, i) => [...r.slice(0, k), i < h ? null : i === h ? header : `${f.file.slice(0, 2)}县${i - h}`, ...r.slice(k)]) };
        }),
      },
    });
    const some = files.map((f, i) => (i === 0 ? withCounty(f, '县（市、区）') : i === 2 ? withCounty(f, '县市区') : f));
    const { merged, grid } = await mergedGrid(some, province);
    const ledger = grid.sheets.find((s) => s.name === '项目台账')!;
    const head = ledger.values[2] as string[];
    expect(head.slice(4, 7)).toEqual(['地州市', '县（市、区）', '立项年度']);
    // the first project of each file: its county as written, none where its file has no county column
    const e = expectSameAsSample(grid);
    const projects = e.check.ledger!.projects;
    const firstOf = (file: string): number => projects.find((p) => ledger.values[p.row][head.indexOf('来源文件')] === file)!.row;
    expect(ledger.values[firstOf(files[0].file)][5]).toBe('乌鲁县1');
    expect(ledger.values[firstOf(files[1].file)][5]).toBeNull();
    expect(ledger.values[firstOf(files[2].file)][5]).toBe('吐鲁县1');
    // read again, the county is a known column
    expect(e.check.ledger!.table.county?.col).toBe(5);
    const hf = workbookOf(grid, merged);
    const header = (grid.sheets[0].values[2] as string[]).map((h) => h.replace(/\s*（.*）$/, ''));
    const totalRow = 3 + projectsByPrefecture().length;
    const value = (h: string): number => hf.getCellValue({ sheet: hf.getSheetId('汇总')!, row: totalRow, col: header.indexOf(h) }) as number;
    const f = SAMPLE_FIGURES;
    expect([value('项目数'), value('新上项目'), value('结转项目')]).toEqual([f.all.projects, f.cohorts[0].projects, f.carried.projects]);
    expect(value('财政支持资金')).toBeCloseTo(wan(f.all.approved), 6);
    expect(value('本年拨付')).toBeCloseTo(wan(f.all.disbursed), 6);
    expect(value('带动社会投入')).toBeCloseTo(wan(f.cumulativeSocialInvestment), 6);
  });

  // A ledger kept in 元 to the 分 gives amounts of six decimals in 万元 (35.123456 万元 is 351,234.56 元): the 汇总 showed them
  // so (#,##0.00####: 2,858.183814), where an officer writes 万元 with two. The cells keep the exact value (a formula sums
  // it to the 分); they show two decimals.
  it('汇总 and its 项目台账 show amounts in 万元 with two decimals, the cells holding them to the 分', async () => {
    const edited = files.map((f, i) => (i > 0 ? f : { ...f, grid: { sheets: f.grid.sheets.map((s) => (s.name !== '项目台账' ? s : { ...s, values: s.values.map((r, k) => (k === 3 ? r.map((v, j) => (j === 11 ? 35.123456 : v)) : r)) })) } }));
    const { merged } = await mergedGrid(edited, province);
    // what Excel shows under #,##0.00 or #,##0.00#### (0: a digit always shown, #: a digit shown when not a trailing 0)
    const shown = (c: CellToWrite): string => {
      const [, always, maybe] = /^#,##0\.(0*)(#*)$/.exec(c.numberFormat ?? '') ?? [];
      if (always === undefined) throw new Error(`not an amount's format: ${c.numberFormat}`);
      const [int, dec] = (c.value as number).toFixed(always.length + maybe.length).split('.');
      return `${Number(int).toLocaleString('en-US')}.${dec.replace(/0+$/, '').padEnd(always.length, '0')}`;
    };
    const summary = cellsToWrite(merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.summary)!.layout!);
    const urumqi = summary.find((c) => c.row === 3 && c.col === 0)!;
    expect(urumqi.value).toBe(files[0].file.replace(/\.xlsx$/, ''));
    const approvedCol = summary.find((c) => c.row === 2 && String(c.value).startsWith('财政支持资金'))!.col;
    const approved = summary.find((c) => c.row === 3 && c.col === approvedCol)!;
    const exact = (files[0].grid.sheets[0].values.slice(3) as unknown[][]).reduce((sum, r, k) => sum + decimalToFen(String(k === 0 ? 35.123456 : r[11]), '万元')!, 0);
    expect(Math.round((approved.value as number) * 1e6)).toBe(exact);
    expect(shown(approved)).toMatch(/^[\d,]+\.\d\d$/);
    const ledger = cellsToWrite(merged.sheets.find((s) => s.layout?.name === CONSOLIDATED_SHEETS.ledger)!.layout!);
    const cell = ledger.find((c) => c.value === 35.123456)!;
    expect([cell.value, shown(cell)]).toEqual([35.123456, '35.12']);
  });

  it('汇总 counts a 地州市\'s errors wherever its projects are (a project of 乌鲁木齐市 sent twice: X001 in both files)', async () => {
    const twin = { file: files[1].file, grid: { sheets: [{ ...files[1].grid.sheets[0], values: [...files[1].grid.sheets[0].values, files[0].grid.sheets[0].values[3]] }] } };
    const { merged } = await mergedGrid([files[0], twin, ...files.slice(2)], province);
    expect(merged.projects).toBe(170);
    const [r0, r1] = merged.regions;
    expect([r0.errors, r1.errors]).toEqual([2, 0]);
    expect(r0.files).toEqual([files[0].file, files[1].file]);
  });
});

describe('the province\'s sheets copied into the consolidation', () => {
  it('报告素材 too (sweep31-forms: jx report of the consolidation lost every text section of the province\'s workbook)', async () => {
    const { files } = splitSample();
    const sample = sampleWorkbookGrid();
    const province: SplitFile = { file: '自治区.xlsx', grid: { sheets: sample.sheets.filter((s) => s.name !== '项目台账') } };
    const { grid } = await mergedGrid(files, province);
    expect(grid.sheets.map((s) => s.name)).toEqual(['汇总', '项目台账', '配置', '绩效指标', '报告素材']);
    const fromMerged = buildReport(evaluateWorkbook(grid, { forSelfEval: true }), { date: { year: 2019, month: 3, day: 1 } });
    const fromSample = buildReport(evaluateWorkbook(sample, { forSelfEval: true }), { date: { year: 2019, month: 3, day: 1 } });
    if (!fromMerged.ok || !fromSample.ok) throw new Error('no report');
    expect(fromMerged.report.placeholders).toEqual(fromSample.report.placeholders);
  });


  // Copied at Excel's default widths (the read carries none), 配置 showed 最长结转年 and every indicator's name was
  // cut: each copied column is as wide as its widest cell (at most 40), and the file says so in its <cols>.
  it('are written with their columns as wide as their texts', async () => {
    const { files, province } = splitSample();
    const merged = consolidate(checkAcross(files, { profile: province }));
    const copy = merged.sheets.find((s) => s.grid?.name === '配置')!;
    const labels = copy.grid!.values.map((r) => String(r[0] ?? ''));
    expect(labels).toContain('最长结转年限');
    const a = Math.ceil(Math.max(...labels.map(cellTextWidth)) + 2); // 财政拨款预算数, as a host draws it
    for (const l of labels) expect(lineCount(l, a)).toBe(1);
    expect(copy.columnWidths![0]).toBe(a);
    expect(copy.columnWidths![1]).toBe(40); // the 年度总体目标 is longer: it runs on over the cells beside it
    const indicators = merged.sheets.find((s) => s.grid?.name === '绩效指标')!;
    expect(indicators.columnWidths![2]).toBe(Math.ceil(cellTextWidth('培训从事知识产权工作人员') + 2));
    const zip = unzipSync(await writeXlsx(merged.sheets));
    const sheetXml = Object.keys(zip).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort().map((k) => strFromU8(zip[k]));
    expect(sheetXml[2]).toContain(`<cols><col min="1" max="1" width="${a}" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/></cols>`);
  });

  // Printed at Excel's defaults (portrait, 100 %, no wrap), 配置, 绩效指标 and 报告素材 took 21 of the 25 pages of a
  // two-file 汇总 workbook through soffice, most of them a column or the tail of one long line run on over empty cells.
  it('print one page wide, A4 landscape, every text whole: wrapped in its column, its row as tall as its lines', async () => {
    const { files, province } = splitSample();
    const merged = consolidate(checkAcross(files, { profile: province }));
    const copy = merged.sheets.find((s) => s.grid?.name === '配置')!;
    expect(copy.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    const goal = copy.grid!.values.findIndex((r) => r[0] === '年度总体目标');
    const text = String(copy.grid!.values[goal][1]);
    const lines = lineCount(text, copy.columnWidths![1]);
    expect(lines).toBeGreaterThan(3);
    expect(copy.print!.rowHeights![goal]).toBeGreaterThanOrEqual(lines * 14);
    expect(copy.print!.rowHeights![copy.grid!.values.findIndex((r) => r[0] === '评价年度')]).toBeUndefined(); // one line: the default
    const zip = unzipSync(await writeXlsx(merged.sheets));
    const sheetXml = Object.keys(zip).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort().map((k) => strFromU8(zip[k]));
    const xml = sheetXml[2];
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(/<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"\/>/);
    expect(xml).toContain(`<row r="${goal + 1}" ht="${copy.print!.rowHeights![goal]}" customHeight="1">`);
    // the goal's cell in a style that wraps, top-aligned
    const s = Number(new RegExp(`<c r="B${goal + 1}" s="(\\d+)"`).exec(xml)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(strFromU8(zip['xl/styles.xml']))![1].match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    expect(xfs[s]).toContain('<alignment vertical="top" wrapText="1"/>');
  });

  it('keep their names unless taken: a 绩效指标 sheet named 汇总 becomes 汇总 (2), and the file writes and reads back', async () => {
    const { files, province } = splitSample();
    const renamed: SplitFile = { ...province, grid: { sheets: province.grid.sheets.map((s) => (s.name === '绩效指标' ? { ...s, name: '汇总' } : s)) } };
    const r = checkAcross(files.slice(0, 2), { profile: renamed });
    expect(r.province?.indicatorSheet?.name).toBe('汇总');
    const merged = consolidate(r);
    const names = merged.sheets.map((s) => (s.grid ?? s.layout!).name);
    expect(names).toEqual(['汇总', '项目台账', '配置', '汇总 (2)']);
    const read = await readWorkbookFile(await writeXlsx(merged.sheets), '汇总.xlsx', { inflater: nodeInflater });
    if (!read.ok) throw new Error(read.message['zh-CN']);
    expect(read.grid.sheets.map((s) => s.name)).toEqual(names);
    expect(read.grid.sheets[3].values[0]).toEqual(r.province!.indicatorSheet!.values[0]);
  });
});
