/**
 * Sweep C6: header names finance staff write for the ledger's columns, each read as its field (one
 * registry: LEDGER_COLUMNS' aliases) — the sample under these headers gives the plain sample's
 * check, figures and 自评表.
 */
import type { CellValue } from '../../../src/model/grid';
import { LEDGER_HEADERS } from '../../../src/model/sample';
import { ledgerWithAbove, withLedger } from '../../support/shapes';
import { expectSameAsSample } from './expect';

function renamed(names: Record<string, string>, cell?: (key: string, v: CellValue) => CellValue) {
  const base = ledgerWithAbove([]);
  const [header, ...body] = base.values;
  const keys = LEDGER_HEADERS.map(([k]) => k);
  return withLedger({
    ...base,
    values: [header.map((h) => names[String(h)] ?? h), ...body.map((r) => (cell ? r.map((v, c) => cell(keys[c], v)) : r))],
  });
}

describe('common header names (sweep C6)', () => {
  it.each([
    ['项目编号', '项目编码', 'id'],
    ['承担单位', '项目负责单位', 'unit'],
    ['立项年度', '立项时间', 'cohortYear'],
    ['专利号', '专利号/申请号', 'patentNo'],
    ['法律状态', '专利状态', 'legalStatus'],
    ['财政支持资金', '批复金额', 'approved'],
  ])('%s written as %s', (canonical, written, key) => {
    const e = expectSameAsSample(renamed({ [canonical]: written }));
    expect((e.check.ledger!.table.columns as Record<string, { header: string }>)[key].header).toBe(written);
  });
  it('all six at once, 立项时间 holding dates (2018-05-12): the year is the cohort', () => {
    const names = { 项目编号: '项目编码', 承担单位: '项目负责单位', 立项年度: '立项时间', 专利号: '专利号/申请号', 法律状态: '专利状态', 财政支持资金: '批复金额' };
    expectSameAsSample(renamed(names, (k, v) => (k === 'cohortYear' && typeof v === 'number' ? { kind: 'date', year: v, month: 5, day: 12 } as CellValue : v)));
  });
});
