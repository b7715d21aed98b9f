/**
 * How finance staff write values the readers must take as they mean them (sweep A6, A7, C14):
 * "nothing" written as a placeholder (`-`, `—`, `/`, `无` …), dates typed as the number 20180826,
 * and a minus typed as U+2212 or full-width.
 */
import { checkWorkbook } from '../../../src/model/check';
import { dateValue, serialToDate, type CellValue } from '../../../src/model/grid';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { PLACEHOLDERS, readPoints, readAmount, readBool, readCount, readDate, readNumber, readText, readYear, dateYearValue, yearValue, Unreadable } from '../../../src/model/read/values';
import { LEDGER_COLUMNS } from '../../../src/model/read/columns';
import { book, HEADERS, indicators, scoredBook, validRow, type Header, type Row } from '../support/ledger';

/** A project's fields and the findings' rules, cells and parameters for one row written as given. */
function outcome(row: Row): { project: unknown; findings: unknown[] } {
  const r = checkWorkbook(book({ rows: [validRow(0), row, validRow(2)] }));
  const { row: _at, ...project } = r.ledger!.projects[1];
  void _at;
  return { project, findings: r.findings.map((f) => [f.rule, f.variant, f.row, f.col, f.params]) };
}

// The written forms: each placeholder, padded and full-width where it has a full-width form.
const WRITTEN = [...PLACEHOLDERS, '－', '／', '－－', '——', ' 无 ', '\u3000暂无', 'Ｎ／Ａ', 'N/A ', '—\n'];

describe('a placeholder that says "nothing" reads as an empty cell; in a money or count column as 0', () => {
  // Every field type of the ledger: amounts (required and optional), year, patent, text
  // (required and optional), code, dates, count, boolean.
  const FIELDS: Header[] = HEADERS.filter((h) => h !== '项目编号');
  /** Money and counts: a dash or 无 there is the usual way to write "none", i.e. 0 (a finance officer's reading, the review's finding). */
  const ZERO = new Set(LEDGER_COLUMNS.filter((c) => c.type === 'amount' || c.type === 'count').map((c) => c.header));

  it.each(WRITTEN)('%p in every field gives what a blank there gives (what 0 gives in a money or count column)', (text) => {
    let zeros = 0;
    for (const field of FIELDS) {
      const same = outcome({ ...validRow(1), [field]: ZERO.has(field) ? 0 : null });
      const written = outcome({ ...validRow(1), [field]: text });
      expect([field, written]).toEqual([field, same]);
      if (ZERO.has(field)) zeros++;
    }
    expect(zeros).toBeGreaterThanOrEqual(3); // amounts and a count were among them
  });

  it('so a required text field still gets its L002 为空, a required amount written － is 0 (no L002), an optional field passes, and no L003 is given', () => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 本年拨付: '－', 项目名称: '无', 以前年度累计拨付: '/', 统一社会信用代码: '暂无', 合同结束日期: '—', 新申请专利数: 'N/A', 贯标认证: '-' }, validRow(1)] }));
    expect(r.findings.map((f) => [f.rule, (f.params as Record<string, unknown>).field])).toEqual([['L002', '项目名称']]);
    const p = r.ledger!.projects[0];
    expect([p.disbursed, p.priorDisbursed, p.creditCode, p.contractEnd, p.newPatents, p.certified]).toEqual([0, 0, undefined, undefined, 0, undefined]);
  });

  it('a placeholder is no 项目编号 or 专利号 to repeat: rows that write 无 are no duplicates (L004/L015)', () => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 项目编号: '无', 专利号: '/' }, { ...validRow(1), 项目编号: '无', 专利号: '/' }, validRow(2)] }));
    expect(r.findings.map((f) => [f.rule, (f.params as Record<string, unknown>).field])).toEqual([['L002', '项目编号'], ['L002', '专利号'], ['L002', '项目编号'], ['L002', '专利号']]);
  });

  it.each<CellValue>(['0', 0, '０', '无效', '无锡市', '-5', '/5', '-- 5', 'NA/A', '空调'])('%p is a value (or unreadable), not a placeholder', (v) => {
    expect(readText(v).kind).toBe('ok');
    expect(readAmount(v, '万元').kind).not.toBe('empty');
  });

  it('every reader agrees: numbers, years, dates, booleans and texts read it as empty; amounts and counts as 0', () => {
    for (const t of WRITTEN) {
      for (const r of [readNumber(t), readYear(t), readDate(t), readBool(t), readText(t)]) expect([t, r.kind]).toEqual([t, 'empty']);
      for (const r of [readAmount(t, '万元'), readCount(t)]) expect([t, r]).toEqual([t, { kind: 'ok', value: 0 }]);
    }
  });
});

describe('a date typed as the number yyyymmdd', () => {
  it.each<[number, CellValue]>([
    [20180826, dateValue(2018, 8, 26)], [20210825, dateValue(2021, 8, 25)], [20200229, dateValue(2020, 2, 29)], [19000101, dateValue(1900, 1, 1)],
  ])('%p is that date', (n, d) => {
    expect(readDate(n)).toEqual({ kind: 'ok', value: d });
  });
  it.each([20180230, 20181301, 20180800, 20190229, 18991231, 2018082, 201808260, 20180826.5])('%p is no date (L003), as the same text is none', (n) => {
    expect(readDate(n).kind).toBe('bad');
  });
  it('under a date-named year heading (立项时间) it is its year, as the date cell is (unseen6: 20181105 was L003 “无法识别”); no calendar day, or under 立项年度, none', () => {
    const year = (read: typeof yearValue, v: string | number): number | string | undefined => {
      const r = read(v);
      return r instanceof Unreadable ? 'unreadable' : r;
    };
    expect(['20180305', 20191231, 20200229, '2018 0305', 20190229, '20181301', 201803051, 2018].map((v) => year(dateYearValue, v))).toEqual([2018, 2019, 2020, 2018, 'unreadable', 'unreadable', 'unreadable', 2018]);
    expect(['20180305', 20191231].map((v) => year(yearValue, v))).toEqual(['unreadable', 'unreadable']);
  });
  it('serials keep their meaning', () => {
    expect(readDate(43281)).toEqual({ kind: 'ok', value: dateValue(2018, 6, 30) });
    expect(readDate(109574)).toEqual({ kind: 'ok', value: dateValue(2199, 12, 31) });
  });
  it('a ledger with number dates reads them as the text dates, so L016 compares them', () => {
    const asNumbers = checkWorkbook(book({ rows: [{ ...validRow(0), 合同开始日期: 20180826, 合同结束日期: 20170825 }] }));
    const asText = checkWorkbook(book({ rows: [{ ...validRow(0), 合同开始日期: '20180826', 合同结束日期: '20170825' }] }));
    expect(asNumbers.findings.map((f) => [f.rule, f.params])).toEqual([['L016', { start: '2018-08-26', end: '2017-08-25' }]]);
    expect(asNumbers.findings).toEqual(asText.findings);
  });
  it.each([2018, 1900, 2100, 2020])('%p typed alone in a date column is a year, no day of 1905: L003 naming the cell and the value, as the same text is', (n) => {
    expect(readDate(n)).toEqual({ kind: 'bad', raw: String(n) });
    expect(readDate(String(n))).toEqual({ kind: 'bad', raw: String(n) });
  });
  it('2018 in 合同开始日期 of a ledger: L003 on that cell, the date left out', () => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 合同开始日期: 2018 }] }));
    expect(r.ledger!.projects[0].contractStart).toBeUndefined();
    expect(r.findings.map((f) => [f.rule, f.params])).toEqual([['L003', { field: '合同开始日期', raw: '2018', expected: 'date' }]]);
    expect(r.findings[0]).toMatchObject({ row: 1 });
  });
  it('2018 typed into a date-formatted cell (the host gives the day 1905-07-10): L003 on that cell, the date left out', () => {
    // Excel and WPS keep the number 2018 under the column's yyyy/m/d and show it, and hand it over, as 1905/7/10
    const shown = serialToDate(2018)!;
    expect(shown).toEqual(dateValue(1905, 7, 10));
    expect(readDate(shown)).toEqual({ kind: 'bad', raw: '1905-07-10' });
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 合同开始日期: shown }] }));
    expect(r.ledger!.projects[0].contractStart).toBeUndefined();
    expect(r.findings.map((f) => [f.rule, f.row, f.params])).toEqual([['L003', 1, { field: '合同开始日期', raw: '1905-07-10', expected: 'date' }]]);
    // the days around them are no year typed alone: 1899 and 2101 as serials are days of 1905 too, read as such
    expect(readDate(serialToDate(1899)!)).toEqual({ kind: 'ok', value: serialToDate(1899) });
  });
  it('is a date in date fields only: an amount of 20180826 stays an amount', () => {
    expect(readAmount(20180826, '元')).toEqual({ kind: 'ok', value: 2018082600 });
  });
});

describe('a minus typed as U+2212 or full-width', () => {
  it.each(['−5', '－5', '-5', '−5万元', '− 5', '−5.00', '－０５'])('%p is −5 万元', (t) => {
    expect(readAmount(t, '万元')).toEqual({ kind: 'ok', value: -5_000_000 });
  });
  it.each(['−1,200.5', '－1，200.5'])('%p is −1200.5 with its separators', (t) => {
    expect(readAmount(t, '万元')).toEqual({ kind: 'ok', value: -1_200_500_000 });
    expect(readNumber(t)).toEqual({ kind: 'ok', value: -1200.5 });
  });
  it('a count −3 is −3', () => {
    expect(readCount('−3')).toEqual({ kind: 'ok', value: -3 });
  });
  it('so the ledger gives L012 (negative), not L003', () => {
    const r = checkWorkbook(book({ rows: [{ ...validRow(0), 以前年度累计拨付: '−5', 培训人次: '−3' }] }));
    expect(r.findings.map((f) => [f.rule, (f.params as Record<string, unknown>).field, (f.params as Record<string, unknown>).value])).toEqual([['L012', '以前年度累计拨付', '-5'], ['L012', '培训人次', '-3']]);
  });
});

describe('分值 and 得分 written with 分 (sweep C5)', () => {
  it.each<[CellValue, number]>([['20分', 20], ['20 分', 20], ['20.5分', 20.5], ['２０分', 20], [' 15分 ', 15], [20, 20], ['20', 20]])('%p is %p points', (v, n) => {
    expect(readPoints(v)).toEqual({ kind: 'ok', value: n });
  });
  it.each(['分', '二十分', '20分钟', '20分分', 'A分'])('%p is no number of points', (t) => {
    expect(readPoints(t)).toEqual({ kind: 'bad', raw: t });
  });
  it('an indicator table whose 分值 and 得分 say 分 scores as the same table with numbers', () => {
    const numbers = evaluateWorkbook(scoredBook());
    const withFen = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 分值: '50分' }, 1: { 分值: '30 分', 得分: '30分' }, 2: { 分值: '10分' } }) }));
    expect(withFen.findings).toEqual(numbers.findings);
    expect(withFen.selfEval?.total).toBeDefined();
    expect(withFen.selfEval?.total).toBe(numbers.selfEval?.total);
    expect(withFen.check.indicators?.indicators.map((i) => i.points)).toEqual([50, 30, 10]);
  });
});

describe('dates as systems and people also write them (sweep 31: 96 and 170 false L003 on a11/a12)', () => {
  it.each<[string, CellValue]>([
    ['2018-08-26 00:00:00', dateValue(2018, 8, 26)], ['2018-8-6 0:00', dateValue(2018, 8, 6)], ['2018/8/26 12:30:00', dateValue(2018, 8, 26)],
    ['2018-08-26T00:00:00', dateValue(2018, 8, 26)], ['2018.08.26 00:00:00.000', dateValue(2018, 8, 26)], ['2018年8月26号', dateValue(2018, 8, 26)],
    ['2018年8月26日 00:00', dateValue(2018, 8, 26)], ['18-8-26', dateValue(2018, 8, 26)], ['18/8/26', dateValue(2018, 8, 26)], ['18.08.26', dateValue(2018, 8, 26)],
    ['29-1-1', dateValue(2029, 1, 1)], ['99-12-31', dateValue(1999, 12, 31)], ['43338', dateValue(2018, 8, 26)], [' 43281 ', dateValue(2018, 6, 30)],
    // the year last (unseen42): month first as en-US Excel shows and exports a date, the day first where the first is no month
    ['3/25/2020', dateValue(2020, 3, 25)], ['3/5/2020', dateValue(2020, 3, 5)], ['03/05/2020 0:00', dateValue(2020, 3, 5)], ['25/3/2020', dateValue(2020, 3, 25)], ['12/31/2019', dateValue(2019, 12, 31)],
  ])('%p is that date', (t, d) => {
    expect(readDate(t)).toEqual({ kind: 'ok', value: d });
  });
  it.each<[string, CellValue]>([
    ['2018-08-26T00:00:00+00:00', dateValue(2018, 8, 26)], ['2018-08-26T00:00:00.000Z', dateValue(2018, 8, 26)], ['2018-08-26T00:00:00Z', dateValue(2018, 8, 26)],
    ['2018-08-26T08:00:00+08:00', dateValue(2018, 8, 26)], ['2018-08-25T16:00:00.000Z', dateValue(2018, 8, 25)], ['2018-08-26 00:00:00+0800', dateValue(2018, 8, 26)],
  ])('ISO 8601 with its zone (ExcelJS, JavaScript into a CSV): %p is the day as written', (t, d) => {
    expect(readDate(t)).toEqual({ kind: 'ok', value: d });
  });
  it.each([2019.03, 2019.1, 2018.5])('a year and month typed as the number %p is no day of 1905 (L003, named as written)', (n) => {
    expect(readDate(n)).toEqual({ kind: 'bad', raw: String(n) });
  });
  it('a serial in text follows the workbook\'s 1904 date system', () => {
    expect(readDate('41876', true)).toEqual({ kind: 'ok', value: dateValue(2018, 8, 26) });
  });
  it.each<[string, CellValue]>([
    ['二〇二〇年三月五日', dateValue(2020, 3, 5)], ['二零二零年十二月三十一日', dateValue(2020, 12, 31)], ['二○二○年十月二十号', dateValue(2020, 10, 20)],
    ['二零二零年3月', dateValue(2020, 3, 1)], ['2020年三月', dateValue(2020, 3, 1)], ['2020年十一月十日', dateValue(2020, 11, 10)], ['2019年二月二十九日', null],
    ['二〇二〇年十三月', null], ['2020年二二月', null], ['2020年三十二月', null], ['二〇二〇年三月三十二日', null],
  ])('in Chinese numerals (read43): %p is that date, the month’s first without a day', (t, d) => {
    expect(readDate(t)).toEqual(d ? { kind: 'ok', value: d } : { kind: 'bad', raw: t });
  });
  it('its year is the year of a 立项年度 written so', () => {
    expect(readYear('二〇二〇年三月')).toEqual({ kind: 'ok', value: 2020 });
  });
  it.each(['2018-02-30 00:00:00', '18-13-1', '18-2-30', '2018年8月32号', '4333', '433380', '43338.5x', '2018-08-26 25', '2018-08-26 下午', '2/30/2020', '13/13/2020', '3/5/20', '3-5-2020'])('%p is no date (L003)', (t) => {
    expect(readDate(t).kind).toBe('bad');
  });
});

describe('years as systems write them (sweep 31)', () => {
  it.each<[string, number]>([['2018.0', 2018], ['2018.00', 2018], ['2018-06', 2018], ['2018-05-12', 2018], ['2018年5月', 2018], ['2018.5', 2018], ['2018/5/12 00:00:00', 2018],
    ['3/25/2020', 2020], ['2018年第一批', 2018], ['2018年度第2批', 2018], ['2018年（第二批）', 2018], ['2018年第十批次', 2018], ['2018年下半年', 2018]])('%p is %p', (t, y) => {
    expect(readYear(t)).toEqual({ kind: 'ok', value: y });
  });
  it.each(['2018.5.40', '18', '2018-13', '二〇一八', '2018年第一百批', '第一批'])('%p is no year (L003)', (t) => {
    expect(readYear(t).kind).toBe('bad');
  });
});

describe('amounts and counts with the unit as people write it (sweep 31)', () => {
  it.each<[string, number]>([
    ['1.2亿', 12_000_000_000], ['1.2亿元', 12_000_000_000], ['0.05亿元', 500_000_000], ['-1.5亿', -15_000_000_000], ['1.2e1亿', 120_000_000_000],
    ['35万 元', 35_000_000], ['35（万元）', 35_000_000], ['350000(元)', 35_000_000], ['35 万元', 35_000_000],
  ])('%p is %p 分', (t, fen) => {
    expect(readAmount(t, '万元')).toEqual({ kind: 'ok', value: fen });
  });
  it.each<[string, '万元' | '元', number]>([
    ['￥1,234.50', '万元', 123_450], ['¥ 1234.5', '万元', 123_450], ['（￥1,234.50）', '万元', -123_450], ['￥12.5万', '元', 12_500_000], ['￥12.5万元', '万元', 12_500_000], ['￥1,234.50', '元', 123_450],
  ])('the yuan sign is 元 whatever the column says (unseen42): %p under %p is %p 分', (t, unit, fen) => {
    expect(readAmount(t, unit)).toEqual({ kind: 'ok', value: fen });
  });
  it.each<[string, '万元' | '元', number]>([
    ['人民币1,234.50元', '万元', 123_450], ['人民币1234.5', '万元', 123_450], ['人民币12.5万元', '元', 12_500_000], ['（人民币1,234.50）', '万元', -123_450],
    ['12.5万元整', '元', 12_500_000], ['1,234.50元整', '万元', 123_450], ['人民币1,200元整', '万元', 120_000],
    ['（万元）12.5', '元', 12_500_000], ['(元)1,234.50', '万元', 123_450], ['（万元）（12.5）', '元', -12_500_000],
  ])('words around the number (read43): %p under %p is %p 分 (人民币 is the yuan, as ￥; a unit before it says it as one after)', (t, unit, fen) => {
    expect(readAmount(t, unit)).toEqual({ kind: 'ok', value: fen });
  });
  it.each(['亿', '1.2亿亿', '约1亿', '35万元（含配套）'])('%p is no amount (L003)', (t) => {
    expect(readAmount(t, '万元').kind).toBe('bad');
  });
  it.each<[string, number]>([['12名', 12], ['12（人次）', 12], ['12 (人)', 12]])('a count %p is %p', (t, n) => {
    expect(readCount(t)).toEqual({ kind: 'ok', value: n });
  });
});

describe('a leading apostrophe kept in the text (a CSV export\'s or a typed \'2018) is not part of the value (sweep 31)', () => {
  it('every reader reads past it', () => {
    expect(readText("'XJZL2018-001")).toEqual({ kind: 'ok', value: 'XJZL2018-001' });
    expect(readYear("'2018")).toEqual({ kind: 'ok', value: 2018 });
    expect(readAmount("'35.5", '万元')).toEqual({ kind: 'ok', value: 35_500_000 });
    expect(readCount("'12")).toEqual({ kind: 'ok', value: 12 });
    expect(readDate("'2018-06-30")).toEqual({ kind: 'ok', value: dateValue(2018, 6, 30) });
    expect(readText("'").kind).toBe('empty');
  });
  it('a ledger row written so has no finding (it had L010, L007 and three L003)', () => {
    const row = { ...validRow(0), 统一社会信用代码: "'914403001922038216", 专利号: "'200710308494.X", 项目编号: "'XJZL2017-001", 立项年度: "'2017", 本年拨付: "'15", 合同开始日期: "'2017-06-30" };
    expect(checkWorkbook(book({ rows: [row, validRow(1)] })).findings).toEqual([]);
  });
});

describe('an Excel serial in a year column whose header names a date (立项日期 of a CSV saved from Excel)', () => {
  /** The first project's 立项年度 and its L003s, the column headed `header`. */
  const cohort = (header: string, v: CellValue): { year: number | undefined; l003: number } => {
    const g = book({ rows: [{ ...validRow(0), 立项年度: v }, validRow(1)] });
    (g.sheets[1].values[0] as CellValue[])[HEADERS.indexOf('立项年度')] = header;
    const r = checkWorkbook(g);
    return { year: r.ledger?.projects[0].cohortYear, l003: r.findings.filter((f) => f.rule === 'L003').length };
  };
  it.each<[string, CellValue, number]>([['立项日期', 43771, 2019], ['立项日期', '43771', 2019], ['下达时间', 43466.5, 2019], ['立项时间', '2019年3月', 2019], ['批复日期', 2018, 2018]])(
    'under %p, %p is %p',
    (h, v, y) => expect(cohort(h, v)).toEqual({ year: y, l003: 0 }),
  );
  it.each<[string, CellValue]>([['立项年度', 43771], ['立项年度', '43771'], ['立项日期', 5], ['立项日期', 123456], ['立项日期', '4377']])('under %p, %p is no year (L003)', (h, v) => {
    expect(cohort(h, v)).toEqual({ year: undefined, l003: 1 });
  });
});

/**
 * read45: an amount written in 大写 in a ledger's amount cell, as on a voucher (壹佰万元整, 人民币伍拾万元): the amount, to
 * the 分, whatever the column's unit (万元); anything else in 大写 stays unreadable (L003), as before. It was L003 always.
 */
describe('an amount in 大写', () => {
  it.each([
    ['壹拾伍万元整', 15],
    ['人民币壹拾伍万元', 15],
    ['壹拾伍万零叁佰元零伍分', 15.030005],
  ])('%s in 本年拨付 (万元) reads as %s 万元, no finding', (written, wan) => {
    expect(outcome({ ...validRow(1), 本年拨付: written })).toEqual(outcome({ ...validRow(1), 本年拨付: wan }));
  });
  it('readAmount: the amount in 分, in a column of 元 or 万元', () => {
    expect(readAmount('壹佰万元整', '万元')).toEqual({ kind: 'ok', value: 100_000_000 });
    expect(readAmount('人民币伍拾万元', '元')).toEqual({ kind: 'ok', value: 50_000_000 });
  });
  it.each(['拾伍万元', '壹拾伍万', '壹拾伍万元整（大写）'])('%s is unreadable (L003) as before', (written) => {
    const l003 = (outcome({ ...validRow(1), 本年拨付: written }).findings as Array<[string, unknown, number, number, { raw?: string }]>).filter((f) => f[0] === 'L003');
    expect(l003.map((f) => f[4].raw)).toEqual([written]);
  });
});
