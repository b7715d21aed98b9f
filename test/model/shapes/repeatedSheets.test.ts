/**
 * Sweep A5: a ledger is read once. The whole ledger sent beside its per-地州市 sheets (a 汇总 that
 * is a full copy) or a visible copy (`项目台账 (2)`) would count every project twice: the sheet whose
 * projects are all in the others is left out, with a warning (S010) naming it; the figures and the
 * 自评表 are the plain sample's. A ledger with a header and no project is a structural error
 * (S011): no 自评表 is built from it unless a draft is asked for.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, GridSheet } from '../../../src/model/grid';
import { formatFinding } from '../../../src/model/messages';
import { SAMPLE_SHEETS } from '../../../src/model/sample';
import { ledgerWithAbove, perPrefectureLedgers, withLedger } from '../../support/shapes';
import { plainSample, tableCells } from './expect';

function expectOnce(sheets: GridSheet[], leftOut: string, read: ReadonlyArray<string>): void {
  const e = evaluateWorkbook(withLedger(sheets), { layout: '2020', generatedAt: 'T' });
  const p = plainSample();
  const notInfo = e.findings.filter((f) => f.severity !== 'info');
  expect(notInfo.map((f) => `${f.rule} ${f.sheet}`)).toEqual([`S010 ${leftOut}`]);
  expect(notInfo[0].severity).toBe('warning');
  expect(formatFinding(notInfo[0], 'zh-CN')).toContain(`工作表“${leftOut}”的 169 个项目`);
  expect(e.check.ledgerSheets).toEqual(read);
  expect(e.check.ledger!.projects).toHaveLength(169);
  expect(e.metrics).toEqual(p.metrics);
  expect(e.selfEval!.total).toBe(100);
  expect(e.selfEval!.paragraph).toBe(p.selfEval!.paragraph);
  expect(tableCells(e).filter((c) => !c.includes('工作表'))).toEqual(tableCells(p).filter((c) => !c.includes('工作表')));
}

describe('a ledger counted twice', () => {
  const regions = perPrefectureLedgers();
  const names = regions.map((s) => s.name);
  const whole = (name: string): GridSheet => ledgerWithAbove([['全区汇总']], '万元', name);
  it('the whole ledger (汇总) before the per-地州市 sheets: the per-地州市 sheets are read', () => {
    expectOnce([whole('汇总'), ...regions], '汇总', names);
  });
  it('the whole ledger after them (named 项目台账): still the per-地州市 sheets', () => {
    expectOnce([...regions, whole(SAMPLE_SHEETS.ledger)], SAMPLE_SHEETS.ledger, names);
  });
  it('a visible copy `项目台账 (2)`: the first of the two is read', () => {
    expectOnce([whole(SAMPLE_SHEETS.ledger), whole('项目台账 (2)')], '项目台账 (2)', [SAMPLE_SHEETS.ledger]);
  });
  it('a copy holding some of the projects (an old version) is left out too; the full sheet is read', () => {
    const full = whole(SAMPLE_SHEETS.ledger);
    const old: GridSheet = { name: '项目台账（旧）', values: full.values.slice(0, 60) };
    const e = evaluateWorkbook(withLedger([full, old]), { layout: '2020', generatedAt: 'T' });
    expect(e.check.ledgerSheets).toEqual([SAMPLE_SHEETS.ledger]);
    expect(e.findings.filter((f) => f.rule === 'S010').map((f) => f.sheet)).toEqual(['项目台账（旧）']);
    expect(e.check.ledger!.projects).toHaveLength(169);
  });
  /** A copy of `sheet` whose rows below the header are changed by `edit(row, column of each header)`. */
  const edited = (sheet: GridSheet, name: string, edit: (row: CellValue[], col: (h: string) => number) => CellValue[] | null): GridSheet => {
    const h = sheet.values.findIndex((r) => r.includes('项目编号'));
    const col = (t: string): number => sheet.values[h].indexOf(t);
    const body = sheet.values.slice(h + 1).map((r) => edit([...r], col)).filter((r): r is CellValue[] => r !== null);
    return { name, values: [...sheet.values.slice(0, h + 1), ...body] };
  };
  it('prefectures that number their own projects (XM001 on every sheet) are all read: a shared 项目编号 is not a repeated row', () => {
    const own = regions.map((s) => {
      let n = 0;
      return edited(s, s.name, (r, col) => {
        r[col('项目编号')] = `XM${String(++n).padStart(3, '0')}`;
        return r;
      });
    });
    const e = evaluateWorkbook(withLedger(own), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.rule === 'S010')).toEqual([]);
    expect(e.check.ledger!.projects).toHaveLength(169);
    expect(e.findings.some((f) => f.rule === 'L004')).toBe(true); // the shared numbers are said, not hidden
  });
  it('a sheet holding one project moved from another region (same 项目编号, another 承担单位) is read, and L004 says so', () => {
    const [first, ...rest] = regions;
    const h = first.values.findIndex((r) => r.includes('项目编号'));
    const row = [...first.values[h + 1]];
    row[first.values[h].indexOf('承担单位')] = '另一家公司';
    const moved: GridSheet = { name: '石河子市', values: [...first.values.slice(0, h + 1), row] };
    const e = evaluateWorkbook(withLedger([first, ...rest, moved]), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.rule === 'S010')).toEqual([]);
    expect(e.check.ledger!.projects).toHaveLength(170);
    expect(e.findings.filter((f) => f.rule === 'L004')).toHaveLength(1);
  });
  it('a sheet with rows of no 项目编号 is read even when its numbered rows repeat another sheet; S010 would count every row', () => {
    const full = whole(SAMPLE_SHEETS.ledger);
    const late = full;
    const h = late.values.findIndex((r) => r.includes('项目编号'));
    const idCol = late.values[h].indexOf('项目编号');
    const three = [late.values[h + 1], ...[late.values[h + 2], late.values[h + 3]].map((r) => r.map((v, c) => (c === idCol ? null : v)))];
    const e = evaluateWorkbook(withLedger([full, { name: '补报项目', values: [...late.values.slice(0, h + 1), ...three] }]), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.rule === 'S010')).toEqual([]);
    expect(e.check.ledger!.projects).toHaveLength(172);
  });
  it('per-地州市 sheets that share no project are all read, with no S010', () => {
    const e = evaluateWorkbook(withLedger(regions), { layout: '2020', generatedAt: 'T' });
    expect(e.findings.filter((f) => f.rule === 'S010')).toEqual([]);
    expect(e.check.ledgerSheets).toEqual(names);
  });
});

describe('an empty ledger', () => {
  it('a header and no project: S011 at the header, and no 自评表 unless a draft is asked for', () => {
    const empty: GridSheet = { name: SAMPLE_SHEETS.ledger, values: [ledgerWithAbove([]).values[0]] };
    const e = evaluateWorkbook(withLedger(empty), { layout: '2020', generatedAt: 'T' });
    const s011 = e.findings.filter((f) => f.rule === 'S011');
    expect(s011.map((f) => [f.severity, f.sheet, f.row, f.col])).toEqual([['error', SAMPLE_SHEETS.ledger, 0, 0]]);
    expect(e.selfEval).toBeUndefined();
    const draft = evaluateWorkbook(withLedger(empty), { layout: '2020', generatedAt: 'T', draft: true });
    expect(draft.selfEval).toBeDefined();
  });
  it('per-地州市 sheets each with a header and no project: one S011 naming them', () => {
    const sheets = perPrefectureLedgers().slice(0, 2).map((s) => ({ ...s, values: s.values.slice(0, 3) }));
    const e = evaluateWorkbook(withLedger(sheets), { layout: '2020', generatedAt: 'T' });
    const s011 = e.findings.filter((f) => f.rule === 'S011');
    expect(s011).toHaveLength(1);
    expect(formatFinding(s011[0], 'zh-CN')).toContain(sheets.map((s) => s.name).join('、'));
  });
});
