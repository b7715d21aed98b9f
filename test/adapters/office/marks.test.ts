/** 标注 / 清除标注: marks fill and annotate; clearing restores exactly what was there, from the record in the workbook. */
import {
  MARKS_SHEET,
  MARK_FILLS,
  type Mark,
  clearMarks,
  markFindings,
  markNoteText,
  readWorkbookGrid,
  selectCell,
  sheetNames,
} from '../../../src/adapters/office';
import { type FakeExcel, createFakeExcel, snapshotWorkbook } from '../../fakes/excel';

/** A workbook whose cells already carry fills (solid, patterned, white) and notes, on a sheet named like a number. */
function workbook(): FakeExcel {
  const fake = createFakeExcel();
  const s = fake.workbook.addSheet('2018');
  s.setRawValue(0, 0, 'x');
  s.updateStyle(1, 1, (st) => void (st.fill = { color: '#FFFF00', pattern: 'Solid' }));
  s.notes.set(16384 + 1, { content: '原批注', author: 'u' }); // B2
  s.updateStyle(2, 2, (st) => void (st.fill = { color: '#FF0000', pattern: 'Gray25', patternColor: '#00FF00' }));
  s.notes.set(3 * 16384 + 3, { content: '用户说明', author: 'u' }); // D4
  s.updateStyle(4, 4, (st) => void (st.fill = { color: '#FFFFFF', pattern: 'Solid' }));
  const t = fake.workbook.addSheet('项目台账');
  t.setRawValue(5, 5, 100);
  t.notes.set(5 * 16384 + 5, { content: '=以等号开头的批注', author: 'u' }); // F6
  return fake;
}

const MARKS: Mark[] = [
  { sheet: '2018', row: 0, col: 0, message: '错误：必填字段为空', severity: 'error' },
  { sheet: '2018', row: 1, col: 1, message: '警告：金额疑似以元填写', severity: 'warning' },
  { sheet: '2018', row: 2, col: 2, message: '提示：未知列', severity: 'info' },
  { sheet: '2018', row: 3, col: 3, message: '错误：专利号校验位错误', severity: 'error' },
  { sheet: '2018', row: 4, col: 4, message: '警告：白色填充的单元格', severity: 'warning' },
  { sheet: '2018', row: 0, col: 0, message: '警告：同一单元格的第二条', severity: 'warning' },
  { sheet: '项目台账', row: 5, col: 5, message: '提示：F6', severity: 'info' },
  { sheet: '已删除的表', row: 0, col: 0, message: '无处可标', severity: 'error' },
];

describe('markFindings / clearMarks', () => {
  test('mark fills by severity and attaches notes (appending to an existing note) in 3 syncs (read, record, marks); the record is VeryHidden', async () => {
    const fake = workbook();
    const res = await fake.run((ctx) => markFindings(ctx, MARKS));
    expect(res).toEqual({ marked: 6, skipped: 1, commented: 0, protectedSheets: [] });
    expect(fake.stats.syncs).toBe(3);
    const s = snapshotWorkbook(fake).sheets[0];
    expect(s.cells.A1.style?.fill).toEqual({ color: MARK_FILLS.error, pattern: 'Solid' });
    expect(s.cells.B2.style?.fill).toEqual({ color: MARK_FILLS.warning, pattern: 'Solid' });
    expect(s.cells.C3.style?.fill?.color).toBe(MARK_FILLS.info);
    expect(s.notes.A1).toBe(markNoteText(['错误：必填字段为空', '警告：同一单元格的第二条'], null));
    expect(s.notes.B2).toBe(`原批注\n\n【绩效自评助手】\n警告：金额疑似以元填写`);
    expect(s.notes.D4).toBe(`用户说明\n\n【绩效自评助手】\n错误：专利号校验位错误`);
    const rec = fake.sheet(MARKS_SHEET);
    expect(rec.visibility).toBe('VeryHidden');
    // Record cells are text: the sheet named 2018 is not turned into a number, the note starting with = is not a formula.
    expect(rec.getValue(1, 0)).toBe('2018');
    expect(rec.formulas.size).toBe(0);
  });

  test('clear restores every touched cell exactly — fills (none, solid, patterned, white) and notes — and removes the record', async () => {
    const fake = workbook();
    const before = snapshotWorkbook(fake);
    await fake.run((ctx) => markFindings(ctx, MARKS));
    expect(snapshotWorkbook(fake)).not.toEqual(before);
    fake.resetStats();
    const res = await fake.run((ctx) => clearMarks(ctx));
    expect(res).toEqual({ restored: 6, kept: 0 });
    expect(fake.stats.syncs).toBe(3);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('清除标注 removes the VeryHidden record sheet, which Excel refuses to delete as it is (made Hidden first)', async () => {
    const fake = workbook();
    await fake.run((ctx) => markFindings(ctx, MARKS));
    expect(fake.sheet(MARKS_SHEET).visibility).toBe('VeryHidden');
    // Excel itself: deleting a VeryHidden sheet fails with InvalidOperation (office-js#365).
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(MARKS_SHEET).delete();
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.run((ctx) => clearMarks(ctx));
    expect(fake.workbook.findSheet(MARKS_SHEET)).toBeUndefined();
  });

  test('mark twice (other messages and severities), clear once: the original state comes back', async () => {
    const fake = workbook();
    const before = snapshotWorkbook(fake);
    await fake.run((ctx) => markFindings(ctx, MARKS));
    await fake.run((ctx) =>
      markFindings(ctx, [
        { sheet: '2018', row: 1, col: 1, message: '错误：第二次检查', severity: 'error' },
        { sheet: '2018', row: 6, col: 0, message: '新单元格', severity: 'info' },
      ]),
    );
    // The second run rebuilds the note from the original, it does not stack messages.
    expect(snapshotWorkbook(fake).sheets[0].notes.B2).toBe('原批注\n\n【绩效自评助手】\n错误：第二次检查');
    await fake.run((ctx) => clearMarks(ctx));
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('the record is read back by a fresh session (new context over the same workbook)', async () => {
    const fake = workbook();
    const before = snapshotWorkbook(fake);
    await markFindings(fake.context(), MARKS);
    fake.resetStats();
    await clearMarks(fake.context());
    expect(snapshotWorkbook(fake)).toEqual(before);
    expect(fake.stats.syncs).toBe(3);
  });

  test('what the user changed after marking is left alone on clearing', async () => {
    const fake = workbook();
    await fake.run((ctx) => markFindings(ctx, MARKS));
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('2018');
      ws.getRange('A1').format.fill.color = '#00B050';
      ws.notes.getItem('D4').content = '用户改过的批注';
    });
    const res = await fake.run((ctx) => clearMarks(ctx));
    const s = snapshotWorkbook(fake).sheets[0];
    expect(s.cells.A1.style?.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(s.notes.A1).toBeUndefined(); // our note on A1 was still ours: removed
    expect(s.notes.D4).toBe('用户改过的批注');
    expect(s.cells.D4).toBeUndefined(); // D4's fill was ours: restored to none (no cell state left)
    expect(res.restored).toBe(6);
    expect(fake.workbook.findSheet(MARKS_SHEET)).toBeUndefined();
  });

  test('clear without marks does nothing in one sync; the record sheet is invisible to reading and to sheetNames', async () => {
    const fake = workbook();
    const before = snapshotWorkbook(fake);
    expect(await fake.run((ctx) => clearMarks(ctx))).toEqual({ restored: 0, kept: 0 });
    expect(fake.stats.syncs).toBe(1);
    expect(snapshotWorkbook(fake)).toEqual(before);
    await fake.run((ctx) => markFindings(ctx, MARKS));
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx));
    expect(grid.sheets.map((g) => g.name)).toEqual(['2018', '项目台账']);
    expect(await fake.run((ctx) => sheetNames(ctx))).toEqual(['2018', '项目台账']);
  });
});

describe('marks that survive what Excel does', () => {
  test('the record is written before any mark: a mark sync that fails half-way leaves only marks that 清除标注 removes', async () => {
    const fake = workbook();
    const before = snapshotWorkbook(fake);
    // Excel batches are not transactional: the fills and notes queued before the failing action stay.
    fake.failOn((d) => d.type === 'NoteCollection' && d.op === 'call' && d.name === 'add');
    await expect(fake.run((ctx) => markFindings(ctx, MARKS))).rejects.toMatchObject({ code: 'GeneralException' });
    const half = snapshotWorkbook(fake).sheets[0];
    expect(half.cells.A1.style?.fill?.color).toBe(MARK_FILLS.error); // a fill made before the failure
    expect(fake.workbook.findSheet(MARKS_SHEET)).toBeDefined();
    await fake.run((ctx) => clearMarks(ctx));
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('a cell holding a threaded comment is left alone (Excel keeps a note or a threaded comment on a cell, not both)', async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('项目台账').comments.add('F7', '请核实本年拨付');
      await ctx.sync();
    });
    const before = snapshotWorkbook(fake);
    const marks: Mark[] = [
      { sheet: '项目台账', row: 6, col: 5, message: '错误：本年拨付超过财政支持资金', severity: 'error' },
      { sheet: '项目台账', row: 5, col: 5, message: '提示：F6', severity: 'info' },
    ];
    const res = await fake.run((ctx) => markFindings(ctx, marks));
    expect(res).toEqual({ marked: 1, skipped: 1, commented: 1, protectedSheets: [] });
    const after = snapshotWorkbook(fake).sheets.find((x) => x.name === '项目台账')!;
    expect(after.comments).toEqual({ F7: '请核实本年拨付' });
    expect(after.cells.F7).toEqual(before.sheets.find((x) => x.name === '项目台账')!.cells.F7);
    expect(after.notes.F7).toBeUndefined();
    expect(after.notes.F6).toContain('提示：F6');
    await fake.run((ctx) => clearMarks(ctx));
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('12,000 marked cells with long notes on Excel on the web: every request and response under 5 MB, in few syncs, and all cleared', async () => {
    const fake = createFakeExcel();
    const s = fake.workbook.addSheet('项目台账');
    for (let r = 0; r < 6000; r++) s.setRawValue(r + 2, 0, `XJZL2018-${r}`);
    const long = '错误：本年拨付（万元）超过财政支持资金与以前年度累计拨付之差，请核对台账与拨付文件。'.repeat(3);
    const marks: Mark[] = [];
    for (let r = 0; r < 6000; r++)
      for (const c of [0, 13]) marks.push({ sheet: '项目台账', row: r + 2, col: c, message: `${long}（第${r + 3}行）`, severity: 'error' });
    const before = snapshotWorkbook(fake);
    const res = await fake.run((ctx) => markFindings(ctx, marks));
    expect(res.marked).toBe(12000);
    const sent = fake.stats.payloads.filter((p) => !p.cleanup);
    expect(sent.every((p) => !p.error && p.requestBytes < 5_000_000 && p.responseBytes < 5_000_000)).toBe(true);
    // The budget is used: no more syncs than the bytes need at 3/4 of the limit each.
    const total = sent.reduce((n, p) => n + p.requestBytes, 0);
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(total / 3_750_000) + 2);
    expect(snapshotWorkbook(fake).sheets[0].notes.N6000).toContain('第6000行');

    fake.resetStats();
    await fake.run((ctx) => clearMarks(ctx));
    expect(fake.stats.payloads.every((p) => !p.error && p.requestBytes < 5_000_000 && p.responseBytes < 5_000_000)).toBe(true);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  test('a build whose payload limit is far below the budget: refused syncs are split and retried, nothing lost', async () => {
    const fake = createFakeExcel({ payloadLimitBytes: 400_000 });
    fake.workbook.addSheet('项目台账');
    const marks: Mark[] = Array.from({ length: 1500 }, (_, i) => ({
      sheet: '项目台账',
      row: i + 2,
      col: 3,
      message: `错误：第${i + 3}行`,
      severity: 'warning',
    }));
    const before = snapshotWorkbook(fake);
    expect((await fake.run((ctx) => markFindings(ctx, marks))).marked).toBe(1500);
    const refused = fake.stats.payloads.filter((p) => p.error);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((p) => p.error === 'RequestPayloadSizeLimitExceeded' || p.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(Object.keys(snapshotWorkbook(fake).sheets[0].notes)).toHaveLength(1500);
    await fake.run((ctx) => clearMarks(ctx));
    expect(snapshotWorkbook(fake)).toEqual(before);
  });
});

describe('task-pane helpers', () => {
  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const fake = workbook();
    await fake.run((ctx) => selectCell(ctx, '项目台账', 'F6'));
    expect(fake.stats.syncs).toBe(1);
    expect(fake.workbook.activeSheet?.name).toBe('项目台账');
    expect(fake.workbook.selection?.rect).toEqual({ r0: 5, c0: 5, r1: 5, c1: 5 });
    await expect(fake.run((ctx) => selectCell(ctx, '不存在', 'A1'))).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('createFakeExcel starts empty; sheetNames lists sheets in tab order', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('B');
    fake.workbook.addSheet('A');
    expect(await fake.run((ctx) => sheetNames(ctx))).toEqual(['B', 'A']);
  });
});
