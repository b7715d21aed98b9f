/** The fake Excel API behaves like Excel where the adapter relies on it. */
import {
  type FakeExcel,
  PAYLOAD_LIMIT_BYTES,
  createFakeExcel,
  fakeWorkbookFromGrid,
  installFakeExcel,
  snapshotWorkbook,
} from '../../fakes/excel';
import { dateValue, errorValue } from '../../../src/model/grid';
import { instantiateOfficeJs } from '../../fakes/excel/officejs/library';
import { officeJsSource } from '../../fakes/excel/officejs/source';

function withSheet(): FakeExcel {
  const fake = createFakeExcel();
  fake.workbook.addSheet('Sheet1');
  return fake;
}

describe('fake Excel: worksheet functions', () => {
  test("workbook.functions.date answers Excel's DATE in the workbook's date system; #NUM! before its first day", async () => {
    const date = async (date1904: boolean, y: number, m: number, d: number): Promise<[unknown, unknown]> => {
      const fake = createFakeExcel();
      fake.workbook.date1904 = date1904;
      const r = fake.context().workbook.functions.date(y, m, d).load('value,error');
      await r.context.sync();
      return [r.value, r.error];
    };
    expect(await date(false, 1904, 1, 1)).toEqual([1462, null]);
    expect(await date(true, 1904, 1, 1)).toEqual([0, null]);
    expect(await date(false, 2018, 12, 31)).toEqual([43465, null]);
    expect(await date(true, 2018, 12, 31)).toEqual([43465 - 1462, null]);
    expect(await date(false, 118, 13, 1)).toEqual([43466, null]); // 1900 added to the year; month 13 is next January
    expect(await date(false, 1900, 3, 1)).toEqual([61, null]); // past the phantom 1900-02-29
    expect(await date(true, 1903, 12, 31)).toEqual([null, '#NUM!']);
    expect(await date(false, 10000, 1, 1)).toEqual([null, '#NUM!']);
  });

  // tidy47: a date typed in was stored as its 1900-system serial in a 1904 workbook, 1,462 days (four years) later than
  // the day typed. The adapters never type a date today (what they write that Excel would take for one goes under `@`):
  // this is the fake's fidelity, so that a test of a date written in reads what Excel would store.
  test("a date typed into a cell is the day's serial in the workbook's date system, as DATE answers; none before 1904 there", async () => {
    const typed = async (date1904: boolean): Promise<unknown[][]> => {
      const fake = withSheet();
      fake.workbook.date1904 = date1904;
      const ctx = fake.context();
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:E1').values = [['2018-12-31', '2018/12/31 12:00', '10:20', '1903-12-31', '1904-01-01']];
      const r = ws.getRange('A1:E1').load('values');
      const day = ctx.workbook.functions.date(2018, 12, 31).load('value');
      await ctx.sync();
      return [r.values[0], [day.value]];
    };
    expect(await typed(false)).toEqual([[43465, 43465.5, 620 / 1440, 1462 - 1, 1462], [43465]]);
    expect(await typed(true)).toEqual([[43465 - 1462, 43465.5 - 1462, 620 / 1440, '1903-12-31', 0], [43465 - 1462]]);
  });
});

describe('fake Excel: proxies, load and sync', () => {
  test('reading a property before load+sync throws PropertyNotLoaded with Excel message; after sync it is visible', async () => {
    const fake = withSheet();
    fake.sheet('Sheet1').setRawValue(0, 0, 42);
    const ctx = fake.context();
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => r.values).toThrow(
      `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    r.load('values');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(r.values).toEqual([[42]]);
    expect(() => r.address).toThrow(/'address' is not available/);
  });

  test('writes are queued: the workbook changes only at sync; a load queued after a write sees it', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    r.values = [[1, 'x']];
    expect(fake.sheet('Sheet1').getValue(0, 0)).toBeUndefined();
    const again = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
    await ctx.sync();
    expect(fake.sheet('Sheet1').getValue(0, 1)).toBe('x');
    expect(again.values).toEqual([[1, 'x']]);
  });

  test('values typed in are interpreted like Excel unless the cell is text (@); null leaves a cell unchanged', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('B1').numberFormat = [['@']];
    ws.getRange('A1:D1').values = [['001', '001', '=A1*2', 'true']];
    ws.getRange('A2:B2').values = [['keep', 'x']];
    ws.getRange('A2:B2').values = [[null, 'y']];
    const f = ws.getRange('A1:D2').load('values,formulas');
    await ctx.sync();
    expect(f.values).toEqual([
      [1, '001', '', true],
      ['keep', 'y', '', ''],
    ]);
    expect(f.formulas[0][2]).toBe('=A1*2');
  });

  test('a mismatched 2D array fails the sync with InvalidArgument', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2], [3]]; // a ragged row
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a number format over 255 characters fails the sync with InvalidArgument, as in Excel; 255 is accepted', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').numberFormat = [[`0"${'万'.repeat(252)}"`]];
    await ctx.sync();
    ws.getRange('A2').numberFormat = [[`0"${'万'.repeat(253)}"`]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a cell holds at most 32,767 characters of text and 8,192 of formula; more fails the sync (Excel specifications and limits; office-js#3256)', async () => {
    // support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3;
    // ST_Formula: "Excel restricts the contents of this simple type to be at most 8192 characters" (MS-OI29500 2.1.1085);
    // github.com/OfficeDev/office-js/issues/3256: a value starting with "-" of about 8,200 characters fails the sync.
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:A2').values = [['甲'.repeat(32767)], [`'${'乙'.repeat(32767)}`]]; // the apostrophe is no content
    await ctx.sync();
    expect(fake.sheet('Sheet1').getValue(1, 0)).toBe('乙'.repeat(32767));
    ws.getRange('A3').values = [['甲'.repeat(32768)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.getRange('B1').numberFormat = [['@']];
    ws.getRange('B1').values = [['甲'.repeat(32768)]]; // text format: stored as written, the same limit
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.getRange('C1').formulas = [[`="${'x'.repeat(8189)}"`]]; // 8,192
    await ctx.sync();
    ws.getRange('C2').formulas = [[`="${'x'.repeat(8190)}"`]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    ws.getRange('C3').values = [[`-${'项目'.repeat(4100)}`]]; // read as a formula, as in office-js#3256
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheet('Sheet1').getValue(2, 0)).toBeUndefined();
  });

  test('a protected sheet refuses every write to its cells and notes with AccessDenied; protection.protected says so', async () => {
    // "The protection feature in Microsoft Office Excel helps prevent users and code from modifying objects in a
    // worksheet. By default, all cells are locked" (learn.microsoft.com/previous-versions/visualstudio/visual-studio-2010/dkcs53f3);
    // the code of the refusal is not documented: AccessDenied, as Excel answers a refused protection change (office-js#6784).
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.notes.add('A1', '原有批注');
    await ctx.sync();
    fake.sheet('Sheet1').protected = true;
    ws.protection.load('protected');
    await ctx.sync();
    expect(ws.protection.protected).toBe(true);
    const writes: Array<() => void> = [
      () => void (ws.getRange('A1').values = [[1]]),
      () => void (ws.getRange('A1').numberFormat = [['@']]),
      () => void (ws.getRange('A1').format.fill.color = '#FFFF00'),
      () => void ws.getRange('A1').format.fill.clear(),
      () => void ws.notes.add('B1', 'x'),
      () => void (ws.notes.getItem('A1').content = '改'),
      () => void ws.notes.getItem('A1').delete(),
      () => void ws.getRange('A1:B1').merge(),
      () => void ws.getRange('A1').clear(),
    ];
    for (const write of writes) {
      write();
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.sheet('Sheet1').notes.get(0)?.content).toBe('原有批注');
  });

  test('getItemOrNullObject: isNullObject known only after sync; a null object reads null and ignores writes', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
    const present = ctx.workbook.worksheets.getItemOrNullObject('sheet1');
    expect(() => missing.isNullObject).toThrow(/isNullObject/);
    missing.load('name');
    missing.getRange('A1').values = [[1]];
    const used = missing.getUsedRangeOrNullObject();
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(missing.name).toBeUndefined(); // office.js: a null object's properties read as undefined
    expect(used.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('getItem of a missing sheet fails the sync with ItemNotFound', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('Nope').load('name');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('a failing action fails the sync: earlier actions stay applied, later ones are dropped, loads are not delivered', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').values = [['before']];
    const probe = ws.getRange('A1').load('values');
    ws.getRange('A1:B2').merge();
    ws.getRange('C1').values = [['after']];
    fake.failOn((d) => d.name === 'merge');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheet('Sheet1').getValue(0, 0)).toBe('before');
    expect(fake.sheet('Sheet1').getValue(0, 2)).toBeUndefined();
    expect(() => probe.values).toThrow(/not available/);
    expect(fake.stats.payloads[0].error).toBe('GeneralException');
  });

  test('syncs are counted per context and in total; Excel.run syncs what the batch left queued; an empty sync sends nothing', async () => {
    const fake = installFakeExcel(withSheet());
    try {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await ctx.sync();
        await ctx.sync(); // nothing queued: office.js sends no request
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
      });
      const other = fake.context();
      other.workbook.worksheets.getItem('Sheet1').load('name');
      await other.sync();
      expect(fake.stats.syncs).toBe(3);
      expect([...fake.stats.syncsByContext.values()]).toEqual([2, 1]);
      // Excel.run released the ranges it kept, in a request of its own that is not a sync of the add-in.
      expect(fake.stats.payloads.filter((p) => p.cleanup)).toHaveLength(1);
      expect(fake.sheet('Sheet1').getValue(1, 0)).toBe(2);
    } finally {
      fake.uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });

  test('request and response bytes are those of the bodies office.js builds and parses, not a compact summary', async () => {
    // The same batch through a second, independent office.js whose executor only records what it is given.
    const sent: string[] = [];
    const lib = instantiateOfficeJs(officeJsSource(), createFakeExcel().office);
    lib.OfficeExtension.SessionBase._overrideSession = {
      _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://recorder.invalid/', headers: {} }),
      _createRequestExecutorOrNull: () => ({
        executeAsync: (_c: unknown, _f: unknown, msg: { Body: unknown }) => {
          sent.push(JSON.stringify(msg.Body));
          return Promise.resolve({ ErrorCode: '', HttpStatusCode: 200, Headers: {}, Body: { Results: [] } });
        },
      }),
    };
    const batch = async (ctx: Excel.RequestContext): Promise<void> => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:B1').values = [['项目', 'abc']];
      ws.getRange('A1').format.fill.color = '#FFC7CE';
      await ctx.sync();
    };
    await lib.Excel.run(batch);
    const fake = withSheet();
    await fake.run(batch);
    const [write] = fake.stats.payloads;
    expect(write.requestBytes).toBe(Buffer.byteLength(sent[0]));
    // A compact summary of the same writes (what a fake that measured only its calls would count) is 3× smaller.
    expect(write.requestBytes).toBeGreaterThan(3 * Buffer.byteLength(JSON.stringify([['项目', 'abc'], '#FFC7CE'])));

    fake.resetStats();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values');
      await ctx.sync();
      expect(r.values).toEqual([['项目', 'abc']]);
    });
    const [read] = fake.stats.payloads;
    // The response holds the values inside office.js's envelope: results by action id, properties in PascalCase.
    expect(read.responseBytes).toBeGreaterThan(Buffer.byteLength('{"Results":[{"ActionId":0,"Value":{"Values":[["项目","abc"]]}}]}'));
    expect(fake.stats.maxPayloadBytes).toBe(Math.max(...fake.stats.payloads.flatMap((p) => [p.requestBytes, p.responseBytes])));
  });

  test('a request above 5 MB fails with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const rows = 60000;
    const big = Array.from({ length: rows }, (_, i) => [`第${i}行的一段比较长的文字内容，用来把请求撑到五兆字节以上`, i]);
    ctx.workbook.worksheets.getItem('Sheet1').getRange(`A1:B${rows}`).values = big;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.sheet('Sheet1').values.size).toBe(0);
    expect(fake.stats.payloads[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test('a response above 5 MB fails with ResponsePayloadSizeLimitExceeded; half the rows pass', async () => {
    const fake = withSheet();
    const s = fake.sheet('Sheet1');
    for (let r = 0; r < 60000; r++) s.setRawValue(r, 0, `第${r}行的一段比较长的文字内容，用来把响应撑到五兆字节以上`);
    const ctx = fake.context();
    const all = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A60000').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => all.values).toThrow(/not available/);
    const half = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A30000').load('values');
    await ctx.sync();
    expect(half.values).toHaveLength(30000);
  });
});

describe('fake Excel: objects', () => {
  test('worksheets: add (names unique case-insensitively), items, position, VeryHidden, delete, activate', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const wss = ctx.workbook.worksheets;
    wss.add('数据');
    await ctx.sync();
    wss.add('SHEET1');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const hidden = wss.add('_jx_x');
    hidden.visibility = 'VeryHidden';
    wss.load('items/name,items/visibility,items/position');
    await ctx.sync();
    expect(wss.items.map((w) => [w.name, w.visibility, w.position])).toEqual([
      ['Sheet1', 'Visible', 0],
      ['数据', 'Visible', 1],
      ['_jx_x', 'VeryHidden', 2],
    ]);
    hidden.activate();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    wss.getItem('数据').activate();
    wss.getItem('Sheet1').delete();
    const active = wss.getActiveWorksheet().load('name');
    await ctx.sync();
    expect(active.name).toBe('数据');
    wss.getItem('数据').visibility = 'Hidden';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' }); // the last visible sheet
  });

  test('used range (values only or not), getRangeByIndexes, getResizedRange, getOffsetRange, getCell, address quoting', async () => {
    const fake = createFakeExcel();
    const s = fake.workbook.addSheet('My Sheet');
    s.setRawValue(2, 1, 'x');
    s.setRawValue(4, 3, 5);
    s.updateStyle(9, 9, (st) => void (st.fill = { color: '#FF0000', pattern: 'Solid' }));
    fake.workbook.addSheet('2018');
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('My Sheet');
    const v = ws.getUsedRange(true).load('address,rowIndex,columnIndex,rowCount,columnCount');
    const all = ws.getUsedRange().load('address');
    const moved = ws.getRangeByIndexes(2, 1, 1, 1).getResizedRange(2, 2).getOffsetRange(1, 0).load('address');
    const cell = ws.getRange('B3:D5').getCell(2, 2).load('values');
    const empty = ctx.workbook.worksheets.getItem('2018').getUsedRangeOrNullObject(true).load('address');
    await ctx.sync();
    expect(v.address).toBe("'My Sheet'!B3:D5");
    expect([v.rowIndex, v.columnIndex, v.rowCount, v.columnCount]).toEqual([2, 1, 3, 3]);
    expect(all.address).toBe("'My Sheet'!B3:J10");
    expect(moved.address).toBe("'My Sheet'!B4:D6");
    expect(cell.values).toEqual([[5]]);
    expect(empty.isNullObject).toBe(true);
  });

  test('fill: no fill and a white fill both read white with pattern null (office-js#4900), told apart by tintAndShade; clear() removes a fill; font/alignment/borders read back uniform or null', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    const a = ws.getRange('A1').format.fill.load('color,pattern,tintAndShade');
    ws.getRange('B1').format.fill.color = '#ffeb9c';
    const b = ws.getRange('B1').format.fill.load('color,pattern,tintAndShade');
    ws.getRange('C1').format.fill.color = '#FFFFFF';
    const c = ws.getRange('C1').format.fill.load('color,pattern,tintAndShade');
    ws.getRange('D1').format.fill.pattern = 'Gray25';
    const d = ws.getRange('D1').format.fill.load('pattern');
    const r = ws.getRange('A2:B2');
    r.format.font.bold = true;
    ws.getRange('A2').format.horizontalAlignment = 'Center';
    const border = ws.getRange('A3:B4').format.borders.getItem('InsideHorizontal');
    border.style = 'Continuous';
    const f = r.format.load('horizontalAlignment');
    r.format.font.load('bold,name,size');
    const top = ws.getRange('A4:B4').format.borders.getItem('EdgeTop').load('style,weight');
    await ctx.sync();
    expect([a.color, a.pattern, a.tintAndShade]).toEqual(['#FFFFFF', null, null]);
    expect([b.color, b.pattern, b.tintAndShade]).toEqual(['#FFEB9C', null, 0]);
    expect([c.color, c.pattern, c.tintAndShade]).toEqual(['#FFFFFF', null, 0]);
    expect(d.pattern).toBe('Gray25');
    expect(f.horizontalAlignment).toBeNull();
    expect([r.format.font.bold, r.format.font.name, r.format.font.size]).toEqual([true, 'Calibri', 11]);
    expect([top.style, top.weight]).toEqual(['Continuous', 'Thin']);
    ws.getRange('B1').format.fill.clear();
    await ctx.sync();
    expect(fake.sheet('Sheet1').getStyle(0, 1)).toBeUndefined();
  });

  test('notes: add, getItemOrNullObject, content, delete; a second note on a cell is refused', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.notes.add('B2', '原批注');
    const n = ws.notes.getItemOrNullObject('B2').load('content');
    const none = ws.notes.getItemOrNullObject('C3').load('content');
    await ctx.sync();
    expect(n.content).toBe('原批注');
    expect(none.isNullObject).toBe(true);
    ws.notes.add(ws.getRange('B2'), 'again');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    n.content = '改';
    const all = ctx.workbook.notes.load('items/content');
    await ctx.sync();
    expect(all.items.map((x) => x.content)).toEqual(['改']);
    n.delete();
    await ctx.sync();
    expect(fake.sheet('Sheet1').notes.size).toBe(0);
  });

  test('threaded comments: add, getItemByCell, getLocation, count; a cell holds a note or a comment, not both', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.comments.add('C3', '请核实');
    const count = ws.comments.getCount();
    const byCell = ws.comments.getItemByCell('C3').load('content,authorName');
    await ctx.sync();
    expect(count.value).toBe(1);
    expect(byCell.content).toBe('请核实');
    const where = byCell.getLocation().load('address');
    await ctx.sync();
    expect(where.address).toBe('Sheet1!C3');
    ws.notes.add('C3', '批注');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    ws.notes.add('D4', '批注');
    await ctx.sync();
    ws.comments.add('D4', '评论');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    ws.comments.getItemByCell('E5').load('content');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(snapshotWorkbook(fake).sheets[0].comments).toEqual({ C3: '请核实' });
  });

  test('merge keeps the top-left value; getMergedAreasOrNullObject lists the areas whose top-left cell is in the range; unmerge', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:C1').values = [['t', 'x', 'y']];
    ws.getRange('A1:C1').merge();
    ws.getRange('A3:B4').merge(true);
    const areas = ws.getRange('A1:D9').getMergedAreasOrNullObject().load('address,areaCount');
    const none = ws.getRange('E1:F2').getMergedAreasOrNullObject();
    // office-js#3611: only the areas whose top-left cell lies in the range, listed whole
    const inside = ws.getRange('B1:D4').getMergedAreasOrNullObject();
    const corner = ws.getRange('A4:A9').getMergedAreasOrNullObject().load('address');
    const vals = ws.getRange('A1:C1').load('values');
    await ctx.sync();
    expect(vals.values).toEqual([['t', '', '']]);
    expect(areas.address).toBe('Sheet1!A1:C1,Sheet1!A3:B3,Sheet1!A4:B4');
    expect(none.isNullObject).toBe(true);
    expect(inside.isNullObject).toBe(true);
    expect(corner.address).toBe('Sheet1!A4:B4');
    ws.getRange('A1:D9').unmerge();
    await ctx.sync();
    expect(fake.sheet('Sheet1').merges).toEqual([]);
  });

  test('a fit to pages takes only while the Page Layout tab is selected (office-js#1860); a scale always does; not both at once', async () => {
    const set = async (fake: FakeExcel, zoom: Excel.PageLayoutZoomOptions): Promise<unknown> => {
      const ctx = fake.context();
      ctx.workbook.worksheets.getItem('Sheet1').pageLayout.zoom = zoom;
      await ctx.sync();
      return fake.sheet('Sheet1').page.zoom;
    };
    const fit = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const plain = withSheet();
    expect(await set(plain, { scale: 64 })).toEqual({ scale: 64 });
    expect(await set(plain, fit)).toEqual({ scale: 64 });
    const tab = createFakeExcel({ pageLayoutTab: true });
    tab.workbook.addSheet('Sheet1');
    expect(await set(tab, { scale: 64 })).toEqual({ scale: 64 });
    expect(await set(tab, fit)).toEqual(fit);
    expect(await set(tab, { scale: 80 })).toEqual({ scale: 80 });
    for (const bad of [{ scale: 9 }, { scale: 401 }, { horizontalFitToPages: 1, scale: 80 }, { horizontalFitToPages: -1 }, {}])
      await expect(set(tab, bad)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('data validation lists, page layout, freeze panes, charts and names are stored and refused when malformed', async () => {
    const fake = withSheet();
    const ctx = fake.context();
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('C2:C100').dataValidation.rule = { list: { inCellDropDown: true, source: '有效,失效' } };
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.setPrintArea('A1:F20');
    ws.pageLayout.setPrintTitleRows('$1:$2');
    ws.freezePanes.freezeRows(2);
    ws.charts.add('ColumnClustered', ws.getRange('H1:I4'), 'Columns').title.text = '图';
    ctx.workbook.names.add('JX_DATA', ws.getRange('A1:B2'));
    const dv = ws.getRange('C5').dataValidation.load('rule,type');
    await ctx.sync();
    expect(dv.type).toBe('List');
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: '有效,失效' } });
    const snap = snapshotWorkbook(fake).sheets[0];
    expect(snap).toMatchObject({
      printArea: 'A1:F20',
      printTitleRows: '1:2',
      frozenRows: 2,
      // office-js#1860: the fit did not take (the Page Layout tab is not selected); the sheet keeps its scale.
      page: { paperSize: 'A4', zoom: { scale: 100 } },
      charts: [{ type: 'ColumnClustered', source: 'Sheet1!H1:I4', title: '图' }],
    });
    expect(snapshotWorkbook(fake).names).toEqual([{ name: 'JX_DATA', formula: '=Sheet1!A1:B2', comment: '', visible: true }]);
    ws.getRange('D1').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(200) } };
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    ws.pageLayout.paperSize = 'A9' as Excel.PaperType;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('selection: select() needs the sheet to be active; getSelectedRange reads it back', async () => {
    const fake = withSheet();
    fake.workbook.addSheet('B');
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem('B').getRange('C3').select();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidSelection' });
    ctx.workbook.worksheets.getItem('B').activate();
    ctx.workbook.worksheets.getItem('B').getRange('C3').select();
    const sel = ctx.workbook.getSelectedRange().load('address');
    await ctx.sync();
    expect(sel.address).toBe('B!C3');
  });

  test('fakeWorkbookFromGrid stores dates as serials with a date format, errors as their code, merges; snapshot is a deep copy', () => {
    const fake = fakeWorkbookFromGrid({
      sheets: [
        {
          name: 'S',
          origin: { row: 1, col: 1 },
          values: [
            ['a', dateValue(2018, 6, 30)],
            [errorValue('#REF!'), 3],
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        },
      ],
    });
    const snap = snapshotWorkbook(fake);
    expect(snap.sheets[0].cells).toEqual({
      B2: { value: 'a' },
      C2: { value: 43281, numberFormat: 'yyyy-mm-dd' },
      B3: { value: '#REF!', error: true },
      C3: { value: 3 },
    });
    expect(snap.sheets[0].merges).toEqual(['B2:C2']);
    fake.sheet('S').setRawValue(1, 1, 'changed');
    expect(snap.sheets[0].cells.B2.value).toBe('a');
  });
});
