/**
 * Sweep-read (session 33): indicator sheets as provinces send them — each shape is the sample's 绩效指标 reshaped and
 * must give the plain sample's check, figures and 自评表.
 */
import type { CellValue, Grid } from '../../../src/model/grid';
import { SAMPLE_SHEETS, sampleWorkbookGrid } from '../../../src/model/sample';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { expectSameAsSample, tableCells } from './expect';

/** The sample with each row of its 绩效指标 (header first) rewritten by `row`. */
function indicatorsReshaped(row: (cells: ReadonlyArray<CellValue>, header: ReadonlyArray<CellValue>, i: number) => CellValue[]): Grid {
  const base = sampleWorkbookGrid();
  return {
    sheets: base.sheets.map((s) => (s.name === SAMPLE_SHEETS.indicators ? { ...s, values: s.values.map((r, i) => (i === 0 ? [...r] : row(r, s.values[0], i))) } : s)),
  };
}

describe('一级/二级指标 numbered as an outline', () => {
  // 一、产出指标 was no category: W004 counted 产出/效益/满意度 as 0 points each, and the 2018 form printed its empty
  // categories first, then the numbered ones as blocks of their own under 一、产出指标 / (一)数量指标.
  const L1: Record<string, string> = { 产出指标: '一、产出指标', 效益指标: '二、效益指标', 满意度指标: '三、满意度指标' };
  const L2: Record<string, string> = { 数量指标: '（一）数量指标', 质量指标: '(二)质量指标', 时效指标: '（三）、时效指标', 经济效益指标: '1.经济效益指标', 社会效益指标: '2、社会效益指标', 满意度指标: '1）满意度指标' };
  const numbered = (): Grid => indicatorsReshaped((r, header) => r.map((v, c) => (header[c] === '一级指标' ? L1[String(v)] ?? v : header[c] === '二级指标' ? L2[String(v)] ?? v : v)));
  it('reads as the plain sample (2020 layout)', () => {
    const e = expectSameAsSample(numbered());
    expect(e.check.indicators!.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '产出指标/数量指标', '产出指标/数量指标', '产出指标/质量指标', '产出指标/时效指标', '效益指标/经济效益指标', '效益指标/社会效益指标', '满意度指标/满意度指标',
    ]);
  });
  it('the 2018 form is the plain sample\'s', () => {
    const opts = { layout: '2018' as const, generatedAt: 'T' };
    expect(tableCells(evaluateWorkbook(numbered(), opts))).toEqual(tableCells(evaluateWorkbook(sampleWorkbookGrid(), opts)));
  });
  it('a category that is only a number, or a number that is part of the name, stays as written', () => {
    const e = evaluateWorkbook(indicatorsReshaped((r, header, i) => r.map((v, c) => (header[c] === '二级指标' && i === 1 ? '5G网络指标' : header[c] === '二级指标' && i === 2 ? '一、' : v))), { layout: '2020', generatedAt: 'T' });
    expect(e.check.indicators!.indicators.slice(0, 2).map((x) => x.level2)).toEqual(['5G网络指标', '一、']);
  });
});

describe('年度指标值 and 实际完成值 typed as numbers in percent-formatted cells (0.9 shown as 90%)', () => {
  // The reader took the stored fraction: the 自评表 printed ≥0.9 and 0.92 where the sheet showed 90% and 92%, with T004
  // "no unit" on each such row.
  function percentCells(format: string): Grid {
    const base = sampleWorkbookGrid();
    return {
      sheets: base.sheets.map((s) => {
        if (s.name !== SAMPLE_SHEETS.indicators) return s;
        const h = s.values[0];
        const [t, a, u] = ['年度指标值', '实际完成值', '度量单位'].map((x) => h.indexOf(x));
        const pct = (r: ReadonlyArray<CellValue>): boolean => r[u] === '%';
        const values = s.values.map((r, i) => (i === 0 || !pct(r) ? [...r] : r.map((v, c) => (c === t || c === a ? (typeof v === 'number' ? v / 100 : v) : c === u ? null : v))));
        const numberFormats = s.values.map((r, i) => r.map((_, c) => (i > 0 && pct(r) && (c === t || c === a) ? format : null)));
        return { ...s, values, numberFormats };
      }),
    };
  }
  it.each(['0%', '0.00%', '[Red]0.0%'])('read as the percent the cell shows (format %s)', (format) => {
    const e = expectSameAsSample(percentCells(format));
    expect(e.check.indicators!.indicators.filter((i) => i.unit === '%').map((i) => [i.target, i.actual])).toEqual([[100, 100], [90, 92]]);
  });
  it('a % written as text in the format ("0\\"%\\"") is no percent format: the number as stored', () => {
    const e = evaluateWorkbook(percentCells('0"%"'), { layout: '2020', generatedAt: 'T' });
    expect(e.check.indicators!.indicators.find((i) => i.level3 === '项目实施企业满意度')!.target).toBe(0.9);
  });
});
