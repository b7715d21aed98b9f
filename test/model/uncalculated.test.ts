/**
 * S016 stands for what the blanks of formulas saved without results would otherwise be taken for: S002 整列为空 of the
 * column, L002's blanks of its rows; the blanks the formulas do not account for are still said. No 自评表 on them.
 */
import { evaluateWorkbook } from '../../src/model/evaluate';
import { structuralErrors } from '../../src/model/selfeval/draft';
import { formatFinding } from '../../src/model/messages';
import { uncalculatedBook } from './rules/sheets.cases';

const ids = (g: Parameters<typeof evaluateWorkbook>[0]): string[] => evaluateWorkbook(g).findings.map((f) => `${f.rule}${f.variant ? '.' + f.variant : ''}@${f.sheet}!${f.col}:${f.row}`);

describe('S016: formulas saved without results', () => {
  test('a whole column of them: one S016 at its first cell, no S002 整列为空, and it keeps a 自评表 from being built', () => {
    const g = uncalculatedBook([1, 2, 3]);
    const found = evaluateWorkbook(g).findings;
    expect(ids(g)).toContain('S016@项目台账!11:1');
    expect(found.filter((f) => f.rule === 'S002' || f.rule === 'L002')).toEqual([]);
    expect(structuralErrors(found).map((f) => f.rule)).toEqual(['S016']);
    const s016 = found.find((f) => f.rule === 'S016')!;
    expect(formatFinding(s016, 'zh-CN')).toContain('“财政支持资金”列（L2:L4）有 3 个公式单元格没有保存计算结果（如 L2：=M2+N2）');
    expect(formatFinding(s016, 'zh-CN')).toContain('请用 Excel 或 WPS 打开后保存一次（会重新计算公式），再检查');
    expect(formatFinding(s016, 'en-US')).toContain('3 formula cell(s) in column "财政支持资金" (L2:L4) were saved without their results (e.g. L2: =M2+N2)');
    // the same blanks without the formulas: S002 整列为空, as before
    const blank = uncalculatedBook([1, 2, 3]);
    const plain = { sheets: blank.sheets.map(({ uncalculated: _u, ...s }) => s) };
    expect(ids(plain)).toContain('S002.empty@项目台账!11:0');
    expect(ids(plain)).not.toContain('S016@项目台账!11:1');
  });

  test('one such formula: S016 instead of that row\'s L002; a blank the formulas do not account for is still said', () => {
    expect(ids(uncalculatedBook([2]))).toContain('S016@项目台账!11:2');
    expect(ids(uncalculatedBook([2])).filter((x) => x.startsWith('L002'))).toEqual([]);
    /** `g` with the 财政支持资金 of ledger row `row` blank (not a formula). */
    const blankAt = (g: ReturnType<typeof uncalculatedBook>, row: number) => ({ sheets: g.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((v, c) => (c === 11 ? null : v)) : r)) } : s)) });
    // rows 1-2 formulas, row 3 blank, row 4 filled: row 3's L002 stays
    const got = ids(blankAt(uncalculatedBook([1, 2], false, 4), 3));
    expect(got).toContain('S016@项目台账!11:1');
    expect(got.filter((x) => x.startsWith('L002') || x.startsWith('S002'))).toEqual(['L002@项目台账!11:3']);
    // rows 1-2 formulas, row 3 blank: the column is blank on every row, and not only by its formulas — S002 整列为空 stays too
    const all = ids(blankAt(uncalculatedBook([1, 2]), 3));
    expect(all).toContain('S016@项目台账!11:1');
    expect(all).toContain('S002.empty@项目台账!11:0');
  });

  test('formulas with gaps between them (every other row has its result): L002 gives way on exactly the rows listed, a blank between them is still said', () => {
    /** `g` with the 财政支持资金 of ledger rows `rows` blank (not formulas). */
    const blankAt = (g: ReturnType<typeof uncalculatedBook>, rows: number[]) => ({ sheets: g.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: s.values.map((r, i) => (rows.includes(i) ? r.map((v, c) => (c === 11 ? null : v)) : r)) } : s)) });
    const l002 = (g: ReturnType<typeof uncalculatedBook>): string[] => ids(g).filter((x) => x.startsWith('L002') || x.startsWith('S002'));
    // formulas on rows 1, 3, 5 (4 and 6 have their results; 2 is a plain blank)
    const g = blankAt(uncalculatedBook([1, 3, 5], false, 6), [2]);
    expect(ids(g)).toContain('S016@项目台账!11:1');
    expect(l002(g)).toEqual(['L002@项目台账!11:2']);
    // formulas filling their span from first to last (one run) give way on every row of it
    expect(l002(uncalculatedBook([1, 2, 3, 4], false, 6))).toEqual([]);
    // 1,100 formulas on every third row (1,100 runs), a plain blank at row 3,000: that blank alone is said
    const many = Array.from({ length: 1100 }, (_, i) => 3 * i + 1);
    expect(l002(blankAt(uncalculatedBook(many, false, 3300), [3000]))).toEqual(['L002@项目台账!11:3000']);
    // runs read out of order (rows listed backwards in a hostile file) hold the same rows
    const backwards = (g: ReturnType<typeof uncalculatedBook>) => ({ sheets: g.sheets.map((s) => (s.uncalculated ? { ...s, uncalculated: s.uncalculated.map((u) => ({ ...u, runs: [5, 5, 3, 3, 1, 1] })) } : s)) });
    expect(l002(backwards(blankAt(uncalculatedBook([1, 3, 5], false, 6), [2])))).toEqual(['L002@项目台账!11:2']);
  });

  test('on a sheet the check does not read: a warning, nothing refused', () => {
    const found = evaluateWorkbook(uncalculatedBook([], true)).findings;
    expect(found.filter((f) => f.rule === 'S016').map((f) => `${f.severity}@${f.sheet}`)).toEqual(['warning@汇总']);
    expect(structuralErrors(found)).toEqual([]);
  });
});
