import { checkWorkbook } from '../../src/model/check';
import { dateValue, errorValue, type CellValue } from '../../src/model/grid';
import { headerKey } from '../../src/model/read/text';
import { readAmount, readBool, readDate, readYear } from '../../src/model/read/values';
import { headerIndex, LEDGER_COLUMNS } from '../../src/model/read/columns';
import { INDICATOR_COLUMNS } from '../../src/model/read/indicatorColumns';
import { readProfile } from '../../src/model/read/profile';
import { readOpColumn } from '../../src/model/read/indicators';
import { readTable } from '../../src/model/read/table';
import { book, validRow, type Row } from './support/ledger';

const WAN = 1_000_000; // 分 per 万元

describe("workbook.md's bad-input table", () => {
  it.each<[CellValue, number]>([
    [1200, 1200 * WAN], ['1,200', 1200 * WAN], ['1，200', 1200 * WAN], ['１２００', 1200 * WAN], [' 1200 ', 1200 * WAN],
    ['1200万元', 1200 * WAN], ['12000000元', 1200 * WAN], ['(100)', -100 * WAN], ['（100）', -100 * WAN],
    ['37,590.1', 3759010 * WAN / 100], [37590.1, 37590100000],
  ])('amount %p → %p 分', (v, fen) => {
    expect(readAmount(v, '万元')).toEqual({ kind: 'ok', value: fen });
  });
  it.each<[string, number]>([
    ['20万', 20 * WAN], ['20万元', 20 * WAN], ['2.5万', 2.5 * WAN], ['1,200万', 1200 * WAN], ['２０万', 20 * WAN], ['200000元', 20 * WAN],
  ])('%p carries its own unit (a bare 万 is 万元), in a 元 column as in a 万元 one', (v, fen) => {
    expect(readAmount(v, '元')).toEqual({ kind: 'ok', value: fen });
    expect(readAmount(v, '万元')).toEqual({ kind: 'ok', value: fen });
  });
  it('a value in a column whose header says 元 is read in 元', () => {
    expect(readAmount(12000000, '元')).toEqual({ kind: 'ok', value: 1200 * WAN });
  });
  it.each<CellValue>([2018, '2018年', '２０１８', '2018年度', dateValue(2018, 5, 1)])('year %p → 2018', (v) => {
    expect(readYear(v)).toEqual({ kind: 'ok', value: 2018 });
  });
  it.each<CellValue>([43281, dateValue(2018, 6, 30), '2018-06-30', '2018/6/30', '2018.06.30', '2018年6月30日'])('date %p → 2018-06-30', (v) => {
    expect(readDate(v)).toEqual({ kind: 'ok', value: dateValue(2018, 6, 30) });
  });
  it.each<[CellValue, boolean]>([['是', true], ['否', false], ['Y', true], ['N', false], ['√', true], ['×', false], ['TRUE', true], [false, false]])('bool %p', (v, b) => {
    expect(readBool(v)).toEqual({ kind: 'ok', value: b });
  });
  it.each<CellValue>([errorValue('#N/A'), errorValue('#REF!'), '十二', '12..5', '2018-02-30'])('%p is unreadable, not a crash', (v) => {
    expect(readAmount(v, '万元').kind === 'bad' || readDate(v).kind === 'bad').toBe(true);
  });
  it('patent numbers with ZL/CN prefixes, spaces and full-width digits are one application number', () => {
    const forms = ['ZL201710736136.2', 'CN201710736136.2', '201710736136.2', '2017 1 0736136.2', 'ＺＬ２０１７１０７３６１３６．２'];
    for (const f of forms) {
      const r = checkWorkbook(book({ rows: [{ ...validRow(0), 专利号: f, 专利类型: '发明' }] }));
      expect(r.findings).toEqual([]);
    }
    const dup = checkWorkbook(book({ rows: [{ ...validRow(0), 专利号: forms[0] }, { ...validRow(1), 专利号: forms[3] }] }));
    expect(dup.findings.map((f) => f.rule)).toEqual(['L015']);
  });
  it('an unreadable value is L003 naming cell and raw text, and the row is still checked', () => {
    const r = checkWorkbook(book({ rows: [validRow(0), { ...validRow(1), 本年拨付: '#N/A', 法律状态: '失效' }] }));
    const l003 = r.findings.find((f) => f.rule === 'L003')!;
    expect((l003.params as { raw?: string }).raw).toBe('#N/A');
    expect(r.findings.map((f) => f.rule).sort()).toEqual(['L003', 'L009']);
  });
});

describe('headers', () => {
  it.each([
    ['财政支持资金（万元）', '财政支持资金', '万元'], ['财政支持资金(元)', '财政支持资金', '元'], ['财政支持资金/万元', '财政支持资金', '万元'],
    ['财政支持\n资金', '财政支持资金', undefined], [' 项目 编号 ', '项目编号', undefined], ['*项目名称', '项目名称', undefined],
  ])('%p → %p %p', (raw, key, unit) => {
    expect(headerKey(raw)).toEqual({ key, unit });
  });
  it('every alias of workbook.md maps to its column', () => {
    const idx = headerIndex(LEDGER_COLUMNS);
    for (const d of LEDGER_COLUMNS) for (const a of [d.header, ...d.aliases]) expect(idx.get(a)?.key).toBe(d.key);
    const ind = headerIndex(INDICATOR_COLUMNS);
    expect(ind.get('指标名称')?.key).toBe('level3');
    expect(ind.get('偏差原因')?.key).toBe('deviation');
  });
  it('finds the header below title rows, in shuffled order, with aliases and a 元 column', () => {
    const values: CellValue[][] = [
      ['2018年度项目台账'], ['单位：万元'],
      ['本年拨款(元)', '编号', '项目承担单位', '所属地区', '立项年份', '专利申请号', '专利法律状态', '总投资', '资助金额（万元）', '项目名称'],
      [150000, 'A-1', '某公司', '乌鲁木齐市', '2017年', '201710736136.2', '有效', 300, 30, '项目'],
    ];
    const t = readTable({ name: 'x', values }, LEDGER_COLUMNS)!;
    expect(t.headerRow).toBe(2);
    expect(t.columns.disbursed).toMatchObject({ col: 0, unit: '元' });
    expect(t.columns.approved).toMatchObject({ col: 8, unit: '万元' });
    const r = checkWorkbook({ sheets: [{ name: '配置', values: [['评价年度', 2018]] }, { name: '台账', values }] });
    expect(r.ledger!.projects[0].disbursed).toBe(15 * WAN);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('merged 地州市 gives its value to every row it spans; blank rows are skipped', () => {
    const rows = [validRow(0), validRow(1), validRow(2)].map((r): Row => ({ ...r, 地州市: null }));
    rows[0].地州市 = '昌吉回族自治州';
    const g = book({ rows, merges: [{ top: 1, left: 4, bottom: 3, right: 4 }] });
    const sheet = g.sheets[1];
    const withBlank = { ...sheet, values: [...sheet.values.slice(0, 3), [null, '  '], ...sheet.values.slice(3)], merges: [{ top: 1, left: 4, bottom: 4, right: 4 }] };
    const r = checkWorkbook({ sheets: [g.sheets[0], withBlank] });
    expect(r.ledger!.projects.map((p) => p.region)).toEqual(['昌吉回族自治州', '昌吉回族自治州', '昌吉回族自治州']);
    expect(r.findings).toEqual([]);
  });
});

describe('header merges', () => {
  it('a header cell merged down into the first body row does not become that row\'s value', () => {
    const g = book({ rows: [validRow(0), validRow(1)] });
    const sheet = g.sheets[1];
    // 备注 (column V) merged from the header row down over the first project
    const r = checkWorkbook({ sheets: [g.sheets[0], { ...sheet, merges: [{ top: 0, left: 21, bottom: 1, right: 21 }] }] });
    expect(r.ledger!.projects[0].note).toBeUndefined();
  });
});

describe('配置', () => {
  it('reads parameters with defaults, lists and units', () => {
    const { profile, findings } = readProfile({
      name: '配置',
      values: [['参数', '值'], ['评价年度', '2018年'], ['金额单位', '元'], ['全年预算数（万元）', 1200], ['全年执行数', 12000000],
        ['地区范围', '乌鲁木齐市、石河子市\n五家渠市'], ['其中：财政拨款执行数', '12,000,000'], ['执行率封顶', '0.7-0.8:89; 0.6-0.7:79'], ['主管部门', '某局']],
    });
    expect(findings).toEqual([]);
    expect(profile).toMatchObject({
      fiscalYear: 2018, unit: '元', budget: 1200 * WAN, executed: 1200 * WAN, executedFiscal: 1200 * WAN,
      regions: ['乌鲁木齐市', '石河子市', '五家渠市'], agency: '某局', implementer: '某局', scheme: '2020', maxCarryYears: 4,
      rateCaps: [{ lower: 0.7, upper: 0.8, cap: 89 }, { lower: 0.6, upper: 0.7, cap: 79 }],
    });
  });
  it('with a 参数 | 值 | 说明 header, a blank value stays blank: the note beside it is not taken for the value', () => {
    const { profile, findings, cells } = readProfile({
      name: '配置',
      values: [['参数', '值', '说明'], ['评价年度', 2018, '必填'], ['单项资助上限', null, '不设上限则留空'], ['最低带动比', '', '如 2，不设则留空']],
    });
    expect(findings).toEqual([]);
    expect(profile.fiscalYear).toBe(2018);
    expect(profile.maxApproved).toBeUndefined();
    expect(profile.minLeverage).toBeUndefined();
    expect(cells.maxApproved).toEqual({ row: 2, col: 1 });
  });
  it('最长结转年限 may be written 4年', () => {
    expect(readProfile({ name: '配置', values: [['最长结转年限', '3年']] })).toMatchObject({ profile: { maxCarryYears: 3 }, findings: [] });
  });
  it('an unreadable parameter is L003 at its cell', () => {
    const { findings } = readProfile({ name: '配置', values: [['评价年度', '明年']] });
    expect(findings).toMatchObject([{ rule: 'L003', row: 0, col: 1, params: { raw: '明年' } }]);
  });
});

describe('free text keeps its Chinese punctuation (it is printed in the 自评表)', () => {
  it('年度总体目标 / 实际完成情况 / 项目名称 of 配置 are read as written', () => {
    const goal = '支持重点项目，提升能力；开展培训（500人次）：达成。';
    const { profile } = readProfile({ name: '配置', values: [['年度总体目标', ` ${goal} `], ['实际完成情况', goal], ['项目名称', '专利实施（2018）']] });
    expect(profile).toMatchObject({ goal, goalResult: goal, projectName: '专利实施（2018）' });
  });
  it('三级指标, 年度指标值, 实际完成值 and 偏差原因 of 绩效指标 are read as written', () => {
    const r = checkWorkbook({
      sheets: [
        book().sheets[0], book().sheets[1],
        { name: '绩效指标', values: [['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '偏差原因分析及改进措施'],
          ['产出指标', '时效指标', '项目执行时间（合同期）', '定性', '在有效时间内，按期完成', '已达成，按期推进', '无；无偏差']] },
      ],
    });
    expect(r.indicators!.indicators[0]).toMatchObject({
      level3: '项目执行时间（合同期）', targetText: '在有效时间内，按期完成', actualText: '已达成，按期推进', deviation: '无；无偏差',
    });
  });
});

describe('指标性质', () => {
  it.each([['≥', '≥'], ['>=', '≥'], ['＞＝', '≥'], ['不低于', '≥'], ['大于等于', '≥'], ['≧', '≥'], ['≤', '≤'], ['不高于', '≤'], ['=', '='], ['定性', '定性'],
    ['正向', '≥'], ['反向', '≤'], ['定量', undefined], ['随便', undefined]])('the column says %p → %p', (t, op) => {
    expect(readOpColumn(t)).toBe(op);
  });
  it('is read from the target when the column is blank, and 一级/二级 fill down', () => {
    const r = checkWorkbook({
      sheets: [
        book().sheets[0], book().sheets[1],
        { name: '绩效指标', values: [['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值'],
          ['产出指标', '数量指标', '支持项目', null, '≥49', '家', 49], [null, null, '培训', '', '不低于500', '人次', '1100'], [null, '质量指标', '合格率', '=', '100%', '%', '100%']] },
      ],
    });
    expect(r.indicators!.indicators.map((i) => [i.level1, i.level2, i.op, i.target, i.actual])).toEqual([
      ['产出指标', '数量指标', '≥', 49, 49], ['产出指标', '数量指标', '≥', 500, 1100], ['产出指标', '质量指标', '=', 100, 100],
    ]);
  });
});
