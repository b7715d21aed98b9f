/**
 * The bundled sample split the way the province receives it (issue 20): one workbook per 地州市 —
 * only its 项目台账 (title with the prefecture, unit line, header, its projects) — and the
 * province's own workbook with 配置 and 绩效指标. Merged back, they must give the sample.
 */
import type { CellValue, Grid, GridSheet } from '../../src/model/grid';
import { SAMPLE_SHEETS, sampleWorkbookGrid } from '../../src/model/sample';
import { perPrefectureLedgers } from './shapes';

export interface SplitFile {
  readonly file: string;
  readonly grid: Grid;
}

/** The file name of a prefecture's ledger. */
export const prefectureFile = (region: string): string => `${region}.xlsx`;

/** The 14 prefectures' files, in the order of the official list, and the province's 配置 + 绩效指标. */
export function splitSample(): { files: SplitFile[]; province: SplitFile } {
  const files = perPrefectureLedgers().map((s) => ({ file: prefectureFile(s.name), grid: { sheets: [{ ...s, name: SAMPLE_SHEETS.ledger }] } }));
  const sample = sampleWorkbookGrid();
  const province = { file: '自治区配置.xlsx', grid: { sheets: sample.sheets.filter((s) => s.name === SAMPLE_SHEETS.profile || s.name === SAMPLE_SHEETS.indicators) } };
  return { files, province };
}

/** A file of the split with one cell changed (0-based sheet row and column of its 项目台账). */
export function withCell(f: SplitFile, row: number, col: number, value: CellValue): SplitFile {
  const sheets = f.grid.sheets.map((s): GridSheet => {
    if (s.name !== SAMPLE_SHEETS.ledger) return s;
    const values = s.values.map((r) => [...r]);
    values[row][col] = value;
    return { ...s, values };
  });
  return { file: f.file, grid: { sheets } };
}

/** The value of a cell of a file's 项目台账. */
export function cellOf(f: SplitFile, row: number, col: number): CellValue {
  return f.grid.sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!.values[row][col];
}

/** A grid with rows added to its 配置 sheet. */
export function withProfileRows(g: SplitFile, rows: ReadonlyArray<ReadonlyArray<CellValue>>): SplitFile {
  return { file: g.file, grid: { sheets: g.grid.sheets.map((s) => (s.name === SAMPLE_SHEETS.profile ? { ...s, values: [...s.values, ...rows.map((r) => [...r])] } : s)) } };
}
