/**
 * The 申报 stage: a 绩效指标 without 实际完成值 and without a ledger is a budget request's targets,
 * reviewed as targets only; a year-end workbook without 实际完成值 gets one finding for the sheet.
 */
import { checkWorkbook } from '../../../src/model/check';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { book } from '../support/ledger';

const HEAD = ['一级指标', '二级指标', '三级指标', '年度指标值', '指标解释'];
const ROWS = [
  ['产出指标', '数量指标', '新建公厕', '两座', '按设计新建'],
  [null, '质量指标', '验收合格率', '100%', '验收合格数/总数'],
  [null, '时效指标', '完工时间', '11月底前', '竣工验收时间'],
  [null, '成本指标', '建设成本', '总成本不超过160万元', '决算金额'],
  ['效益指标', '社会效益指标', '改善人居环境', '有效改善', null],
  ['满意度指标', '满意度指标', '群众满意度', '≥90%', '问卷调查'],
  [null, null, null, null, null],
  ['效益指标', '生态效益指标', null, null, null],
];

const request = (extra: Grid['sheets'] = []): Grid => ({ sheets: [...extra, { name: '绩效目标申报表', values: [['2024年度项目绩效目标申报表'], HEAD, ...ROWS] }] });

describe('the 申报 stage', () => {
  it('a target table without actuals and without a ledger is judged as a budget request: the review only', () => {
    const r = checkWorkbook(request());
    expect(r.stage).toBe('request');
    expect(r.indicators!.indicators.map((i) => i.level3)).toEqual(['新建公厕', '验收合格率', '完工时间', '建设成本', '改善人居环境', '群众满意度']);
    // No ledger, no 评价年度, no actuals asked for: only what a reviewer says about the targets.
    expect(r.findings.map((f) => `${f.rule}@${f.row + 1}`)).toEqual(['T001@7', 'T009@7']);
    expect(findingText(r.findings[0], 'zh-CN')).toBe('效益指标“改善人居环境”的年度指标值“有效改善”没有数值或时限：按财预〔2020〕10号，能量化的指标应量化（如“≥95%”“≥3处”“11月底前”）。');
  });

  it('a 配置 without 评价年度 is no error in a budget request', () => {
    const r = evaluateWorkbook(request([{ name: '配置', values: [['参数', '值'], ['项目名称', '公厕建设']] }]));
    expect(r.check.stage).toBe('request');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the targets by the grammar: Chinese numerals, deadlines, cost caps', () => {
    const ind = checkWorkbook(request()).indicators!.indicators;
    expect(ind.map((i) => [i.op, i.target, i.unit, i.parsed?.kind])).toEqual([
      ['≥', 2, '座', 'quantity'], ['≥', 100, '%', 'quantity'], ['定性', undefined, undefined, 'deadline'], ['≤', 160, '万元', 'quantity'],
      ['定性', undefined, undefined, 'text'], ['≥', 90, '%', 'quantity'],
    ]);
  });
});

describe('the year-end stage', () => {
  const withoutActuals = (): Grid => book({ indicators: [HEAD, ...ROWS.slice(0, 6)] });

  it('a ledger makes it year-end; a 绩效指标 without 实际完成值 is ONE finding, never one per row', () => {
    const r = evaluateWorkbook(withoutActuals());
    expect(r.check.stage).toBe('yearEnd');
    const sheet = r.findings.filter((f) => f.sheet === '绩效指标' && f.severity !== 'info' && !f.rule.startsWith('T'));
    expect(sheet.map((f) => `${f.rule}.${f.variant}@${f.row + 1}`)).toEqual(['S002.actuals@1']);
    expect(findingText(sheet[0], 'zh-CN')).toBe(
      '年终自评缺少“实际完成值”列（可用的列标题：实际完成值、实际完成指标值、完成值、实际值、全年实际值、实际完成 等 16 个），6 个指标无法评分；如这是预算申报阶段的绩效目标表，请勿附项目台账。',
    );
    expect(r.findings.some((f) => f.rule === 'W005' || f.rule === 'W011')).toBe(false);
  });

  it('with 实际完成值 the sheet is scored as before', () => {
    const r = checkWorkbook(book({ indicators: [[...HEAD, '实际完成值'], ['产出指标', '数量指标', '新建公厕', '两座', '说明', '2座']] }));
    expect(r.stage).toBe('yearEnd');
    expect(r.findings.filter((f) => f.sheet === '绩效指标')).toEqual([]);
    expect(r.indicators!.indicators[0]).toMatchObject({ target: 2, actual: 2, unit: '座', op: '≥' });
  });
});

describe('the mid-year stage of a ledger alone (read43)', () => {
  /** The test ledger with its 本年拨付 heading written `paid`, and no 绩效指标. */
  const ledgerPaid = (paid: string): Grid => {
    const g = book();
    const ledger = g.sheets[1];
    return { sheets: [g.sheets[0], { ...ledger, values: [ledger.values[0].map((h) => (h === '本年拨付' ? paid : h)), ...ledger.values.slice(1)] }] };
  };

  it.each([['1-6月执行数（万元）', 6], ['1—7月拨付', 7], ['截至9月底拨付', 9]])('a paid column headed %p is what was paid by the cut-off: mid-year, month %p', (paid, month) => {
    const r = evaluateWorkbook(ledgerPaid(paid as string));
    expect(r.check.stage).toBe('midYear');
    expect(r.monitor?.month).toBe(month);
    expect(r.check.ledger!.projects.map((p) => p.disbursed)).toEqual(checkWorkbook(book()).ledger!.projects.map((p) => p.disbursed));
  });

  it('截至监控日拨付 is mid-year too, at 配置’s month (else July)', () => {
    expect(evaluateWorkbook(ledgerPaid('截至监控日拨付')).monitor?.month).toBe(7);
  });

  it.each(['本年拨付', '1-12月拨付', '2018年拨付'])('a paid column headed %p is the year’s: year-end', (paid) => {
    expect(checkWorkbook(ledgerPaid(paid)).stage).toBe('yearEnd');
  });

  it('indicators with 实际完成值 beside it keep the workbook year-end (the indicators say the stage)', () => {
    const r = checkWorkbook({ ...ledgerPaid('1-6月执行数'), sheets: [...ledgerPaid('1-6月执行数').sheets, { name: '绩效指标', values: [[...HEAD, '实际完成值'], ['产出指标', '数量指标', '新建公厕', '两座', '说明', '2座']] }] });
    expect(r.stage).toBe('yearEnd');
  });
});
