/**
 * The 配置 sheet under the names people give it (workbook.md: found by its name, else by its content):
 * `配置（2018）`, `配置表`, `项目基本信息`, `2018配置`, a `Sheet1` with a `参数 | 值` header. Not found, its
 * budget was lost: the 自评表 scored 预算执行率 as "—" (90 of 100) with a W009 that said 全年预算数 was
 * empty, and its 预算单位 and goals fell back to the defaults.
 */
import { checkWorkbook } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const base = sampleWorkbookGrid();
const renamed = (profileName: string, others: (s: GridSheet) => GridSheet = (s) => s): Grid => ({
  sheets: base.sheets.map((s) => (s.name === SAMPLE_SHEETS.profile ? { ...s, name: profileName } : others(s))),
});

describe('the 配置 sheet found by its content', () => {
  it.each(['配置（2018）', '配置（２０１８）', '配置表', '2018配置', '项目基本信息', '参数设置', 'Sheet1'])('%s: read as 配置, the budget scored as with 配置', (name) => {
    const want = evaluateWorkbook(base);
    const e = evaluateWorkbook(renamed(name));
    expect(e.check.sheets.profile).toBe(name);
    expect(e.check.profile).toEqual(want.check.profile);
    expect(e.findings.map((f) => f.rule)).toEqual(want.findings.map((f) => f.rule));
    expect(e.selfEval?.total).toBe(want.selfEval?.total);
  });
  it('a sheet without a 配置 name and without a 参数 | 值 header is not one (a 自评表 kept in the workbook: 项目名称 | …)', () => {
    const selfEval: GridSheet = {
      name: '2018年度绩效自评表',
      values: [['项目支出绩效自评表'], ['项目名称', '某项目'], ['主管部门', '某局', null, '实施单位', '某局'], ['年度总体目标', '…']],
    };
    const grid: Grid = { sheets: [selfEval, ...base.sheets.filter((s) => s.name !== SAMPLE_SHEETS.profile)] };
    expect(checkWorkbook(grid).sheets.profile).toBeUndefined();
  });
  it('a ledger under a 基本信息 name whose header starts with 项目名称 stays the ledger', () => {
    const ledger = base.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
    const header = ledger.values.findIndex((r) => r[0] === '项目编号');
    // 项目名称 first: the id column moved to the end
    const values = ledger.values.map((r, i): CellValue[] => (i < header ? [...r] : [...r.slice(1), r[0]]));
    const grid: Grid = { sheets: base.sheets.filter((s) => s.name !== SAMPLE_SHEETS.profile && s.name !== SAMPLE_SHEETS.ledger).concat([{ name: '项目基本信息', values }]) };
    const c = checkWorkbook(grid);
    expect(c.sheets.profile).toBeUndefined();
    expect(c.ledgerSheets).toEqual(['项目基本信息']);
  });
  it('a hidden 配置表 is taken when no visible sheet is one; beside a visible one, the visible one', () => {
    const profile = base.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;
    const hidden: GridSheet = { ...profile, name: '配置表', hidden: true };
    const others = base.sheets.filter((s) => s !== profile);
    expect(checkWorkbook({ sheets: [hidden, ...others] }).sheets.profile).toBe('配置表');
    const old: GridSheet = { ...profile, name: '配置（旧）', hidden: true, values: [...profile.values, ['最长结转年限', 3]] };
    expect(checkWorkbook({ sheets: [old, { ...profile, name: '配置（2019）' }, ...others] }).sheets.profile).toBe('配置（2019）');
  });
  it('a sheet of 参数 | 值 before one that explains the parameters (参数说明: 参数 | 说明), whatever their order', () => {
    const profile = base.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;
    // every parameter explained, and one more than the 配置 gives (as a template's notes do)
    const notes: GridSheet = { name: '参数说明', values: [['参数', '说明'], ...profile.values.slice(1).map((r) => [r[0], `${String(r[0])}：按通知要求填写`]), ['最长结转年限', '默认 3 年']] };
    const others = base.sheets.filter((s) => s !== profile);
    const c = checkWorkbook({ sheets: [notes, { ...profile, name: '配置表' }, ...others] });
    expect(c.sheets.profile).toBe('配置表');
    expect(c.findings.filter((f) => f.sheet === '参数说明')).toEqual([]);
  });
  it('a lone 参数说明 (参数 | 说明, no 值 column) is no 配置: its notes are not read as values (L003 on 填写评价的年度，如 2018)', () => {
    const profile = base.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;
    const notes: GridSheet = { name: '参数说明', values: [['参数', '说明'], ['评价年度', '填写评价的年度，如 2018'], ['预算单位', '填写预算单位全称'], ['全年预算数', '调整后预算，单位万元']] };
    const others = base.sheets.filter((s) => s !== profile);
    const c = checkWorkbook({ sheets: [notes, ...others] });
    expect(c.sheets.profile).toBeUndefined();
    expect(c.findings.filter((f) => f.sheet === '参数说明')).toEqual([]);
    expect(c.fiscalYear).toBe(2018); // from the ledger's title, as without any 配置
    // 参数 | 值 | 说明: the values are there, the notes beside them: a 配置
    const withValues: GridSheet = { name: '参数说明', values: [['参数', '值', '说明'], ...profile.values.slice(1).map((r) => [r[0], r[1], '按通知要求填写'])] };
    expect(checkWorkbook({ sheets: [withValues, ...others] }).sheets.profile).toBe('参数说明');
  });
  it.each([
    ['项目基本信息表', ['项目', '内容', '备注']],
    ['参数设置', ['参数', '填写内容', '填写说明']],
  ])('%s headed %j is a 配置: its values under a header of other words, its remarks after them (review34)', (name, header) => {
    // ec1e754 took any notes header after the names for a 参数说明: such a 配置 was dropped, its budget lost (W009)
    const profile = base.sheets.find((s) => s.name === SAMPLE_SHEETS.profile)!;
    const others = base.sheets.filter((s) => s !== profile);
    const sheet: GridSheet = { name, values: [header, ...profile.values.slice(1).map((r, i) => [r[0], r[1], i === 0 ? '按通知要求填写' : null])] };
    const c = checkWorkbook({ sheets: [sheet, ...others] });
    expect(c.sheets.profile).toBe(name);
    expect(c.findings).toEqual([]);
  });
});
