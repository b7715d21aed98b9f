/**
 * A number format with backslash escapes (`0\.0000"万元"`, `#,##0.00\万\元`) read from the file as the hosts give it
 * (Range.numberFormat: the code as stored): the file path and the pane's decide a ledger's unit alike. Without its `\`,
 * `0\.0000` is a real decimal point, and amounts kept in 元 and shown in 万 were read as 万元, 10,000 times the money.
 */
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/adapters/xlsx';
import { nodeInflater } from '../../../src/adapters/xlsx/inflateNode';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { Grid } from '../../../src/model/grid';

const HEADER = ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'];
/** The amount columns (F, G, H), 0-based. */
const AMOUNTS = [5, 6, 7];

/** A ledger under （万元） headings whose amount cells hold `value` under `format`. */
async function ledger(format: string, value: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度就业补助资金项目台账']);
  ws.addRow(HEADER);
  for (let i = 1; i <= 4; i++) {
    const r = ws.addRow([`JY2020${i}`, `项目${i}`, `单位${i}`, '乌鲁木齐市', 2020, value, value, value]);
    for (const c of AMOUNTS) r.getCell(c + 1).numFmt = format;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function gridOf(bytes: Uint8Array, numberFormats?: false): Promise<Grid> {
  const r = await readXlsx(bytes, { inflater: nodeInflater, ...(numberFormats === false ? { numberFormats } : {}) });
  if (!r.ok) throw new Error(`read failed: ${r.reason}`);
  return r.grid;
}

/** The grid as a host reads it: each amount cell's format the code Excel gives, `format` itself. */
function asHost(grid: Grid, format: string): Grid {
  return {
    ...grid,
    sheets: grid.sheets.map((s) => ({ ...s, numberFormats: s.values.map((row, r) => row.map((_v, c) => (r >= 2 && AMOUNTS.includes(c) ? format : null))) })),
  };
}

/** The unit the approved column is read in, and the approved sum (分). */
function unitOf(grid: Grid): { unit: string | undefined; approved: number } {
  const ledgerRead = evaluateWorkbook(grid, {}).check.ledger!;
  return { unit: ledgerRead.table.columns.approved?.unit, approved: ledgerRead.projects.reduce((s, p) => s + (p.approved ?? 0), 0) };
}

describe('a number format with backslash escapes: the file reader keeps it as stored, as the hosts give it', () => {
  // 12.3456 万元 a project: the cell holds 123456 (元) where the format shows it in 万, else 12.3456
  const cases: ReadonlyArray<{ format: string; value: number; unit: '元' | '万元' }> = [
    { format: '0\\.0000"万元"', value: 123456, unit: '元' },
    { format: '#,##0.00\\万\\元', value: 12.3456, unit: '万元' },
    { format: '#,##0"元"', value: 12.3456, unit: '万元' },
  ];

  test('each read in the unit its format and heading say, from the file as from the host', async () => {
    for (const { format, value, unit } of cases) {
      const grid = await gridOf(await ledger(format, value));
      const want = { format, unit, approved: 4 * 12345600 };
      expect({ format: grid.sheets[0].numberFormats?.[2]?.[AMOUNTS[0]], ...unitOf(grid) }).toEqual(want);
      expect({ format, ...unitOf(asHost(grid, format)) }).toEqual(want);
    }
  });

  test('jx check (formats kept only where the checks read them) keeps 0\\.0000"万元": its amounts in 元 too', async () => {
    const grid = await gridOf(await ledger('0\\.0000"万元"', 123456), false);
    expect(grid.sheets[0].numberFormats?.[2]?.[AMOUNTS[0]]).toBe('0\\.0000"万元"');
    expect(unitOf(grid)).toEqual({ unit: '元', approved: 4 * 12345600 });
  });
});
