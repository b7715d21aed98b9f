import ExcelJS from 'exceljs';
import { readXlsx, type ReadXlsxResult } from '../../../src/adapters/xlsx';
import { dateValue, errorValue, type Grid, type GridSheet } from '../../../src/model/grid';
import { book, storedZip } from './helpers';

function gridOf(r: ReadXlsxResult): Grid {
  if (!r.ok) throw new Error(`read failed: ${r.reason}`);
  return r.grid;
}

async function readOne(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<GridSheet> {
  const bytes = await book((wb) => build(wb.addWorksheet('S'), wb));
  return gridOf(await readXlsx(bytes)).sheets[0];
}

describe('readXlsx: ExcelJS value shapes', () => {
  test('numbers, strings, booleans as they are; whitespace-only and padded text kept as is', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = 1200;
      ws.getCell('B1').value = 37590.1;
      ws.getCell('C1').value = '  自治区知识产权局 ';
      ws.getCell('D1').value = '   ';
      ws.getCell('E1').value = true;
      ws.getCell('F1').value = false;
      ws.getCell('G1').value = '1,200';
    });
    expect(s.values[0]).toEqual([1200, 37590.1, '  自治区知识产权局 ', '   ', true, false, '1,200']);
  });

  test('merged range: the value sits in the top-left cell only and the merge is listed', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A2').value = '乌鲁木齐市';
      ws.mergeCells('A2:A4');
      ws.getCell('B1').value = '标题';
      ws.mergeCells('B1:D1');
      ws.getCell('B2').value = 'x';
      ws.getCell('B4').value = 'y';
    });
    expect(s.values.map((row) => row[0] ?? null)).toEqual([null, '乌鲁木齐市', null, null]);
    expect(s.values[0]).toEqual([null, '标题']);
    expect(s.values[2]).toEqual([]);
    expect(s.values[3]).toEqual([null, 'y']);
    expect(s.merges).toEqual([
      { top: 0, left: 1, bottom: 0, right: 3 },
      { top: 1, left: 0, bottom: 3, right: 0 },
    ]);
  });

  test('formula cells give their cached result, including 0 and false', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = { formula: 'B1-B1', result: 0 };
      ws.getCell('A2').value = { formula: 'B1>1', result: false };
      ws.getCell('A3').value = { formula: 'B1*2', result: 2400 };
      ws.getCell('A4').value = { formula: '"项目"&B1', result: '项目1200' };
      ws.getCell('A5').value = { formula: 'B1>1', result: true };
      ws.getCell('B1').value = 1200;
    });
    expect(s.values.map((row) => row[0])).toEqual([0, false, 2400, '项目1200', true]);
  });

  test('a formula without a cached result, or with an empty-text result, reads as blank', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2' } as ExcelJS.CellFormulaValue;
      ws.getCell('A2').value = { formula: 'IF(B1,"","x")', result: '' };
      ws.getCell('A3').value = 'after';
    });
    // ExcelJS's parser cannot tell `<v></v>` from no <v>: an empty-text result is null, not ''.
    expect(s.values.map((row) => row[0] ?? null)).toEqual([null, null, 'after']);
  });

  test('shared formulas give each cell its own cached result, 0 included', async () => {
    const s = await readOne((ws) => {
      ws.getCell('B1').value = 0;
      ws.getCell('B2').value = 5;
      ws.getCell('B3').value = 7;
      ws.fillFormula('A1:A3', 'B1*2', [0, 10, 14]);
    });
    expect(s.values.map((row) => row[0])).toEqual([0, 10, 14]);
  });

  test('rich text is concatenated; a hyperlink gives its text', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = { richText: [{ text: '财政' }, { font: { bold: true }, text: '支持' }, { text: '资金' }] };
      ws.getCell('A2').value = { text: '专利检索', hyperlink: 'http://epub.cnipa.gov.cn' };
    });
    expect(s.values.map((row) => row[0])).toEqual(['财政支持资金', '专利检索']);
  });

  test('error values, also as formula results, become ErrorValue', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('A3').value = { error: '#REF!' };
    });
    expect(s.values.map((row) => row[0])).toEqual([errorValue('#N/A'), errorValue('#DIV/0!'), errorValue('#REF!')]);
  });

  test('numbers keep their number format in numberFormats (percentages, amounts)', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A1').numFmt = '0.00%';
      ws.getCell('B1').value = 1200;
      ws.getCell('B1').numFmt = '#,##0.00';
      ws.getCell('C1').value = 3;
    });
    expect(s.values[0]).toEqual([1, 1200, 3]);
    expect(s.numberFormats?.[0]).toEqual(['0.00%', '#,##0.00']);
  });

  test('numberFormats: false (jx check) keeps a format with text around its number (a 自评表\'s target, its actual, its range), not a money unit alone after it', async () => {
    // targets36: jx check on a 自评表 sent back as 绩效指标 said T004 (no unit) of ≥49家 where jx selfeval read it
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 49;
      ws.getCell('A1').numFmt = '"≥"0"家"';
      ws.getCell('B1').value = 37590.1;
      ws.getCell('B1').numFmt = '0.00"万元"';
      ws.getCell('C1').value = -5;
      ws.getCell('C1').numFmt = '"提升"0"%";"下降"0"%"';
      // budgets37: a target 49 shown as 49家 with no 度量单位 was T004 in jx check and read as 49家 by jx selfeval; the
      // 2020 form's ≥-range 90～100% lost its ceiling in jx check
      ws.getCell('D1').value = 49;
      ws.getCell('D1').numFmt = '0"家"';
      ws.getCell('E1').value = 90;
      ws.getCell('E1').numFmt = '0"%～100%"';
      ws.getCell('F1').value = 1200;
      ws.getCell('F1').numFmt = '#,##0"元"';
    });
    const bare = gridOf(await readXlsx(bytes, { numberFormats: false })).sheets[0];
    expect(bare.numberFormats?.[0]).toEqual(['"≥"0"家"', null, '"提升"0"%";"下降"0"%"', '0"家"', '0"%～100%"']); // F1 (元) not kept
  });

  test('numberFormats: false (jx check) reads the same values, dates still dates, without the formats but a percent one', async () => {
    const bytes = await book((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 1;
      ws.getCell('A1').numFmt = '0.00%';
      ws.getCell('B1').value = new Date(Date.UTC(2018, 5, 30));
      ws.getCell('B1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('C1').value = 43281; // a serial in a date format, read as the date
      ws.getCell('C1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = '文本';
      ws.mergeCells('A2:B2');
    });
    const all = gridOf(await readXlsx(bytes)).sheets[0];
    const bare = gridOf(await readXlsx(bytes, { numberFormats: false })).sheets[0];
    expect(all.numberFormats?.[0]).toEqual(['0.00%', 'yyyy"年"m"月"d"日"', 'yyyy-mm-dd']);
    // the percent format stays: a 年度指标值 of 0.9 in a 0% cell is 90% to the checks too (read/indicators.ts)
    expect(bare.numberFormats).toEqual([['0.00%'], []]);
    expect(bare.values).toEqual(all.values);
    expect(bare.values[0]).toEqual([1, dateValue(2018, 6, 30), dateValue(2018, 6, 30)]);
    expect(bare.merges).toEqual(all.merges);
  });
});

describe('readXlsx: dates', () => {
  // Local-time getters behave as in a zone west of UTC (jest's sandbox cannot switch TZ at run
  // time): a date read through them lands on the previous day.
  const shifted = (d: Date) => new Date(d.getTime() - 10 * 3600_000);
  beforeAll(() => {
    jest.spyOn(Date.prototype, 'getFullYear').mockImplementation(function (this: Date) {
      return shifted(this).getUTCFullYear();
    });
    jest.spyOn(Date.prototype, 'getMonth').mockImplementation(function (this: Date) {
      return shifted(this).getUTCMonth();
    });
    jest.spyOn(Date.prototype, 'getDate').mockImplementation(function (this: Date) {
      return shifted(this).getUTCDate();
    });
    jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(600);
  });
  afterAll(() => jest.restoreAllMocks());

  test('date cells become DateValue from the UTC fields, with the format in numberFormats', async () => {
    expect(new Date(Date.UTC(2018, 5, 30)).getDate()).toBe(29); // the shifted getters are in effect
    const s = await readOne((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2018, 5, 30));
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('A2').value = new Date(Date.UTC(2018, 0, 1, 23, 59)); // a date-time: the date part
      ws.getCell('A3').value = { formula: 'DATE(2019,12,31)', result: new Date(Date.UTC(2019, 11, 31)) };
      ws.getCell('A3').numFmt = 'yyyy-mm-dd';
    });
    expect(s.values.map((row) => row[0])).toEqual([dateValue(2018, 6, 30), dateValue(2018, 1, 1), dateValue(2019, 12, 31)]);
    expect(s.numberFormats?.[0][0]).toBe('yyyy"年"m"月"d"日"');
  });

  test('serials around 1900-03-01 honour Excel\'s phantom 1900-02-29', async () => {
    const s = await readOne((ws) => {
      [1, 59, 60, 61].forEach((serial, i) => {
        const cell = ws.getCell(i + 1, 1);
        cell.value = serial;
        cell.numFmt = 'yyyy-mm-dd';
      });
      ws.getCell('B1').value = new Date(Date.UTC(1900, 2, 1));
    });
    expect(s.values.map((row) => row[0])).toEqual([
      dateValue(1900, 1, 1),
      dateValue(1900, 2, 28),
      dateValue(1900, 2, 29),
      dateValue(1900, 3, 1),
    ]);
    expect(s.values[0][1]).toEqual(dateValue(1900, 3, 1));
  });

  test('a 1904-system workbook: date1904 is reported and serials are read in that system', async () => {
    const bytes = await book((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 0; // 1904-01-01 in the 1904 system
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
      ws.getCell('A2').value = 41819; // 2018-06-30 in the 1904 system (43281 − 1462)
      ws.getCell('A2').numFmt = 'yyyy-mm-dd';
    });
    const r = await readXlsx(bytes);
    expect(r.ok && r.date1904).toBe(true);
    expect(gridOf(r).sheets[0].values.map((row) => row[0])).toEqual([dateValue(1904, 1, 1), dateValue(2018, 6, 30)]);
    const plain = await readXlsx(await book((wb) => (wb.addWorksheet('S').getCell('A1').value = 1)));
    expect(plain.ok && plain.date1904).toBe(false);
  });
});

describe('readXlsx: sheets and extent', () => {
  test('sheets in workbook order, hidden ones included and flagged', async () => {
    const bytes = await book((wb) => {
      wb.addWorksheet('配置').getCell('A1').value = '参数';
      wb.addWorksheet('辅助', { state: 'hidden' }).getCell('A1').value = 1;
      wb.addWorksheet('项目台账').getCell('A1').value = '项目编号';
      wb.addWorksheet('内部', { state: 'veryHidden' }).getCell('A1').value = 2;
      wb.addWorksheet('空表');
    });
    const sheets = gridOf(await readXlsx(bytes)).sheets;
    expect(sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['配置', false],
      ['辅助', true],
      ['项目台账', false],
      ['内部', true],
      ['空表', false],
    ]);
    expect(sheets[4].values).toEqual([]);
  });

  test('values are trimmed to the used area: styled empty cells do not extend it', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = '项目编号';
      ws.getCell('B3').value = 5;
      ws.getCell('Z100').border = { top: { style: 'thin' } };
      ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    });
    expect(s.values).toEqual([['项目编号'], [], [null, 5]]);
    expect(s.origin ?? { row: 0, col: 0 }).toEqual({ row: 0, col: 0 });
  });

  test('a stray value in XFD1048576 does not make a dense sheet-sized array', async () => {
    const s = await readOne((ws) => {
      ws.getCell('A1').value = '项目编号';
      ws.getCell('XFD1048576').value = 'stray';
    });
    expect(s.values.length).toBe(1_048_576);
    expect(s.values[0]).toEqual(['项目编号']);
    expect(s.values[524_288]).toHaveLength(0);
    const last = s.values[1_048_575];
    expect(last).toHaveLength(16_384);
    expect(last[16_383]).toBe('stray');
  });

  test('more non-empty cells than maxCells (over all sheets) is tooLarge', async () => {
    const bytes = await book((wb) => {
      for (const name of ['A', 'B']) {
        const ws = wb.addWorksheet(name);
        for (let r = 1; r <= 10; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = r * c;
      }
    });
    expect((await readXlsx(bytes, { maxCells: 100 })).ok).toBe(true);
    const r = await readXlsx(bytes, { maxCells: 99 });
    expect(r.ok ? 'ok' : r.reason).toBe('tooLarge');
    expect(r.ok ? '' : r.message['zh-CN']).toContain('99');
  });

  test('a sheet whose XML is far beyond the budget is refused from the zip directory, before loading', async () => {
    // Not even a valid sheet: had it been loaded, the answer would be corrupt, not tooLarge.
    const zip = storedZip({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': ' '.repeat(2_000_000),
    });
    const r = await readXlsx(zip, { maxCells: 1000 });
    expect(r.ok ? 'ok' : r.reason).toBe('tooLarge');
    const big = await readXlsx(zip, { maxCells: 1_000_000 });
    expect(big.ok ? 'ok' : big.reason).toBe('corrupt');
  });
});
