/**
 * Sweep C6: header names finance staff write for the ledger's columns, each read as its field (one
 * registry: LEDGER_COLUMNS' aliases) — the sample under these headers gives the plain sample's
 * check, figures and 自评表.
 */
import { checkWorkbook } from '../../../src/model/check';
import type { CellValue, Grid } from '../../../src/model/grid';
import { headerIndex, LEDGER_COLUMNS, matchHeader } from '../../../src/model/read/columns';
import { INDICATOR_COLUMNS } from '../../../src/model/read/indicatorColumns';
import { readTable } from '../../../src/model/read/table';
import { LEDGER_HEADERS, SAMPLE_SHEETS, sampleWorkbookGrid } from '../../../src/model/sample';
import { ledgerWithAbove, withLedger } from '../../support/shapes';
import { expectSameAsSample } from './expect';

function renamed(names: Record<string, string>, cell?: (key: string, v: CellValue) => CellValue) {
  const base = ledgerWithAbove([]);
  const [header, ...body] = base.values;
  const keys = LEDGER_HEADERS.map(([k]) => k);
  return withLedger({
    ...base,
    values: [header.map((h) => names[String(h)] ?? h), ...body.map((r) => (cell ? r.map((v, c) => cell(keys[c], v)) : r))],
  });
}

describe('common header names (sweep C6)', () => {
  it.each([
    ['项目编号', '项目编码', 'id'],
    ['承担单位', '项目负责单位', 'unit'],
    ['立项年度', '立项时间', 'cohortYear'],
    ['专利号', '专利号/申请号', 'patentNo'],
    ['法律状态', '专利状态', 'legalStatus'],
    ['财政支持资金', '批复金额', 'approved'],
  ])('%s written as %s', (canonical, written, key) => {
    const e = expectSameAsSample(renamed({ [canonical]: written }));
    expect((e.check.ledger!.table.columns as Record<string, { header: string }>)[key].header).toBe(written);
  });
  it('all six at once, 立项时间 holding dates (2018-05-12): the year is the cohort', () => {
    const names = { 项目编号: '项目编码', 承担单位: '项目负责单位', 立项年度: '立项时间', 专利号: '专利号/申请号', 法律状态: '专利状态', 财政支持资金: '批复金额' };
    expectSameAsSample(renamed(names, (k, v) => (k === 'cohortYear' && typeof v === 'number' ? { kind: 'date', year: v, month: 5, day: 12 } as CellValue : v)));
  });
});

/** The sample with its 绩效指标 headers renamed (the rest as it is). */
function indicatorsRenamed(names: Record<string, string>): Grid {
  const base = sampleWorkbookGrid();
  return {
    sheets: base.sheets.map((s) =>
      s.name === SAMPLE_SHEETS.indicators ? { ...s, values: [s.values[0].map((h) => names[String(h)] ?? h), ...s.values.slice(1)] } : s),
  };
}

describe('indicator headers as the provinces\' forms write them (sweep31-forms)', () => {
  // Each was unknown: 本年度指标值 left every target out (W005 on each row, total 10.00); 全年实际完成值 every actual.
  it.each([
    ['年度指标值', '本年度指标值', 'target'],
    ['年度指标值', '本年指标值', 'target'],
    ['年度指标值', '全年指标值', 'target'],
    ['实际完成值', '全年实际完成值', 'actual'],
    ['实际完成值', '年度实际完成值', 'actual'],
    ['实际完成值', '实际完成情况', 'actual'],
    ['分值', '指标分值', 'points'],
    ['分值', '满分', 'points'],
    ['得分', '实际得分', 'score'],
    ['偏差原因分析及改进措施', '未完成原因分析', 'deviation'],
    ['年度指标值', '2018年度指标值', 'target'],
    ['实际完成值', '2018年实际完成值', 'actual'],
  ])('%s written as %s', (canonical, written, key) => {
    const e = expectSameAsSample(indicatorsRenamed({ [canonical]: written }));
    expect((e.check.indicators!.table.columns as Record<string, { header: string }>)[key].header).toBe(written);
  });
  it('all at once: 本年度指标值, 全年实际完成值, 指标分值, 实际得分, 偏差原因及改进措施', () => {
    expectSameAsSample(indicatorsRenamed({ 年度指标值: '本年度指标值', 实际完成值: '全年实际完成值', 分值: '指标分值', 得分: '实际得分', 偏差原因分析及改进措施: '偏差原因及改进措施' }));
  });
  it.each(['1-6月完成情况', '1至9月完成值', '截至目前完成情况'])('the monitoring column written %s is 监控期完成值', (written) => {
    expect(headerIndex(INDICATOR_COLUMNS).get(written)?.key).toBe('monitored');
  });
  it('another year before an indicator header is not this year\'s column (2018年实际完成值 beside a 2019 request\'s 2019年度指标值)', () => {
    const base = indicatorsRenamed({ 年度指标值: '2019年度指标值', 实际完成值: '2018年实际完成值' });
    const grid = { sheets: base.sheets.map((s) => (s.name === '配置' ? { ...s, values: s.values.map((r) => (r[0] === '评价年度' ? ['评价年度', 2019] : r)) } : s)) };
    const cols = checkWorkbook(grid).indicators!.table.columns;
    expect([cols.target?.header, cols.actual?.header]).toEqual(['2019年度指标值', undefined]);
  });
  it('two years side by side, 2017年度 | 2018年度 each over 年度指标值 | 实际完成值: the fiscal year\'s columns, wherever they stand', () => {
    // The 2017 pair came first and was read as this year's: every indicator scored on last year's figures (55, 差),
    // with only S003 "two columns read as 年度指标值" to say so.
    const base = sampleWorkbookGrid();
    const sheet = base.sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
    const [header, ...body] = sheet.values;
    const col = (h: string): number => header.indexOf(h);
    const [t, a] = [col('年度指标值'), col('实际完成值')];
    const rest = header.map((_, c) => c).filter((c) => c !== t && c !== a);
    const first = rest.filter((c) => c < t);
    const last = rest.filter((c) => c > t);
    for (const years of [['2017年度', '2018年度'], ['2018年', '2019年']]) {
      const at = (y: string): number => first.length + 2 * years.indexOf(y);
      const top: CellValue[] = [...first.map((c) => header[c]), years[0], null, years[1], null, ...last.map((c) => header[c])];
      const leaves: CellValue[] = [...first.map(() => null), '年度指标值', '实际完成值', '年度指标值', '实际完成值', ...last.map(() => null)];
      const rows = body.map((r) => {
        const pair = (y: string): CellValue[] => (y === '2018年度' || y === '2018年' ? [r[t], r[a]] : ['≥1', 1]);
        return [...first.map((c) => r[c]), ...pair(years[0]), ...pair(years[1]), ...last.map((c) => r[c])];
      });
      const merges = [
        ...years.map((y) => ({ top: 0, left: at(y), bottom: 0, right: at(y) + 1 })),
        ...top.map((_, c) => c).filter((c) => leaves[c] === null).map((c) => ({ top: 0, left: c, bottom: 1, right: c })),
      ];
      const grid = { sheets: base.sheets.map((s) => (s === sheet ? { ...s, values: [top, leaves, ...rows], merges } : s)) };
      const e = expectSameAsSample(grid, ['S004']);
      const cols = e.check.indicators!.table.columns;
      expect([cols.target!.col, cols.actual!.col]).toEqual([at(years.find((y) => y.startsWith('2018'))!), at(years.find((y) => y.startsWith('2018'))!) + 1]);
    }
  });
  it('a year before a ledger header is not read off (2017年拨付 in a 2018 ledger is not this year\'s payment)', () => {
    expect(matchHeader('2017年拨付', headerIndex(LEDGER_COLUMNS))).toBeUndefined();
  });
  it.each(['预计全年完成情况', '全年预计完成'])('%s is 全年预计完成值', (written) => {
    expect(headerIndex(INDICATOR_COLUMNS).get(written)?.key).toBe('forecast');
  });
});

describe('money headers written with the year instead of 本年/以前年度 (sweep 31)', () => {
  it.each([
    ['2018年拨付资金', '截至2017年底累计拨付'],
    ['2018年度拨付（万元）', '2017年及以前年度拨付'],
    ['2018年拨付', '2018年以前拨付'],
  ])('%s and %s are 本年拨付 and 以前年度累计拨付 in a 2018 ledger', (disbursed, prior) => {
    const e = expectSameAsSample(renamed({ 本年拨付: disbursed, 以前年度累计拨付: prior }));
    expect(e.check.ledger!.table.columns.disbursed!.header).toBe(disbursed);
    expect(e.check.ledger!.table.columns.priorDisbursed!.header).toBe(prior);
  });
  it('a two-row header: 拨付情况（万元） over 2017年及以前 | 2018年', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const at = (h: string): number => header.indexOf(h);
    const top = header.map((h, c) => (c === at('以前年度累计拨付') ? '拨付情况（万元）' : c === at('本年拨付') ? null : h));
    const leaves = header.map((h, c) => (c === at('以前年度累计拨付') ? '2017年及以前' : c === at('本年拨付') ? '2018年' : null));
    const merges = header.flatMap((_, c) => (c === at('以前年度累计拨付') ? [{ top: 0, left: c, bottom: 0, right: c + 1 }] : c === at('本年拨付') ? [] : [{ top: 0, left: c, bottom: 1, right: c }]));
    expectSameAsSample(withLedger({ ...base, values: [top, leaves, ...body], merges }));
  });
  it('another year\'s column (2017年拨付 in a 2018 ledger, one year of a breakdown) is not 本年拨付', () => {
    const base = ledgerWithAbove([]);
    const [header, ...body] = base.values;
    const grid = withLedger({ ...base, values: [[...header, '2017年拨付'], ...body.map((r) => [...r, 99])] });
    const e = expectSameAsSample(grid, ['S004']);
    expect(e.check.ledger!.table.columns.disbursed!.header).toBe('本年拨付');
    expect(e.findings.find((f) => f.rule === 'S004')?.params).toMatchObject({ headers: ['2017年拨付'] });
  });
});

describe('a year written in a header: one rule for the ledger and the indicators (columns.ts yearInHeader)', () => {
  const headerOf = (t: ReturnType<typeof readTable>): Record<string, string | undefined> =>
    Object.fromEntries(Object.entries(t!.columns).map(([k, c]) => [k, (c as { header: string }).header]));
  const LEDGER_HEAD = ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '财政支持资金'];
  const ledger = (title: string | null, more: string[]) =>
    readTable({ name: '台账', values: [...(title ? [[title]] : []), [...LEDGER_HEAD, ...more], ['A-1', '项目', '某公司', '乌鲁木齐市', 2017, 30, ...more.map(() => 1)]] }, LEDGER_COLUMNS);
  const INDICATOR_HEAD = ['一级指标', '二级指标', '三级指标'];
  const indicators = (title: string | null, more: string[], fiscalYear?: number) =>
    readTable({ name: '绩效指标', values: [...(title ? [[title]] : []), [...INDICATOR_HEAD, ...more], ['产出指标', '数量指标', '支持项目数', ...more.map(() => 1)]] }, INDICATOR_COLUMNS, fiscalYear);

  it('the sheet\'s year names the column in either catalogue, written with full-width digits or a required-marker * too', () => {
    // The ledger's headers were read by their own rule, which read neither ２０１８年 nor *2018年; the indicators' by another.
    expect(headerOf(ledger('2018年度项目台账', ['２０１８年拨付资金', '*截至2017年底累计拨付', '2018年培训人次']))).toMatchObject({
      disbursed: '２０１８年拨付资金', priorDisbursed: '*截至2017年底累计拨付', trainees: '2018年培训人次',
    });
    expect(headerOf(indicators('2018年度绩效自评表', ['２０１８年度指标值', '*2018年实际完成值', '2018年得分']))).toMatchObject({
      target: '２０１８年度指标值', actual: '*2018年实际完成值', score: '2018年得分',
    });
  });
  it('another year\'s column is no field in either catalogue', () => {
    const l = ledger('2018年度项目台账', ['2017年拨付', '2016年底累计拨付']);
    expect([l!.columns.disbursed, l!.columns.priorDisbursed]).toEqual([undefined, undefined]);
    const i = indicators(null, ['2019年度指标值', '2018年实际完成值'], 2019);
    expect([i!.columns.target?.header, i!.columns.actual]).toEqual(['2019年度指标值', undefined]);
  });
  it('a sheet of no known year: the indicators\' target and actual are read (a sheet of one year), a ledger\'s money is not', () => {
    expect(headerOf(indicators(null, ['2018年度指标值', '2018年实际完成值', '2018年得分']))).toEqual({
      level1: '一级指标', level2: '二级指标', level3: '三级指标', target: '2018年度指标值', actual: '2018年实际完成值',
    });
    expect(ledger(null, ['2018年拨付资金'])!.columns.disbursed).toBeUndefined();
  });
});

describe('a year group over ledger columns (sweep-read)', () => {
  const sheet = (title: string | null) => ({
    name: '台账',
    values: [
      ...(title ? [[title]] : []),
      ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '2018年', null],
      [null, null, null, null, null, '以前年度累计拨付', '本年拨付'],
      ['A-1', '项目', '某公司', '乌鲁木齐市', 2017, 10, 5],
    ],
    merges: [{ top: title ? 1 : 0, left: 5, bottom: title ? 1 : 0, right: 6 }, ...[0, 1, 2, 3, 4].map((c) => ({ top: title ? 1 : 0, left: c, bottom: title ? 2 : 1, right: c }))],
  });
  it('of the sheet\'s year: its columns as their leaves name them', () => {
    const t = readTable(sheet('2018年度项目台账'), LEDGER_COLUMNS)!;
    expect([t.columns.priorDisbursed?.col, t.columns.disbursed?.col]).toEqual([5, 6]);
  });
  it('of another year: no field (2018年 over 本年拨付 in a 2019 ledger)', () => {
    const t = readTable(sheet('2018年度项目台账'), LEDGER_COLUMNS, 2019)!;
    expect(t.columns.disbursed).toBeUndefined();
  });
  it('in a sheet of no known year: the leaves as written, as before a year group was read', () => {
    const t = readTable(sheet(null), LEDGER_COLUMNS)!;
    expect([t.columns.priorDisbursed?.col, t.columns.disbursed?.col]).toEqual([5, 6]);
  });
});
