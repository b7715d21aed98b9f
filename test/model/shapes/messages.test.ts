/** Issue 12, item 9: messages that say what to do — one test per message. */
import { checkWorkbook } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { LEDGER_TITLE, sampleWorkbookGrid } from '../../../src/model/sample';
import { ledgerWithAbove, withLedger } from '../../support/shapes';

const texts = (g: Grid, rule: string): string[] => checkWorkbook(g).findings.filter((f) => f.rule === rule).map((f) => findingText(f));
const column = (sheet: GridSheet, header: string, cell: (r: number, v: CellValue) => CellValue): GridSheet => {
  const c = sheet.values.findIndex((r) => r.includes(header));
  const col = sheet.values[c].indexOf(header);
  return { ...sheet, values: sheet.values.map((r, i) => (i <= c ? r : r.map((v, k) => (k === col ? cell(i, v) : v)))) };
};

describe('S001 names the sheet that came closest and the headers it recognised there', () => {
  it('a sheet with only two known headers', () => {
    const base = sampleWorkbookGrid();
    const odd: GridSheet = { name: 'Sheet1', values: [['序号', '项目名称', '单位名称', '金额'], [1, '项目甲', '公司甲', 10]] };
    const g: Grid = { sheets: [...base.sheets.filter((s) => s.name !== '项目台账'), odd] };
    const f = checkWorkbook(g).findings.filter((x) => x.rule === 'S001');
    expect(f).toEqual([expect.objectContaining({ variant: 'closest', sheet: 'Sheet1', params: expect.objectContaining({ closest: 'Sheet1', headers: ['项目名称', '承担单位'], count: 2 }) })]);
    expect(findingText(f[0])).toContain('最接近的是工作表“Sheet1”，但其中只识别出 2 个列标题（项目名称、承担单位）');
  });
  it('no sheet with any known header: the plain message', () => {
    const g: Grid = { sheets: [{ name: '说明', values: [['本文件说明'], ['无数据']] }] };
    expect(checkWorkbook(g).findings.filter((x) => x.rule === 'S001').map((x) => x.variant)).toEqual([undefined]);
  });
});

describe('S002 names a few accepted headers and how many there are', () => {
  it('地州市 missing: six of its headers and 等 N 个 (the message listed all of them, a line and a half of the list)', () => {
    const base = sampleWorkbookGrid();
    const ledger = base.sheets.find((x) => x.name === '项目台账')!;
    const h = ledger.values.findIndex((r) => r.includes('地州市'));
    const col = ledger.values[h].indexOf('地州市');
    const without: GridSheet = { ...ledger, values: ledger.values.map((r) => r.filter((_, k) => k !== col)), merges: [] };
    const [f] = checkWorkbook({ sheets: base.sheets.map((x) => (x === ledger ? without : x)) }).findings.filter((x) => x.rule === 'S002');
    const all = (f.params as { readonly aliases: ReadonlyArray<string> }).aliases; // the finding's data keep every header (jx check --json)
    expect(all.length).toBeGreaterThan(6);
    expect(findingText(f)).toBe(`缺少必填列“地州市”（可用的列标题：${all.slice(0, 6).join('、')} 等 ${all.length} 个）。`);
    expect(findingText(f, 'en-US')).toBe(`Required column "地州市" is missing (accepted headers: ${all.slice(0, 6).join(', ')}… (${all.length} in all)).`);
    expect(all[0]).toBe('地州市');
  });
});

describe('M006 names a few accepted headers and how many there are, as S002 does (stop 37: it listed all seven)', () => {
  it('a year-end sample monitored: six of 监控期完成值\'s headers and 等 7 个, then the header its span makes', () => {
    const e = evaluateWorkbook(sampleWorkbookGrid(), { layout: 'monitor', generatedAt: 'T' });
    const [f] = e.findings.filter((x) => x.rule === 'M006');
    const all = (f.params as { readonly aliases: ReadonlyArray<string> }).aliases; // --json keeps every header
    expect(all.length).toBe(7);
    expect(findingText(f)).toContain(`（可用的列标题：${all.slice(0, 6).join('、')} 等 7 个，或“1—7月执行情况”）`);
    expect(findingText(f, 'en-US')).toContain(`(accepted headers: ${all.slice(0, 6).join(', ')}… (7 in all), or "1—7月执行情况")`);
  });
});

describe('S005 says where the year was looked for', () => {
  const noTitle = (): GridSheet => ledgerWithAbove([]);
  it('no 配置 sheet', () => {
    const base = sampleWorkbookGrid();
    const g: Grid = { sheets: [noTitle(), ...base.sheets.filter((s) => s.name === '绩效指标')] };
    const [t] = texts(g, 'S005');
    expect(t).toContain('工作簿中没有“配置”工作表');
    expect(t).toContain('台账标题（标题行之上无文字）和工作表名称（项目台账、绩效指标）中也没有年度');
  });
  it('配置 without a 评价年度 row', () => {
    const base = withLedger(ledgerWithAbove([['XX项目台账']]));
    const g: Grid = { sheets: base.sheets.map((s) => (s.name === '配置' ? { ...s, values: s.values.filter((r) => r[0] !== '评价年度') } : s)) };
    const [t] = texts(g, 'S005');
    expect(t).toContain('“配置”中没有“评价年度”一行');
    expect(t).toContain('台账标题（XX项目台账）和工作表名称（配置、项目台账、绩效指标、报告素材）');
  });
  it('配置 with 评价年度 left blank: names its cell', () => {
    const base = withLedger(ledgerWithAbove([]));
    const g: Grid = { sheets: base.sheets.map((s) => (s.name === '配置' ? { ...s, values: s.values.map((r) => (r[0] === '评价年度' ? ['评价年度', null] : r)) } : s)) };
    const f = checkWorkbook(g).findings.filter((x) => x.rule === 'S005');
    expect(f).toEqual([expect.objectContaining({ variant: 'blank', sheet: '配置' })]);
    expect(findingText(f[0])).toMatch(/“配置”中的“评价年度”（B\d+）为空/);
  });
  it('a year in the ledger title is enough', () => {
    const base = sampleWorkbookGrid();
    const g: Grid = { sheets: [ledgerWithAbove([[LEDGER_TITLE]]), ...base.sheets.filter((s) => s.name === '绩效指标')] };
    expect(texts(g, 'S005')).toEqual([]);
  });
});

describe('a required column missing or mostly empty is one finding, not one per row', () => {
  it('a required column present but empty on every row: one S002', () => {
    const g = withLedger(column(ledgerWithAbove([[LEDGER_TITLE]]), '专利号', () => null));
    const f = checkWorkbook(g).findings;
    expect(f.filter((x) => x.rule === 'L002')).toEqual([]);
    const s002 = f.filter((x) => x.rule === 'S002');
    expect(s002).toEqual([expect.objectContaining({ variant: 'empty', row: 1, col: 7 })]);
    expect(findingText(s002[0])).toBe('必填列“专利号”（H2）整列为空。');
  });
  it('a required column missing entirely: one S002, no L002 under it', () => {
    const sheet = ledgerWithAbove([[LEDGER_TITLE]]);
    const col = sheet.values[1].indexOf('法律状态');
    const g = withLedger({ ...sheet, values: sheet.values.map((r) => r.filter((_, c) => c !== col)) });
    const f = checkWorkbook(g).findings.filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.rule, (x.params as { field?: string }).field])).toEqual([['S002', '法律状态']]);
  });
  it('a required column empty on most rows: one L002 with the count and the first rows', () => {
    const g = withLedger(column(ledgerWithAbove([[LEDGER_TITLE]]), '承担单位', (r, v) => (r % 3 === 0 ? v : null)));
    const f = checkWorkbook(g).findings.filter((x) => x.rule === 'L002');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ variant: 'column', row: 1, col: 2, params: { field: '承担单位', total: 169 } });
    expect(findingText(f[0])).toMatch(/^必填项“承担单位”在 11\d 行（共 169 行）为空，如 C3、C5、C6、C8、C9；请补全此列。$/);
  });
  it('a few blank cells stay one finding per cell', () => {
    const g = withLedger(column(ledgerWithAbove([[LEDGER_TITLE]]), '承担单位', (r, v) => (r < 5 ? null : v)));
    expect(checkWorkbook(g).findings.filter((x) => x.rule === 'L002').map((x) => x.row)).toEqual([2, 3, 4]);
  });
});
