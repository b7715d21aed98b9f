/**
 * The sample with its 绩效指标 replaced by `rows` count indicators (新增示范点 n), for the tests of number formats the
 * hosts read cell by cell or past their sampled rows: each row's target (default 49), actual, 分值 and the target's and
 * actual's formats are given (a format null: the cell has none).
 */
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { INDICATOR_HEADER, sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

export const TARGET = INDICATOR_HEADER.indexOf('年度指标值');
export const ACTUAL = INDICATOR_HEADER.indexOf('实际完成值');

export interface CountRow {
  /** Default 49. */
  readonly target?: CellValue;
  readonly actual: CellValue;
  readonly points?: number;
  readonly targetFormat: string | null;
  readonly actualFormat: string | null;
}

export function countsTable(rows: number, row: (i: number) => CountRow): Grid {
  const values: CellValue[][] = [[...INDICATOR_HEADER]];
  const formats: Array<Array<string | null>> = [INDICATOR_HEADER.map(() => null)];
  for (let i = 0; i < rows; i++) {
    const r = row(i);
    const v: CellValue[] = INDICATOR_HEADER.map(() => null);
    v[0] = '产出指标';
    v[1] = '数量指标';
    v[2] = `新增示范点${i + 1}`;
    v[TARGET] = r.target ?? 49;
    v[ACTUAL] = r.actual;
    if (r.points !== undefined) v[INDICATOR_HEADER.indexOf('分值')] = r.points;
    values.push(v);
    const f: Array<string | null> = INDICATOR_HEADER.map(() => null);
    f[TARGET] = r.targetFormat;
    f[ACTUAL] = r.actualFormat;
    formats.push(f);
  }
  const sheet: GridSheet = { name: SAMPLE_SHEETS.indicators, values, merges: [], numberFormats: formats };
  return { sheets: sampleWorkbookGrid().sheets.map((s) => (s.name === SAMPLE_SHEETS.indicators ? sheet : s)) };
}
