/** The fake ET: what it refuses (one test per refusal), its quirks both ways, and the host calls it counts. */
import { createFakeEt, type FakeEt } from '.';
import { createFakeExcel } from '../excel';

function withSheets(...names: string[]): FakeEt {
  const et = createFakeEt();
  for (const n of names) et.workbook.addSheet(n);
  return et;
}

describe('fake ET: the object model', () => {
  test('reads and writes through the VBA shapes: Value2 2-D, 1-based Row/Column, Rows.Count', () => {
    const et = withSheets('台账');
    const ws = et.Application.ActiveWorkbook!.Worksheets.Item(1);
    ws.Range('B2:C3').Value2 = [
      [1, 'a'],
      [true, null],
    ];
    const r = ws.Range('B2:C3');
    expect(r.Value2).toEqual([
      [1, 'a'],
      [true, null],
    ]);
    expect([r.Row, r.Column, r.Rows.Count, r.Columns.Count]).toEqual([2, 2, 2, 2]);
    expect(ws.Range('B2').Value2).toBe(1); // one cell: a scalar
  });

  test("a date typed into Value2 is the day's serial in the workbook's date system (tidy47: a 1904 book stored the 1900 one)", () => {
    for (const date1904 of [false, true]) {
      const et = withSheets('台账');
      et.workbook.date1904 = date1904;
      const ws = et.Application.ActiveWorkbook!.Worksheets.Item(1);
      ws.Range('A1:C1').Value2 = [['2018-12-31', '10:20', '1903-12-31']];
      expect(ws.Range('A1:C1').Value2).toEqual([[43465 - (date1904 ? 1462 : 0), 620 / 1440, date1904 ? '1903-12-31' : 1461]]);
    }
  });

  test('every property access and method call is one host call, by member', () => {
    const et = withSheets('台账');
    et.resetStats();
    const ws = et.Application.ActiveSheet!; // 1
    void ws.Range('A1').Value2; // 2
    expect(et.stats.calls).toBe(3);
    expect(et.stats.byMember.get('Range.Value2')).toBe(1);
  });

  test('text typed in becomes what ET makes of it: numbers, formulas; `@` keeps text', () => {
    const et = withSheets('S');
    const ws = et.Application.ActiveSheet!;
    ws.Range('A1:C1').Value2 = [['001', '=A1*2', 'x']];
    ws.Range('A2').NumberFormat = '@';
    ws.Range('A2').Value2 = '001';
    const s = et.sheet('S');
    expect([s.getValue(0, 0), s.getFormula(0, 1), s.getValue(0, 2), s.getValue(1, 0)]).toEqual([1, '=A1*2', 'x', '001']);
  });

  test('ColumnWidth is in characters (the state keeps Excel points), RowHeight in points', () => {
    const et = withSheets('S');
    const ws = et.Application.ActiveSheet!;
    ws.Range('A:B').ColumnWidth = 10;
    ws.Range('3:3').RowHeight = 30;
    expect(et.sheet('S').colWidths.get(1)).toBe(56.25);
    expect(ws.Range('A:A').ColumnWidth).toBe(10);
    expect(et.sheet('S').rowHeights.get(2)).toBe(30);
  });

  test('colours are BGR numbers: 0x0000FF is red', () => {
    const et = withSheets('S');
    const ws = et.Application.ActiveSheet!;
    ws.Range('A1').Interior.Color = 0x0000ff;
    expect(et.sheet('S').getStyle(0, 0)?.fill).toEqual({ color: '#FF0000', pattern: 'Solid' });
    expect(ws.Range('A1').Interior.Pattern).toBe(1);
    expect(ws.Range('B1').Interior.Pattern).toBe(-4142); // no fill
    expect(ws.Range('B1').Interior.Color).toBe(0xffffff); // reads as white
    ws.Range('A1').Interior.Pattern = -4142;
    expect(et.sheet('S').getStyle(0, 0)).toBeUndefined();
  });

  test('page setup: fit to pages only once Zoom = false', () => {
    const et = withSheets('S');
    const ps = et.Application.ActiveSheet!.PageSetup;
    ps.FitToPagesWide = 1;
    expect(et.sheet('S').page.zoom).toEqual({ scale: 100 });
    ps.Zoom = false;
    ps.FitToPagesWide = 1;
    ps.FitToPagesTall = false;
    expect(et.sheet('S').page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    ps.PaperSize = 9;
    ps.Orientation = 2;
    ps.PrintTitleRows = '$1:$3';
    ps.PrintArea = '$A$1:$F$20';
    expect(et.sheet('S').page).toMatchObject({ paperSize: 'A4', orientation: 'Landscape' });
    expect(et.sheet('S').printTitleRows).toEqual({ r0: 0, r1: 2 });
  });

  test('Worksheets.Add inserts before the active sheet unless After is given, and activates it', () => {
    const et = withSheets('A', 'B');
    const sheets = et.Application.ActiveWorkbook!.Worksheets;
    sheets.Add();
    expect(et.workbook.sheets.map((s) => s.name)).toEqual(['Sheet3', 'A', 'B']);
    sheets.Add(undefined, sheets.Item(sheets.Count));
    expect(et.workbook.sheets.map((s) => s.name)).toEqual(['Sheet3', 'A', 'B', 'Sheet4']);
    expect(et.Application.ActiveSheet!.Name).toBe('Sheet4');
  });

  test('the fake ET and the fake Excel can share one workbook', () => {
    const excel = createFakeExcel();
    excel.workbook.addSheet('台账');
    const et = createFakeEt({ workbook: excel.workbook });
    et.Application.ActiveSheet!.Range('A1').Value2 = 5;
    expect(excel.sheet('台账').getValue(0, 0)).toBe(5);
  });
});

describe('fake ET refuses what ET refuses (or what the note does not know it accepts)', () => {
  const ws = (et: FakeEt) => et.Application.ActiveSheet!;

  test('collections are 1-based: Item(0) throws; a missing name throws', () => {
    const et = withSheets('A');
    const sheets = et.Application.ActiveWorkbook!.Worksheets;
    expect(() => sheets.Item(0)).toThrow(/1-based/);
    expect(() => sheets.Item('nope')).toThrow(/no such sheet/);
    expect(sheets.Item('a').Name).toBe('A'); // names compare case-insensitively
  });

  test('a bad address throws', () => {
    const et = withSheets('A');
    expect(() => ws(et).Range('A0')).toThrow();
    expect(() => ws(et).Range('Other!A1')).toThrow();
  });

  test('Value2 takes an array of the range size only', () => {
    const et = withSheets('A');
    expect(() => (ws(et).Range('A1:B2').Value2 = [[1, 2]])).toThrow(/size/);
    expect(() => (ws(et).Range('A1:B2').Value2 = [[1, 2], [3]])).toThrow(/size/); // a ragged row
    expect(() => (ws(et).Range('A1:B2').Value2 = [1, 2, 3, 4])).toThrow(/size/); // flat, not 2-D
    ws(et).Range('B2:C3').Value2 = [[1, 2], [3, 4]];
    expect(ws(et).Range('B2:C3').Value2).toEqual([[1, 2], [3, 4]]);
  });

  test('NumberFormat takes one text, not an array', () => {
    const et = withSheets('A');
    expect(() => (ws(et).Range('A1:B1').NumberFormat = [['@', '@']] as unknown as string)).toThrow(/one format/);
  });

  test('colours given as #RRGGBB text throw (they are BGR numbers)', () => {
    const et = withSheets('A');
    expect(() => (ws(et).Range('A1').Interior.Color = '#FF0000' as unknown as number)).toThrow(/BGR/);
  });

  test('alignment by enum name throws: numeric constants only', () => {
    const et = withSheets('A');
    expect(() => (ws(et).Range('A1').HorizontalAlignment = undefined as unknown as number)).toThrow();
    expect(() => (ws(et).Range('A1').HorizontalAlignment = 'xlCenter' as unknown as number)).toThrow();
  });

  test('Delete() with DisplayAlerts on would ask the user: throws', () => {
    const et = withSheets('A', 'B');
    const b = et.Application.ActiveWorkbook!.Worksheets.Item('B');
    expect(() => b.Delete()).toThrow(/DisplayAlerts/);
    et.Application.DisplayAlerts = false;
    b.Delete();
    expect(et.workbook.sheets.map((s) => s.name)).toEqual(['A']);
  });

  test('the last visible sheet cannot be deleted or hidden', () => {
    const et = withSheets('A');
    et.Application.DisplayAlerts = false;
    const a = ws(et);
    expect(() => a.Delete()).toThrow(/visible/);
    expect(() => (a.Visible = 2)).toThrow(/visible/);
  });

  test('Select() off the active sheet throws; Activate() of a hidden sheet throws', () => {
    const et = withSheets('A', 'B');
    const b = et.Application.ActiveWorkbook!.Worksheets.Item('B');
    expect(() => b.Range('A1').Select()).toThrow(/active/);
    b.Visible = 0;
    expect(() => b.Activate()).toThrow(/hidden/);
  });

  test('sheet names: invalid or taken throw', () => {
    const et = withSheets('A', 'B');
    expect(() => (ws(et).Name = 'a/b')).toThrow();
    expect(() => (ws(et).Name = 'b')).toThrow(/exists/);
  });

  test('AddComment on a cell with one, or on several cells, throws; a threaded comment blocks it', () => {
    const et = withSheets('A');
    ws(et).Range('A1').AddComment('x');
    expect(() => ws(et).Range('A1').AddComment('y')).toThrow(/already/);
    expect(() => ws(et).Range('A2:A3').AddComment('y')).toThrow(/one cell/);
    et.sheet('A').comments.set(5, { id: '1', content: 't', author: 'u', resolved: false });
    expect(() => ws(et).Range('F1').AddComment('y')).toThrow(/threaded/);
  });

  test('Validation.Add over a validation throws (Delete first); a list over 255 characters throws', () => {
    const et = withSheets('A');
    ws(et).Range('B2:B9').Validation.Add(3, 1, 1, '有效,失效');
    expect(() => ws(et).Range('B5').Validation.Add(3, 1, 1, '是,否')).toThrow(/Delete/);
    expect(() => ws(et).Range('C1').Validation.Add(3, 1, 1, 'x'.repeat(256))).toThrow(/255/);
  });

  test('MergeArea of cells not in one merged area throws', () => {
    const et = withSheets('A');
    ws(et).Range('A1:B2').Merge();
    expect(ws(et).Range('B2').MergeArea.Rows.Count).toBe(2);
    expect(() => ws(et).Range('B2:C2').MergeArea).toThrow(/one merged area/);
    expect(ws(et).Range('A1:C2').MergeCells).toBeNull();
    expect(ws(et).Range('C1:C2').MergeCells).toBe(false);
  });

  test('MergeCells and MergeArea follow every change of the merged areas (merged, removed, pushed by a test)', () => {
    const et = withSheets('A');
    const sheet = et.sheet('A');
    ws(et).Range('A300:B300').Merge(); // a block of rows the lookup keeps apart from row 1
    expect(ws(et).Range('A1:B300').MergeCells).toBeNull();
    expect(ws(et).Range('A300:B300').MergeCells).toBe(true);
    sheet.merges.push({ r0: 0, r1: 599, c0: 3, c1: 3 }); // D1:D600, across three blocks
    expect(ws(et).Range('D250:D260').MergeCells).toBe(true);
    expect(ws(et).Range('D599').MergeArea.Rows.Count).toBe(600);
    expect(ws(et).Range('C599:D600').MergeCells).toBeNull();
    sheet.removeMerges({ r0: 299, r1: 299, c0: 0, c1: 0 });
    expect(ws(et).Range('A300:B300').MergeCells).toBe(false);
    expect(ws(et).Range('A300').MergeArea.Columns.Count).toBe(1);
    sheet.merges = [];
    expect(ws(et).Range('D1:D600').MergeCells).toBe(false);
  });

  test('PrintTitleRows must be whole rows', () => {
    const et = withSheets('A');
    expect(() => (ws(et).PageSetup.PrintTitleRows = '$A$1:$C$2')).toThrow(/whole rows/);
  });

  test('font colour: a BGR number (text throws); italic a boolean', () => {
    const et = withSheets('A');
    const f = ws(et).Range('A1').Font;
    f.Color = 0x808080;
    f.Italic = true;
    expect(et.sheet('A').getStyle(0, 0)?.font).toEqual({ color: '#808080', italic: true });
    f.Color = 0x0000ff;
    expect(et.sheet('A').getStyle(0, 0)?.font?.color).toBe('#FF0000');
    expect(() => (f.Color = '#FF0000' as unknown as number)).toThrow(/BGR/);
    expect(() => (f.Italic = 1 as unknown as boolean)).toThrow(/boolean/);
  });

  test('FormatConditions.Add: a cell-value rule with a known operator and a formula; no fourth on one range', () => {
    const et = withSheets('A');
    const fcs = ws(et).Range('B2:B9').FormatConditions;
    const fc = fcs.Add(1, 3, '="红灯"');
    fc.Interior.Color = 0x0000ff;
    fc.Font.Color = 0xffffff;
    expect(et.sheet('A').conditionalFormats).toEqual([
      { rect: { r0: 1, c0: 1, r1: 8, c1: 1 }, type: 'CellValue', priority: 0, rule: { formula1: '="红灯"', operator: 'EqualTo' }, fill: '#FF0000', font: { color: '#FFFFFF' } },
    ]);
    expect(() => fcs.Add(1, 3, '红灯')).toThrow(/Formula1 红灯/); // a bare word: what ET makes of it is unknown
    expect(() => fcs.Add(1, 99, '=1')).toThrow(/operator/);
    expect(() => fcs.Add(2, undefined, '=A1>0')).toThrow(/xlCellValue/);
    expect(() => fcs.Add(1, 1, '=1')).toThrow(/Formula2/); // between needs both bounds
    fcs.Add(1, 3, '="黄灯"');
    fcs.Add(1, 3, '="绿灯"');
    expect(ws(et).Range('B5').FormatConditions.Count).toBe(3);
    expect(() => ws(et).Range('B5:C5').FormatConditions.Add(1, 3, '="灰"')).toThrow(/three/);
    expect(() => fc.Interior.Color = '#FF0000' as unknown as number).toThrow(/BGR/);
  });

  test('AutoFilter() toggles: on over a range with a header row, off on the second call; criteria and one row refused', () => {
    const et = withSheets('A');
    const r = ws(et).Range('A1:D20');
    expect(() => ws(et).Range('A1:D1').AutoFilter()).toThrow(/header row and data/);
    r.AutoFilter();
    expect(et.sheet('A').autoFilter).toEqual({ r0: 0, c0: 0, r1: 19, c1: 3 });
    r.AutoFilter();
    expect(et.sheet('A').autoFilter).toBeNull();
    expect(() => r.AutoFilter(1, '乌鲁木齐市')).toThrow(/without criteria/);
  });

  test('footers: text per section, at most 255 characters', () => {
    const et = withSheets('A');
    const ps = ws(et).PageSetup;
    ps.CenterFooter = '第 &P 页，共 &N 页';
    ps.LeftFooter = '&"宋体,Bold"草稿';
    expect(et.sheet('A').headerFooter).toEqual({ centerFooter: '第 &P 页，共 &N 页', leftFooter: '&"宋体,Bold"草稿' });
    expect(ps.RightFooter).toBe('');
    expect(() => (ps.RightFooter = 'x'.repeat(256))).toThrow(/255/);
  });

  test('Shapes.AddChart2: clustered columns at a position in points; the title only once HasTitle is true', () => {
    const et = withSheets('A');
    const sheet = ws(et);
    expect(() => sheet.Shapes.AddChart2(-1, 4, 0, 0, 100, 100)).toThrow(/51/);
    expect(() => sheet.Shapes.AddChart2(-1, 51)).toThrow(/points/);
    const from = sheet.Range('C2');
    const to = sheet.Range('E10');
    const shape = sheet.Shapes.AddChart2(-1, 51, from.Left, from.Top, to.Left + to.Width - from.Left, to.Top + to.Height - from.Top);
    expect(() => shape.Chart.ChartTitle).toThrow(/HasTitle/);
    shape.Chart.SetSourceData(sheet.Range('A1:B5'), 2);
    shape.Chart.HasTitle = true;
    shape.Chart.ChartTitle.Text = '本年拨付';
    expect(et.sheet('A').charts).toEqual([
      { name: 'Chart 1', type: 'ColumnClustered', source: 'A!A1:B5', seriesBy: 'Columns', title: '本年拨付', position: { start: 'A!C2', end: 'A!E10' } },
    ]);
    shape.Delete();
    expect(et.sheet('A').charts).toEqual([]);
  });

  test('a deleted sheet cannot be used', () => {
    const et = withSheets('A', 'B');
    et.Application.DisplayAlerts = false;
    const b = et.Application.ActiveWorkbook!.Worksheets.Item('B');
    b.Delete();
    expect(() => b.Name).toThrow(/deleted/);
  });

  test('a cell holds at most 32,767 characters of text and 8,192 of formula (Excel specifications and limits; ET the same file format)', () => {
    // support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3; WPS's own
    // documentation is silent, and an .xlsx ET saves must open in Excel.
    const et = withSheets('S');
    const ws = et.Application.ActiveSheet!;
    ws.Range('A1').Value2 = '甲'.repeat(32767);
    expect(() => (ws.Range('A2').Value2 = '甲'.repeat(32768))).toThrow();
    ws.Range('B1').Formula = `="${'x'.repeat(8189)}"`;
    expect(() => (ws.Range('B2').Formula = `="${'x'.repeat(8190)}"`)).toThrow();
    expect(ws.Range('A2').Value2).toBeNull();
  });

  test('a protected sheet refuses every write to its cells and notes; ProtectContents says so', () => {
    // "The protection feature in Microsoft Office Excel helps prevent users and code from modifying objects in a
    // worksheet. By default, all cells are locked" (learn.microsoft.com/previous-versions/visualstudio/visual-studio-2010/dkcs53f3).
    const et = withSheets('台账');
    const ws = et.Application.ActiveSheet!;
    ws.Range('A1').AddComment('原有批注');
    et.sheet('台账').protected = true;
    expect(ws.ProtectContents).toBe(true);
    expect(ws.Range('A1').Value2).toBeNull(); // reading is allowed
    expect(() => (ws.Range('A1').Value2 = 1)).toThrow(/protected/);
    expect(() => (ws.Range('A1').Value2 = null)).toThrow(/protected/);
    expect(() => (ws.Range('A1').Interior.Color = 0x00ffff)).toThrow(/protected/);
    expect(() => (ws.Range('A1').NumberFormat = '@')).toThrow(/protected/);
    expect(() => ws.Range('B1').AddComment('x')).toThrow(/protected/);
    expect(() => ws.Range('A1').Comment!.Text('改')).toThrow(/protected/);
    expect(() => ws.Range('A1').Comment!.Delete()).toThrow(/protected/);
    expect(() => ws.Range('A1:B1').Merge()).toThrow(/protected/);
    expect(ws.Range('A1').Comment!.Text()).toBe('原有批注');
  });

  test('with no workbook open, ActiveWorkbook, ActiveSheet and ActiveWindow are null (the object model\'s Nothing)', () => {
    // "Returns Nothing if there are no windows open" (learn.microsoft.com/office/vba/api/excel.application.activeworkbook);
    // WPS loads an add-in at start-up, before any document is open.
    const et = createFakeEt({ workbookOpen: false });
    et.workbook.addSheet('台账');
    expect(et.Application.ActiveWorkbook).toBeNull();
    expect(et.Application.ActiveSheet).toBeNull();
    expect(et.Application.ActiveWindow).toBeNull();
    et.workbookOpen = true;
    expect(et.Application.ActiveWorkbook!.Worksheets.Item(1).Name).toBe('台账');
    expect(et.Application.ActiveSheet!.Name).toBe('台账');
  });
});

describe('fake ET: Application.WorksheetFunction.CountA, as et-jsapi-declare 2.5.0 declares it', () => {
  test('counts the non-empty cells of ranges: values, errors, formulas (one returning "" too), hidden rows too; one call for a whole column', () => {
    const et = withSheets('S', 'T');
    const s = et.sheet('S');
    s.setRawValue(0, 0, '标题');
    s.setRawValue(1, 1, 0);
    s.setRawValue(2, 1, false);
    s.setError(3, 1, '#N/A');
    s.setFormula(4, 2, '=IF(B2="","",B2)'); // the fake does not calculate: its value is unknown, the cell still counted
    s.setFormula(5, 2, '=""');
    s.setRawValue(5, 2, '');
    s.hiddenRows.add(1);
    s.setNumFmt(1_048_575, 3, '@'); // a format is no content
    et.sheet('T').setRawValue(0, 0, 1);
    const wf = et.Application.WorksheetFunction!;
    const ws = et.Application.ActiveWorkbook!.Worksheets.Item('S');
    et.resetStats();
    expect(wf.CountA(ws.Range('A1:D1048576'))).toBe(6);
    expect(wf.CountA(ws.Range('B:B'))).toBe(3);
    expect(wf.CountA(ws.Range('A7:D1048576'))).toBe(0);
    expect(wf.CountA(ws.Range('A1'), ws.Range('C5:C6'), et.Application.ActiveWorkbook!.Worksheets.Item('T').Range('A1'))).toBe(4);
    expect(et.stats.byMember.get('WorksheetFunction.CountA')).toBe(4);
  });

  test('refuses what is not modelled: no argument, more than 30, a value or an array instead of a range', () => {
    const et = withSheets('S');
    const wf = et.Application.WorksheetFunction!;
    const a1 = et.Application.ActiveSheet!.Range('A1');
    expect(() => (wf.CountA as (...a: unknown[]) => number)()).toThrow(/1 to 30/);
    expect(() => wf.CountA(a1, ...new Array<unknown>(30).fill(a1))).toThrow(/1 to 30/);
    expect(() => wf.CountA('A1')).toThrow(/ranges only/);
    expect(() => wf.CountA([[1, 2]])).toThrow(/ranges only/);
    expect(wf.CountA(a1, undefined, undefined)).toBe(0); // trailing optional arguments left out
  });

  test('a build without it (absent: undefined) or whose CountA throws', () => {
    const absent = createFakeEt({ quirks: { worksheetFunction: 'absent' } });
    absent.workbook.addSheet('S');
    expect(absent.Application.WorksheetFunction).toBeUndefined();
    const throwing = createFakeEt({ quirks: { worksheetFunction: 'throwing' } });
    throwing.workbook.addSheet('S');
    expect(() => throwing.Application.WorksheetFunction!.CountA(throwing.Application.ActiveSheet!.Range('A1'))).toThrow(/CountA/);
  });
});

describe('fake ET quirks (spec/wps.md §2), each switchable', () => {
  test('a one-row Value2 is 1-D with oneDimensionalRow, 2-D without', () => {
    for (const oneDimensionalRow of [true, false]) {
      const et = createFakeEt({ quirks: { oneDimensionalRow } });
      et.workbook.addSheet('A');
      et.Application.ActiveSheet!.Range('A1:B1').Value2 = [[1, 2]];
      expect(et.Application.ActiveSheet!.Range('A1:B1').Value2).toEqual(oneDimensionalRow ? [1, 2] : [[1, 2]]);
    }
  });

  test('a mixed NumberFormat is null (default) or the first cell\'s', () => {
    for (const nullMixedNumberFormat of [true, false]) {
      const et = createFakeEt({ quirks: { nullMixedNumberFormat } });
      et.workbook.addSheet('A').setNumFmt(1, 0, 'yyyy-mm-dd');
      expect(et.Application.ActiveSheet!.Range('A1:A2').NumberFormat).toBe(nullMixedNumberFormat ? null : 'G/通用格式');
    }
  });

  test('General reads G/通用格式 as a Chinese WPS names it (default), General with chineseGeneral off; either sets it', () => {
    for (const chineseGeneral of [true, false]) {
      const et = createFakeEt({ quirks: { chineseGeneral } });
      et.workbook.addSheet('A').setNumFmt(0, 0, 'yyyy-mm-dd');
      const sheet = et.Application.ActiveSheet!;
      expect(sheet.Range('A2').NumberFormat).toBe(chineseGeneral ? 'G/通用格式' : 'General');
      sheet.Range('A1').NumberFormat = 'G/通用格式';
      expect(sheet.Range('A1:A2').NumberFormat).toBe(chineseGeneral ? 'G/通用格式' : 'General');
      sheet.Range('A1').NumberFormat = '0.00';
      expect(sheet.Range('A1').NumberFormat).toBe('0.00');
    }
  });

  test('Worksheets.Add() may return null: the sheet is still added and active', () => {
    const et = createFakeEt({ quirks: { nullAdd: true } });
    et.workbook.addSheet('A');
    expect(et.Application.ActiveWorkbook!.Worksheets.Add()).toBeNull();
    expect(et.Application.ActiveSheet!.Name).toBe('Sheet2');
  });

  test('.Borders may throw', () => {
    const et = createFakeEt({ quirks: { throwingBorders: true } });
    et.workbook.addSheet('A');
    expect(() => et.Application.ActiveSheet!.Range('A1').Borders).toThrow(/Borders/);
  });

  test('error cells read as COM error numbers (default) or their code; Text shows the code', () => {
    for (const errorNumbers of [true, false]) {
      const et = createFakeEt({ quirks: { errorNumbers } });
      et.workbook.addSheet('A').setRawValue(0, 0, '#N/A');
      const r = et.Application.ActiveSheet!.Range('A1');
      expect(r.Value2).toBe(errorNumbers ? -2146826246 : '#N/A');
      expect(r.Text).toBe('#N/A');
    }
  });
});
