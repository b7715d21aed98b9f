/**
 * W005 on an actual that is a number in another unit than its target's (52个 for 49家, 25工作日 for 30天, 80天 for 3月,
 * 1200人次 for 500人, 10次 for 4次/月) said 实际完成值“52个”不是数字: the officer could only think the cell unreadable.
 * It now names both values with their units and the unit to write, in both languages (the English holds no Chinese
 * but the user's own words and units).
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingText } from '../../../src/model/messages';
import { indicators, scoredBook } from '../support/ledger';

const CASES: Array<[target: string, unit: string, actual: string, actualUnit: string, shown: string]> = [
  ['49', '家', '52个', '个', '49家'],
  ['30', '天', '25工作日', '工作日', '30天'],
  ['30', '工作日', '25天', '天', '30工作日'],
  ['3', '月', '80天', '天', '3月'],
  ['12', '天', '1个月', '个月', '12天'],
  ['500', '人', '1200人次', '人次', '500人'],
  ['4', '次/月', '10次', '次', '4次/月'],
  ['≥49家', '', '52个', '个', '49家'],
];

describe('W005 on an actual in another unit', () => {
  it.each(CASES)('%s%s against %s: both values and units named, and the unit to write', (target, unit, actual, actualUnit, shown) => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: target, 度量单位: unit, 实际完成值: actual } }) }));
    const w = ev.findings.filter((f) => f.rule === 'W005');
    expect(w.map((f) => f.variant)).toEqual(['unit']);
    const targetUnit = shown.replace(/^[\d.]+/, '');
    expect(findingText(w[0], 'zh-CN')).toBe(
      `定量指标“支持项目数”的实际完成值“${actual}”与年度指标值“${shown}”单位不同（“${actualUnit}”与“${targetUnit}”），无法换算比较，未评分。请按年度指标值的单位“${targetUnit}”填写实际完成值。`
    );
    const en = findingText(w[0], 'en-US');
    expect(en).toContain(`"${actual}"`);
    expect(en).toContain(`"${shown}"`);
    expect(en).toContain(`("${actualUnit}", not "${targetUnit}")`);
    expect([actual, shown, actualUnit, targetUnit, '支持项目数'].sort((a, b) => b.length - a.length).reduce((t, d) => t.split(d).join(''), en)).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
  });

  it('with a 数据来源 too: the written actual in another unit is what is scored (not at all), so it is said', () => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '49', 度量单位: '家', 实际完成值: '52个', 数据来源: '新上项目数' } }) }));
    expect(ev.findings.filter((f) => f.rule === 'W005').map((f) => f.variant)).toEqual(['unit']);
  });

  it('an actual that is no number beside a 数据来源 (进行中): not scored, and said, with what to do (it was 0 points in silence)', () => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '49', 度量单位: '家', 实际完成值: '进行中', 数据来源: '新上项目数' } }) }));
    const w = ev.findings.filter((f) => f.rule === 'W005');
    expect(w.map((f) => [f.variant, findingText(f, 'zh-CN')])).toEqual([
      ['sourced', '定量指标“支持项目数”的实际完成值“进行中”不是数字，未评分（已填写的值不会由数据来源“新上项目数”代替）。请填写数字，或清空该单元格以按数据来源计算。'],
    ]);
    expect(['进行中', '支持项目数', '新上项目数'].reduce((t, d) => t.split(d).join(''), findingText(w[0], 'en-US'))).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    // cleared, the source scores it: no W005
    const cleared = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: '49', 度量单位: '家', 实际完成值: '', 数据来源: '新上项目数' } }) }));
    expect(cleared.findings.filter((f) => f.rule === 'W005')).toEqual([]);
  });

  it('beside a 数据来源 that does not exist: W008 says so, no W005 advice to clear the cell', () => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '进行中', 数据来源: '不存在的来源' } }) }));
    expect(ev.findings.filter((f) => f.rule === 'W005' || f.rule === 'W008').map((f) => f.rule)).toEqual(['W008']);
  });

  it('an actual that is no number keeps its own words', () => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: '进行中' } }) }));
    expect(ev.findings.filter((f) => f.rule === 'W005').map((f) => [f.variant, findingText(f, 'zh-CN')])).toEqual([
      ['actual', '定量指标“支持项目数”的实际完成值“进行中”不是数字（也未指定数据来源）。'],
    ]);
  });
});

// stop 41's Left (targets41): a target of two numbers read as a range (60-80家) had its actual read without a look at the
// unit when the unit was the 度量单位 column's (60-80 | 家 took 62人 as 62 and scored it met); a single number had it.
describe('W005 on an actual in another unit than a range target\'s, as for a single number', () => {
  const RANGES: Array<[target: string, unit: string, actual: string, actualUnit: string, shown: string]> = [
    ['60-80家', '', '62人', '人', '60家'],
    ['60-80', '家', '62人', '人', '60家'],
    ['60～80', '家', '62个', '个', '60家'],
    ['90%～95%', '', '92分', '分', '90%'],
    ['90-95', '%', '92分', '分', '90%'],
    ['50万元至80万元', '', '60人', '人', '50万元'],
    ['50至80', '万元', '60人次', '人次', '50万元'],
    ['3到5', '天', '2个月', '个月', '3天'],
  ];
  it.each(RANGES)('%s%s against %s: not scored, both units named (W005 unit)', (target, unit, actual, actualUnit, shown) => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: target, 度量单位: unit, 实际完成值: actual } }) }));
    const w = ev.findings.filter((f) => f.rule === 'W005');
    expect(w.map((f) => f.variant)).toEqual(['unit']);
    const targetUnit = shown.replace(/^[\d.]+/, '');
    expect(w[0].params).toMatchObject({ actual, actualUnit, target: shown, targetUnit });
  });
  it.each([
    ['60-80', '家', '70家', 70],
    ['60-80', '家', '70', 70],
    ['90-95', '%', '92%', 92],
    ['50至80', '万元', '600000元', 60],
    ['60-80家', '', '70家', 70],
    ['60-80', '', '70人', 70],
  ])('%s%s against %s: the units agree, convert, or neither is written: read (%p) and scored, no W005', (target, unit, actual, read) => {
    const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 年度指标值: target, 度量单位: unit, 实际完成值: actual } }) }));
    expect(ev.findings.filter((f) => f.rule === 'W005')).toEqual([]);
    expect(ev.check.indicators!.indicators[0]).toMatchObject({ actual: read, range: { low: expect.any(Number) } });
  });
});
