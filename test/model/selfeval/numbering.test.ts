/**
 * sweep31-forms: 三级指标 copied from a printed form keep its numbering (`指标1：支持专利实施项目`, `1、…`, `（2）…`). The
 * 2018 table numbers its indicators itself and printed `指标1：指标1：支持专利实施项目`; findings named `指标1：…`.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { tableCells } from '../shapes/expect';

function numbered(prefix: (i: number) => string): Grid {
  const g = sampleWorkbookGrid();
  return {
    sheets: g.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const col = s.values[0].indexOf('三级指标');
      return { ...s, values: s.values.map((r, i): ReadonlyArray<CellValue> => (i === 0 ? r : r.map((v, c) => (c === col ? `${prefix(i)}${String(v)}` : v)))) };
    }),
  };
}

describe('the form\'s numbering before a 三级指标', () => {
  const plain = (layout: '2018' | '2020') => evaluateWorkbook(sampleWorkbookGrid(), { layout, generatedAt: 'T' });
  it.each<[string, (i: number) => string]>([
    ['指标N：', (i) => `指标${i}：`], ['N、', (i) => `${i}、`], ['N.', (i) => `${i}.`], ['（N）', (i) => `（${i}）`],
  ])('%s: the same 2018 and 2020 tables and findings as the sample', (_name, prefix) => {
    for (const layout of ['2018', '2020'] as const) {
      const e = evaluateWorkbook(numbered(prefix), { layout, generatedAt: 'T' });
      expect(tableCells(e)).toEqual(tableCells(plain(layout)));
      expect(e.findings).toEqual(plain(layout).findings);
    }
  });
});
