/**
 * The messy source-year ledger, and a copy of it with one defect per rule planted: each defect
 * is found at its cell, and no error or warning lands on a row without a plant.
 */
import { checkWorkbook } from '../../src/model/check';
import { a1 } from '../../src/model/grid';
import { messyLedgerGrid } from '../../src/model/sample';
import { planted } from './support/planted';

const clean = messyLedgerGrid();

describe('the messy source-year ledger', () => {
  it('reads all 169 projects with 0 errors and 0 warnings', () => {
    const r = checkWorkbook(clean.grid);
    expect(r.ledger!.projects).toHaveLength(169);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('reads the cohort sums of the spec README exactly (in 分)', () => {
    const r = checkWorkbook(clean.grid);
    const by = new Map<number, { n: number; approved: number; disbursed: number }>();
    for (const p of r.ledger!.projects) {
      const c = by.get(p.cohortYear!) ?? { n: 0, approved: 0, disbursed: 0 };
      c.n++;
      c.approved += p.approved!;
      c.disbursed += p.disbursed!;
      by.set(p.cohortYear!, c);
    }
    const W = 1_000_000;
    expect(Object.fromEntries(by)).toEqual({
      2018: { n: 49, approved: 1335 * W, disbursed: 160 * W },
      2017: { n: 50, approved: 1431 * W, disbursed: 680 * W },
      2016: { n: 18, approved: 586 * W, disbursed: 90 * W },
      2015: { n: 30, approved: 854 * W, disbursed: 160 * W },
      2014: { n: 22, approved: 755 * W, disbursed: 110 * W },
    });
  });
});

describe('one defect per rule, planted in the messy ledger', () => {
  const { grid, plants } = planted();
  const findings = checkWorkbook(grid).findings;
  const key = (x: { rule: string; severity: string; sheet?: string; row: number; col: number }): string => `${x.rule} ${x.severity} ${x.sheet}!${a1(x.row, x.col)}`;
  const got = new Set(findings.map(key));

  it.each(plants.map((p) => [key(p), p] as const))('%s is found', (k) => {
    expect(got).toContain(k);
  });
  it('covers every ledger, sheet and workbook rule of the catalogue that a ledger can break', () => {
    const rules = new Set(plants.map((p) => p.rule));
    for (const id of ['L002', 'L003', 'L004', 'L005', 'L006', 'L007', 'L008', 'L009', 'L010', 'L011', 'L012', 'L013', 'L014', 'L015', 'L016', 'L017', 'L018', 'L019', 'L020', 'L021', 'L022', 'S003', 'W001', 'W002', 'W005', 'W008'])
      expect(rules).toContain(id);
  });
  it('puts no error or warning on a row without a plant', () => {
    const plantedRows = new Set(plants.map((p) => `${p.sheet}:${p.row}`));
    const stray = findings.filter((f) => f.severity !== 'info' && !plantedRows.has(`${f.sheet}:${f.row}`));
    expect(stray.map(key)).toEqual([]);
  });
});
