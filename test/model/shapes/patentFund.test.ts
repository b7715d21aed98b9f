/**
 * A patent fund's ledger is asked for 专利号 and 法律状态 (S002) when its 配置 names the fund so (84dfdac answered): the
 * sample's ledger without its patent columns and titled 2018年度项目台账 (no 专利 in the sheet) under the sample's 配置
 * (项目名称 自治区专利实施计划项目) lacks two required columns; the same under another fund's 配置 does not.
 */
import { checkWorkbook } from '../../../src/model/check';
import type { CellValue, Grid } from '../../../src/model/grid';
import { LEDGER_HEADERS, SAMPLE_SHEETS } from '../../../src/model/sample';
import { ledgerWithAbove, withLedger } from '../../support/shapes';

const PATENT = new Set(['专利号', '专利类型', '法律状态', '新申请专利数']);

/** The sample with its ledger's patent columns left out, titled without 专利, and 配置's texts replaced as `profile` says. */
function withoutPatents(profile: Record<string, string> = {}): Grid {
  const base = ledgerWithAbove([['2018年度项目台账']]);
  const keep = LEDGER_HEADERS.map(([, h], i) => (PATENT.has(h) ? -1 : i)).filter((i) => i >= 0);
  const values = base.values.map((r, i) => (i === 0 ? r : keep.map((c) => r[c])));
  const g = withLedger({ ...base, values });
  return {
    sheets: g.sheets.map((s) =>
      s.name === SAMPLE_SHEETS.profile ? { ...s, values: s.values.map((r) => (typeof r[0] === 'string' && r[0] in profile ? [r[0], profile[r[0]] as CellValue, ...r.slice(2)] : r)) } : s),
  };
}

const s002 = (g: Grid): string[] => checkWorkbook(g).findings.filter((f) => f.rule === 'S002').map((f) => String(f.params.field));

describe('a ledger whose 配置 names a patent fund', () => {
  it('is asked for 专利号 and 法律状态 though nothing on its sheet says 专利', () => {
    expect(s002(withoutPatents())).toEqual(['专利号', '法律状态']);
  });
  it('another fund named in 配置 (项目名称, 报告称谓): neither is asked', () => {
    expect(s002(withoutPatents({ 项目名称: '自治区农业产业化专项资金', 报告称谓: '农业产业化项目' }))).toEqual([]);
  });
});
