/** Number formats built from the user's units stay within Excel's 255 characters (issue 14). */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { formatNumber } from '../../../src/model/report/appendix';
import { MAX_NUMBER_FORMAT, numberFormat, pointsFormat } from '../../../src/model/selfeval/values';
import type { Grid } from '../../../src/model/grid';
import { sampleMidYearGrid, sampleWorkbookGrid } from '../../../src/model/sample';
import { manyIndicators } from '../../support/longForm';

describe('numberFormat', () => {
  it('shows the number between the comparison and the unit', () => {
    expect(numberFormat(37000, '≥', '万元')).toBe('"≥"0"万元"');
    expect(numberFormat(0.5, '', '%')).toBe('0.0"%"');
    expect(numberFormat(12)).toBe('0');
  });

  it('drops quotes and shows control characters of a unit (a format cannot hold them)', () => {
    expect(numberFormat(1, '', '"家"\u001b')).toBe('0"家␛"');
  });

  it('shortens a unit too long for Excel, with …, and keeps the number and the comparison', () => {
    const f = numberFormat(37590.123, '≥', '件'.repeat(1000));
    expect(f.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(f.startsWith('"≥"0.000"件件')).toBe(true);
    expect(f.endsWith('…"')).toBe(true);
    const g = numberFormat(1, 'x'.repeat(400), 'y'.repeat(400));
    expect(g.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(g).toMatch(/^"x+…"0"y+…"$/);
    // a unit of astral characters is never cut inside a surrogate pair
    const h = numberFormat(1, '', '𠀀'.repeat(300));
    expect(h.length).toBeLessThanOrEqual(MAX_NUMBER_FORMAT);
    expect(h).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('the 2020 form’s 分值', () => {
  // 100 points over 300 indicators: each 1/3, shown 0.333333 in the 8-character 分值 column (### on paper)
  const layout = evaluateWorkbook(manyIndicators(300), { forSelfEval: true, layout: '2020' }).selfEval!.layout;
  const head = layout.cells.find((c) => c.value === '分值' && c.style?.bold)!;
  const points = layout.cells.filter((c) => c.col === head.col && c.row > head.row && typeof c.value === 'number');

  it('shows its own places up to two, the cell keeping the exact value (the SUM stays the 分值 given)', () => {
    expect(points.length).toBe(301); // 300 indicators and the total
    const shown = points.map((c) => formatNumber(c.value as number, c.style?.numberFormat));
    expect(new Set(shown.slice(0, -1))).toEqual(new Set(['0.33']));
    expect(shown.at(-1)).toBe('110');
    expect(points[0].value).toBeCloseTo(1 / 3, 12);
    for (const s of shown) expect(s.length).toBeLessThanOrEqual(layout.columnWidths[head.col] - 2);
  });

  it('a whole or half 分值 stays as written (20, 2.5)', () => {
    expect(pointsFormat(20)).toBe('0');
    expect(pointsFormat(2.5)).toBe('0.0');
    expect(pointsFormat(1 / 3)).toBe('0.00');
  });
});

describe('a negative number on the printed forms (a target of ≥-3.5%: 单位成本同比变动率)', () => {
  it('a host puts the minus of a one-section format before the whole of it, its literals too', () => {
    // Excel, WPS and LibreOffice alike (LibreOffice rendered -≥3.5%): the model's reading of a format says the same
    expect(formatNumber(-3.5, '"≥"0.0"%"')).toBe('-≥3.5%');
    expect(formatNumber(-12.5, '0.0"%"')).toBe('-12.5%');
  });

  it('a negative number after a comparison has a section of its own: ≥-3.5%, never -≥3.5%', () => {
    expect(formatNumber(-3.5, numberFormat(-3.5, '≥', '%'))).toBe('≥-3.5%');
    expect(formatNumber(-3.5, numberFormat(-3.5, '', '%'))).toBe('-3.5%');
    expect(numberFormat(3.5, '≥', '%')).toBe('"≥"0.0"%"');
  });

  it('the 2020 form and the 监控表 print a negative target after its comparison', () => {
    const negative = (grid: Grid): Grid => ({
      ...grid,
      sheets: grid.sheets.map((s) => s.name !== '绩效指标' ? s : {
        ...s,
        values: s.values.map((r) => (r[2] === '带动社会投入资金' ? ['效益指标', '经济效益指标', '单位成本同比变动率', '≥', -3.5, '%', -2.1, ...r.slice(7)] : r)),
      }),
    });
    const forms = [
      evaluateWorkbook(negative(sampleWorkbookGrid()), { forSelfEval: true, layout: '2020' }),
      evaluateWorkbook(negative(sampleMidYearGrid()), { generatedAt: '2018-08-05 10:00' }),
    ];
    for (const ev of forms) {
      const cell = ev.selfEval!.layout.cells.find((c) => c.value === -3.5)!;
      expect(formatNumber(-3.5, cell.style?.numberFormat)).toBe('≥-3.5%');
    }
  });
});
