/**
 * A 2020 自评表 built from targets as people write them (writtenTargets.ts): every unit printed
 * with its target and actual (`1处`, `≤15万元`, `≥95分`, `≥95%`; a comparison the reading supplied to a floor is not
 * printed: print38), every score equal to the one
 * computed by hand, and the table's native formulas (HyperFormula) equal to the model.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { expectFormulasAgree } from '../../support/layoutFormulas';
import { WRITTEN_ROWS, WRITTEN_TOTAL, writtenTargetsGrid } from './writtenTargets';

/** What Excel shows for a number under a format like `"≥"0.00"万元"` or `"提升"0"%";"下降"0"%"`. */
function shown(value: number, format: string): string {
  const [pos, neg] = format.split(';');
  const f = value < 0 && neg ? neg : pos;
  const m = /^(?:"([^"]*)")?0(?:\.(0+))?(?:"([^"]*)")?$/.exec(f);
  if (!m) throw new Error(`unexpected format ${format}`);
  const n = Math.abs(value < 0 && neg ? -value : value).toFixed(m[2]?.length ?? 0);
  return `${m[1] ?? ''}${value < 0 && !neg ? '-' : ''}${n}${m[3] ?? ''}`;
}

describe('a 2020 自评表 from targets written in free Chinese', () => {
  const ev = evaluateWorkbook(writtenTargetsGrid(), { layout: '2020' });
  const se = ev.selfEval!;
  const byName = new Map(se.indicators.map((i) => [i.name, i]));

  it('scores every indicator as computed by hand, total and grade', () => {
    for (const [, , name, , , , , score] of WRITTEN_ROWS) expect([name, byName.get(name)?.score]).toEqual([name, score ?? undefined]);
    expect([se.total, se.grade]).toEqual([WRITTEN_TOTAL, '优']);
  });

  it('prints each target with its comparison and unit, deadlines and several values as written', () => {
    const cells = se.layout.cells;
    for (const [, , name, , , , , , printed] of WRITTEN_ROWS) {
      const row = cells.find((c) => c.col === 3 && c.value === name)!.row;
      const e = cells.find((c) => c.row === row && c.col === 4)!;
      const text = typeof e.value === 'number' ? shown(e.value, e.style!.numberFormat!) : e.value;
      expect([name, text]).toEqual([name, printed]);
      expect(byName.get(name)!.target).toBe(printed);
    }
  });

  it('prints actuals in the target unit: 68000人次 against 约6.6万人次 shows 6.8万人次', () => {
    const cells = se.layout.cells;
    const actualOf = (name: string): string => {
      const row = cells.find((c) => c.col === 3 && c.value === name)!.row;
      const f = cells.find((c) => c.row === row && c.col === 5)!;
      return typeof f.value === 'number' ? shown(f.value, f.style!.numberFormat!) : String(f.value);
    };
    expect(['培训人次', '评估费用', '企业销售收入增长', '考核得分', '应急响应时间'].map(actualOf)).toEqual(['6.8万人次', '0.28万元', '提升22%', '93分', '0.4小时']);
    expect(actualOf('工程完工时间')).toBe('2018年11月20日完工');
  });

  it('the native formulas evaluate to the model’s scores (HyperFormula)', () => {
    expectFormulasAgree(se.layout);
    const formulas = se.layout.cells.filter((c) => c.formula !== undefined);
    // a formula for each of the 12 number targets (not the several values, the deadline, 不适用), and the total
    expect(formulas.filter((c) => c.col === 7 && c.row > 10).length).toBe(12 + 1);
  });

  it('reports how it read the approximate and the several values (info), nothing else', () => {
    expect(ev.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['T010 info', 'T011 info']);
  });

  it('the 2018 form keeps the units as written', () => {
    const se2018 = evaluateWorkbook(writtenTargetsGrid(), { layout: '2018' }).selfEval!;
    const t = new Map(se2018.indicators.map((i) => [i.name, i.target]));
    expect(['新建公共卫生间', '考核得分', '单个服务点建设成本', '新建便民服务点'].map((n) => t.get(n))).toEqual(['两栋', '≥95分', '≤15万元', '1处']);
  });
});
