/**
 * An indicator's actual taken from 数据来源 (a ledger amount, exact 分) is shown in the indicator's own
 * 度量单位, whatever unit the ledger is written in (配置's 金额单位): the sweep's A3 printed
 * `375901000万元` for a ledger in 元 under an indicator in 万元.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue } from '../../../src/model/grid';
import { book, INDICATOR_HEADERS, validRow, type Row } from '../support/ledger';

type Unit = '万元' | '元';
const PER: Record<Unit, number> = { 万元: 1, 元: 10_000 };

/** Two new projects (2018) whose 带动社会投入 adds up to 540.5 万元, written in `ledger`'s unit. */
function projects(ledger: Unit): Row[] {
  const k = PER[ledger];
  return [0, 1].map((i) => ({
    ...validRow(i), 立项年度: 2018, 项目总投资: (300 + i * 0.5) * k, 财政支持资金: 30 * k, 以前年度累计拨付: 0, 本年拨付: 15 * k, 带动社会投入: (270 + i * 0.5) * k,
  }));
}

/** One indicator in `unit`, target 500 万元 written in that unit, actual left to 数据来源 带动社会投入. */
function indicators(unit: Unit): CellValue[][] {
  const row: Record<(typeof INDICATOR_HEADERS)[number], CellValue> = {
    一级指标: '项目效果指标', 二级指标: '经济效益指标', 三级指标: '带动社会投入资金', 指标性质: '≥', 年度指标值: 500 * PER[unit], 度量单位: unit,
    实际完成值: null, 分值: null, 得分: null, 偏差原因分析及改进措施: null, 数据来源: '带动社会投入',
  };
  return [[...INDICATOR_HEADERS], INDICATOR_HEADERS.map((h) => row[h])];
}

function table(ledger: Unit, indicator: Unit) {
  const ev = evaluateWorkbook(book({ rows: projects(ledger), profile: [['金额单位', ledger]], indicators: indicators(indicator) }), { forSelfEval: true, layout: '2018' });
  if (!ev.selfEval) throw new Error(`no table: ${ev.findings.map((f) => f.rule).join(' ')}`);
  return ev;
}

describe('an indicator actual from 数据来源 is in the indicator unit, whatever the ledger unit', () => {
  const cases: Array<[Unit, Unit, string, number]> = [
    ['万元', '万元', '540.5万元', 540.5],
    ['元', '万元', '540.5万元', 540.5],
    ['万元', '元', '5405000元', 5_405_000],
    ['元', '元', '5405000元', 5_405_000],
  ];
  it.each(cases)('ledger in %s, indicator in %s → %s', (ledger, indicator, shown, value) => {
    const ev = table(ledger, indicator);
    const se = ev.selfEval!;
    expect(se.indicators.find((i) => i.name === '带动社会投入资金')?.actual).toBe(shown);
    expect(se.scores[0].actual).toBe(value);
    // in the laid-out sheet too, and no deviation warning (540.5 against 500 is 8 %)
    expect(se.layout.cells.some((c) => c.value === shown)).toBe(true);
    expect(ev.findings.filter((f) => f.rule === 'W006')).toEqual([]);
  });

  it('still warns of a real deviation, in the indicator unit', () => {
    const ev = evaluateWorkbook(
      book({ rows: projects('元'), profile: [['金额单位', '元']], indicators: indicators('万元').map((r, i) => (i === 1 ? r.map((v) => (v === 500 ? 2000 : v)) : r)) }),
      { forSelfEval: true, layout: '2018' },
    );
    const w = ev.findings.filter((f) => f.rule === 'W006');
    expect(w).toHaveLength(1);
    expect(w[0].params).toMatchObject({ actual: 540.5, target: 2000, unit: '万元', share: 73 });
  });
});
