/**
 * A county's ledger counts under its prefecture (counties.ts): a sheet per county (伊宁市, 霍城县, 奎屯市), a file named
 * after a county, a county written in the 地州市 column. Before, each was S002 (缺少必填列“地州市”) or L006 (不在地区范围内)
 * on every project, and jx merge counted none of them under 伊犁哈萨克自治州.
 */
import { readWorkbookFile } from '../../../src/adapters/file';
import { checkAcross } from '../../../src/model/across';
import { consolidate } from '../../../src/model/across/consolidate';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingText } from '../../../src/model/messages';
import type { CellValue, GridSheet } from '../../../src/model/grid';
import { XINJIANG_COUNTIES } from '../../../src/model/read/counties';
import { DEFAULT_REGIONS, matchRegion, XINJIANG_PREFECTURES } from '../../../src/model/read/regions';
import { regionFromSheetName, regionNamedIn } from '../../../src/model/read/regionNames';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { toCsv, withLedger } from '../../support/shapes';

const allowed = new Set(DEFAULT_REGIONS);
const ILI = '伊犁哈萨克自治州';

describe('the county table', () => {
  it('names each county once, under one of the 14 prefectures, by a full name (县, 市, 区)', () => {
    for (const [county, prefecture] of XINJIANG_COUNTIES) {
      expect(XINJIANG_PREFECTURES).toContain(prefecture);
      expect(county).toMatch(/[县市区]$/);
      expect(XINJIANG_PREFECTURES).not.toContain(county);
    }
  });

  it.each([['伊宁市', ILI], ['霍城县', ILI], ['奎屯市', ILI], ['库尔勒市', '巴音郭楞蒙古自治州'], ['昌吉市', '昌吉回族自治州'], ['新疆维吾尔自治区阜康市', '昌吉回族自治州']])('%p in the 地州市 column counts under %p', (county, prefecture) => {
    expect(matchRegion(county, allowed, XINJIANG_COUNTIES)).toEqual({ kind: 'county', official: prefecture });
  });

  it('a county whose prefecture the fund does not list is not in its range; short names are no county', () => {
    expect(matchRegion('伊宁市', new Set(['乌鲁木齐市', '自治区本级']), XINJIANG_COUNTIES).kind).toBe('unknown');
    expect(matchRegion('伊宁', allowed, XINJIANG_COUNTIES).kind).toBe('unknown');
  });

  it('sheet names, titles and file names', () => {
    expect(regionFromSheetName('霍城县', allowed, XINJIANG_COUNTIES)).toBe(ILI);
    expect(regionFromSheetName('3.奎屯市项目', allowed, XINJIANG_COUNTIES)).toBe(ILI);
    expect(regionNamedIn(['伊宁市2018年度项目台账.csv'], allowed, XINJIANG_COUNTIES)).toBe(ILI);
    expect(regionNamedIn(['填报单位：伊宁市知识产权局'], allowed, XINJIANG_COUNTIES)).toBe(ILI);
    // two prefectures' counties: no one's
    expect(regionNamedIn(['伊宁市、昌吉市项目汇总'], allowed, XINJIANG_COUNTIES)).toBeUndefined();
  });

  it('a word that starts with a district\'s name is no district: 天山区域 is no 天山区 (late36)', () => {
    expect(regionNamedIn(['2018年环天山区域项目台账.csv'], allowed, XINJIANG_COUNTIES)).toBeUndefined();
    expect(regionNamedIn(['环天山区域项目台账', '昌吉州'], allowed, XINJIANG_COUNTIES)).toBe('昌吉回族自治州');
    expect(regionFromSheetName('天山区域项目', allowed, XINJIANG_COUNTIES)).toBeUndefined();
    expect(regionNamedIn(['天山区2018年度项目台账'], allowed, XINJIANG_COUNTIES)).toBe('乌鲁木齐市');
    expect(regionFromSheetName('天山区', allowed, XINJIANG_COUNTIES)).toBe('乌鲁木齐市');
  });
});

const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
const header = ledger.values.findIndex((r) => r.includes('地州市'));
const regionCol = ledger.values[header].indexOf('地州市');
const body = ledger.values.slice(header + 1).filter((r) => r.some((v) => v !== null));
const COUNTIES = ['伊宁市', '霍城县', '奎屯市'];
const withoutRegion = (r: ReadonlyArray<CellValue>): CellValue[] => r.filter((_, c) => c !== regionCol);

describe('a county\'s ledger', () => {
  it('a sheet per county without a 地州市 column: no S002, every project under 伊犁哈萨克自治州', () => {
    const sheets: GridSheet[] = COUNTIES.map((name, i) => ({
      name,
      values: [['2018年度项目台账'], withoutRegion(ledger.values[header]), ...body.filter((_, k) => k % 3 === i).map(withoutRegion)],
    }));
    const ev = evaluateWorkbook(withLedger(sheets));
    expect(ev.findings.filter((f) => f.rule === 'S002' || f.rule === 'L006')).toEqual([]);
    expect(ev.check.ledgerSheets).toEqual(COUNTIES);
    expect(ev.check.ledger!.projects).toHaveLength(body.length);
  });

  it('a CSV named after its county, without a 地州市 column: no S002; merged under 伊犁哈萨克自治州', async () => {
    const sheet = { name: 'x', values: [['2018年度项目台账'], withoutRegion(ledger.values[header]), ...body.slice(0, 12).map(withoutRegion)] };
    const r = await readWorkbookFile(new TextEncoder().encode(toCsv(sheet)), '伊宁市.csv');
    if (!r.ok) throw new Error('unreadable');
    expect(evaluateWorkbook(r.grid, { fileName: '伊宁市.csv' }).findings.filter((f) => f.rule === 'S002')).toEqual([]);
    const merged = consolidate(checkAcross([{ file: '伊宁市.csv', grid: r.grid }]));
    expect(merged.regions.map((x) => [x.region, x.projects])).toEqual([[ILI, 12]]);
  });

  it('counties in the 地州市 column: an info each (L006.county), counted under the prefecture; under 县市区 no word', () => {
    const values = ledger.values.map((r, i) => (i > header ? r.map((v, c) => (c === regionCol ? COUNTIES[i % 3] : v)) : r));
    const ev = evaluateWorkbook(withLedger({ ...ledger, values }));
    const l006 = ev.findings.filter((f) => f.rule === 'L006');
    expect(l006).toHaveLength(body.length);
    expect(l006.every((f) => f.severity === 'info' && f.variant === 'county')).toBe(true);
    expect(findingText(l006[0], 'zh-CN')).toMatch(/^项目 .+：地州市“(伊宁市|霍城县|奎屯市)”是县（市、区），按其所属的“伊犁哈萨克自治州”计。$/);
    expect(findingText(l006[0], 'en-US').replace(/伊宁市|霍城县|奎屯市|伊犁哈萨克自治州/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
    const merged = consolidate(checkAcross([{ file: 'a.xlsx', grid: withLedger({ ...ledger, values }) }]));
    expect(merged.regions.map((x) => [x.region, x.projects])).toEqual([[ILI, body.length]]);
    // the consolidated 项目台账 counts each under its prefecture (地州市, what the 汇总 sums by) and keeps what the row wrote
    // (原填地州市): stop 37 wrote 伊犁哈萨克自治州 over 伊宁市, the county then said only in L006's note
    const layout = merged.sheets.flatMap((x) => (x.layout?.name === '项目台账' ? [x.layout] : []))[0];
    const head = layout.cells.filter((c) => c.row === layout.table!.first - 1).sort((a, b) => a.col - b.col).map((c) => c.value);
    const [at, kept] = [head.indexOf('地州市'), head.indexOf('原填地州市')];
    expect(layout.table!.rows.map((r) => [r[at], r[kept]])).toEqual(body.map((_, k) => [ILI, COUNTIES[(k + header + 1) % 3]]));
    // a row that wrote the prefecture's official name has nothing to keep there
    const plain = consolidate(checkAcross([{ file: 'b.xlsx', grid: withLedger(ledger) }])).sheets.flatMap((x) => (x.layout?.name === '项目台账' ? [x.layout] : []))[0];
    expect(plain.table!.rows.every((r) => r[kept] === null)).toBe(true);
    const county = values.map((r, i) => (i === header ? r.map((v, c) => (c === regionCol ? '县市区' : v)) : r));
    expect(evaluateWorkbook(withLedger({ ...ledger, values: county })).findings.filter((f) => f.rule === 'L006' || f.rule === 'S002')).toEqual([]);
  });
});

describe('a 行政区划代码 in the ledger (stop 38 Left: unseen38, messages38)', () => {
  // 652300 昌吉回族自治州, 650100 乌鲁木齐市, 652200 哈密地区 (before 2016), 652300000000 the 统计用区划代码 of 昌吉州;
  // 652901 阿克苏市 and 654002000000 伊宁市 are counties
  const CODES: ReadonlyArray<readonly [CellValue, string, 'short' | 'county']> = [
    ['652300', '昌吉回族自治州', 'short'],
    [652300, '昌吉回族自治州', 'short'],
    ['650100', '乌鲁木齐市', 'short'],
    [652200, '哈密市', 'short'],
    ['652300000000', '昌吉回族自治州', 'short'],
    ['652901', '阿克苏地区', 'county'],
    [654002000000, ILI, 'county'],
  ];
  const coded = (head: string): GridSheet => ({
    ...ledger,
    values: ledger.values.map((r, i) => (i === header ? r.map((v, c) => (c === regionCol ? head : v)) : i > header ? r.map((v, c) => (c === regionCol ? CODES[i % CODES.length][0] : v)) : r)),
  });
  const expected = body.map((_, k) => CODES[(k + header + 1) % CODES.length]);

  it('a prefecture\'s code under a real 地州市 header is that prefecture written as its code (L006.short), a county\'s code a county (L006.county)', () => {
    const ev = evaluateWorkbook(withLedger(coded('地州市')));
    const l006 = ev.findings.filter((f) => f.rule === 'L006');
    // stop 38: 652300 under 地州市 said 地州市“652300”是县（市、区）
    expect(l006.map((f) => [f.params.region, (f.params as { official?: string }).official, f.variant])).toEqual(expected.map(([code, p, kind]) => [String(code), p, kind]));
    expect(l006.every((f) => f.severity === 'info')).toBe(true);
    expect(findingText(l006[0], 'zh-CN')).toBe(`项目 ${String(ledger.values[header + 1][0])}：地州市“${String(expected[0][0])}”不是规范名称，按“${expected[0][1]}”读取。`);
  });

  it('under a 行政区划代码 header no word; jx merge keeps each code as written in 原填地州市, a number too', () => {
    const grid = withLedger(coded('行政区划代码'));
    expect(evaluateWorkbook(grid).findings.filter((f) => f.rule === 'L006' || f.rule === 'S002')).toEqual([]);
    const layout = consolidate(checkAcross([{ file: 'a.xlsx', grid }])).sheets.flatMap((x) => (x.layout?.name === '项目台账' ? [x.layout] : []))[0];
    const head = layout.cells.filter((c) => c.row === layout.table!.first - 1).sort((a, b) => a.col - b.col).map((c) => c.value);
    const [at, kept] = [head.indexOf('地州市'), head.indexOf('原填地州市')];
    // stop 38: a code Excel held as a number (652300) left 原填地州市 blank, the submitter's code lost
    expect(layout.table!.rows.map((r) => [r[at], r[kept]])).toEqual(expected.map(([code, p]) => [p, String(code)]));
  });
});
