/**
 * Names of another thing that stand in for a required column (ColumnDef.standIns, b4897c3): 县市区 for 地州市, 下达日期
 * for 立项年度, 补助金额 for 财政支持资金. Alone, a stand-in is read as the column (another fund's ledger); beside the
 * column under its own name it is a column the check does not read (S004, a note) — a ledger with 地州市 and 县市区
 * is an ordinary one, not one with two 地州市 columns (S003, a warning). A county beside 地州市 is known (merge41: the
 * project's county, which `jx merge` carries into the 汇总): no S004 either.
 */
import type { CellValue } from '../../../src/model/grid';
import { LEDGER_HEADERS } from '../../../src/model/sample';
import { ledgerWithAbove, withLedger } from '../../support/shapes';
import { expectSameAsSample } from './expect';

/** The sample's ledger with a column `header` put after `after`, holding `value` on every project's row. */
function withColumnAfter(after: string, header: string, value: CellValue) {
  const base = ledgerWithAbove([]);
  const at = LEDGER_HEADERS.findIndex(([, h]) => h === after) + 1;
  const [head, ...body] = base.values;
  return withLedger({ ...base, values: [[...head.slice(0, at), header, ...head.slice(at)], ...body.map((r) => [...r.slice(0, at), value, ...r.slice(at)])] });
}

describe('a stand-in beside the column under its own name', () => {
  it.each([
    ['地州市', '县市区', '伊宁县'],
    ['地州市', '县（市、区）', '伊宁县'],
    ['地州市', ' 区 县 ', '伊宁县'],
  ])('%s and %s: the ledger as the sample, %s its county (Table.county), no S004, no S003', (own, county, value) => {
    const e = expectSameAsSample(withColumnAfter(own, county, value), []);
    const table = e.check.ledger!.table;
    expect(table.county?.col).toBe(table.columns.region!.col + 1);
    expect(table.unknown).toEqual([]);
  });

  it.each([
    ['地州市', '行政区划代码', '654021'],
    ['立项年度', '下达日期', '2018-05-01'],
    ['财政支持资金', '补助金额', 12],
  ])('%s and %s: the ledger as the sample, %s a column not read (S004, a note), no S003', (own, standIn, value) => {
    const e = expectSameAsSample(withColumnAfter(own, standIn, value), ['S004']);
    const s004 = e.findings.filter((f) => f.rule === 'S004');
    expect(s004).toHaveLength(1);
    expect(JSON.stringify(s004[0].params)).toContain(standIn);
  });
});
