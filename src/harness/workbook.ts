/**
 * The harness's workbook: the model's clean sample with a few defects planted in 项目台账, so that the
 * pane's findings list has something to show (one finding per defect, on a known cell).
 */
import type { CellValue, Grid } from '../model/grid';
import { CLEAN_LEDGER_ROWS, LEDGER_HEADERS, SAMPLE_SHEETS, sampleWorkbookGrid } from '../model/sample';

export interface PlantedDefect {
  /** What was done, for the harness's own panel. */
  readonly what: string;
  readonly sheet: string;
  /** A1 address of the cell the finding points at. */
  readonly cell: string;
}

const colOf = (header: string): number => {
  const i = LEDGER_HEADERS.findIndex(([, h]) => h === header);
  if (i < 0) throw new Error(`no ledger column ${header}`);
  return i;
};
const a1 = (row: number, col: number): string => `${String.fromCharCode(65 + col)}${row + 1}`;

/** A different check character for a patent number (its last character). */
function wrongCheck(patentNo: string): string {
  const last = patentNo.slice(-1);
  return patentNo.slice(0, -1) + (last === '1' ? '2' : '1');
}

export function harnessWorkbook(): { grid: Grid; planted: PlantedDefect[] } {
  const grid = sampleWorkbookGrid();
  const planted: PlantedDefect[] = [];
  const sheets = grid.sheets.map((s) => {
    if (s.name !== SAMPLE_SHEETS.ledger) return s;
    const values = s.values.map((r) => [...r]) as CellValue[][];
    const first = CLEAN_LEDGER_ROWS.firstProject;

    const patent = colOf('专利号');
    const r1 = first + 1;
    values[r1][patent] = wrongCheck(String(values[r1][patent]));
    planted.push({ what: `专利号校验位错误 ${values[r1][patent]}`, sheet: s.name, cell: a1(r1, patent) });

    const status = colOf('法律状态');
    const r2 = first + 2;
    values[r2][status] = '失效';
    planted.push({ what: '法律状态：失效', sheet: s.name, cell: a1(r2, status) });

    const id = colOf('项目编号');
    const r3 = first + 4;
    values[r3][id] = values[first][id];
    planted.push({ what: `项目编号重复 ${values[first][id]}`, sheet: s.name, cell: a1(r3, id) });
    return { ...s, values };
  });
  return { grid: { ...grid, sheets }, planted };
}
