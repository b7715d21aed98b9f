/**
 * The 2018 自评表 writes a target's comparison where the reader needs it: a ceiling (≤) on a count, days or money keeps
 * its sign (`≤30天`, `≤100万元`, `≤5次`) — written bare it read as the value to reach — while floors on counts and
 * amounts stay bare as the source document writes them (`49家`, `37000万元`), rates keep ≥ (`≥90%`), and a sign or
 * words the sheet wrote stay as written, never doubled. The 自评报告's running text and its appended table say the same.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { buildReport } from '../../../src/model/report';
import { sampleWorkbookGrid } from '../../../src/model/sample';

const HEADER = ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '度量单位', '实际完成值', '分值', '偏差原因分析及改进措施'];
/** [二级, 三级, 指标性质, 年度指标值, 度量单位, 实际完成值, the target as the 2018 form prints it, as the report says it]. */
const ROWS: ReadonlyArray<readonly [string, string, string | null, CellValue, string | null, CellValue, string, string]> = [
  // ceilings: from 指标性质, from the 二级指标 (时效 in days, 成本), from what should not happen
  ['时效指标', '项目评审周期', '≤', 30, '天', 25, '≤30天', '不超过30天'],
  ['时效指标', '资金拨付时限', null, '30天', null, 20, '≤30天', '不超过30天'],
  ['成本指标', '项目管理费用', null, 100, '万元', 90, '≤100万元', '不超过100万元'],
  ['成本指标', '单个项目评审成本', null, '1,000万元', null, 900, '≤1,000万元', '不超过1,000万元'],
  ['质量指标', '安全事故次数', null, '5次', null, 3, '≤5次', '不超过5次'],
  ['质量指标', '资金闲置率', null, '2%', null, '1%', '≤2%', '不超过2%'],
  // a sign or words the sheet wrote: as written, never doubled
  ['质量指标', '验收返工次数', null, '<5次', null, 3, '<5次', '少于5次'],
  ['数量指标', '新增试点企业', null, '>3家', null, 4, '>3家', '多于3家'],
  ['时效指标', '专家评审时限', null, '30天以内', null, 20, '30天以内', '为30天以内'],
  ['时效指标', '结果公示时限', null, '不超过7天', null, 5, '不超过7天', '不超过7天'],
  ['质量指标', '项目验收合格率', null, '90%以上', null, '95%', '90%以上', '为90%以上'],
  // floors on counts and amounts bare (the source document's `49家`), rates with ≥, = bare
  ['数量指标', '支持专利实施项目', null, 49, '家', 49, '49家', '为49家'],
  ['经济效益指标', '带动社会投入资金', null, '37000万元', null, 37590.1, '37000万元', '为37000万元'],
  ['满意度指标', '项目实施企业满意度', '≥', 90, '%', '92%', '≥90%', '不低于90%'],
  ['质量指标', '所选项目承担单位符合条件', '=', 100, '%', '100%', '100%', '为100%'],
];

function grid(): Grid {
  const sample = sampleWorkbookGrid();
  const values: CellValue[][] = [HEADER, ...ROWS.map((r) => ['产出指标', r[0], r[1], r[2], r[3], r[4], r[5], 5, '说明'])];
  return { sheets: sample.sheets.map((s) => (s.name === '绩效指标' ? { name: '绩效指标', values } : s)) };
}

describe('the 2018 自评表 keeps the comparison of a ceiling', () => {
  const ev = evaluateWorkbook(grid(), { forSelfEval: true, layout: '2018' });
  const se = ev.selfEval!;
  const byName = new Map(se.indicators.map((i) => [i.name, i]));

  it.each(ROWS.map((r) => [r[1], r[6]] as const))('%s is printed %s', (name, printed) => {
    expect(byName.get(name)?.target).toBe(printed);
    // the sheet's cell: `指标k：name` in D, the target in E
    const row = se.layout.cells.find((c) => c.col === 3 && typeof c.value === 'string' && c.value.endsWith(`：${name}`))!.row;
    expect(se.layout.cells.find((c) => c.row === row && c.col === 4)?.value).toBe(printed);
  });

  it('the 自评报告 says each target in words from the same table, and appends the same table', () => {
    const built = buildReport(ev, { date: { year: 2019, month: 3, day: 1 } });
    if (!built.ok) throw new Error('no report');
    const c = built.report.data.C.join('');
    const said = Object.fromEntries([...c.matchAll(/“([^”]+)”年度指标值(.*?)，实际完成/g)].map((m) => [m[1], m[2]]));
    expect(said).toEqual(Object.fromEntries(ROWS.map((r) => [r[1], r[7]])));
    const appended = built.report.parts.flatMap((p) => p.blocks).filter((b) => b.kind === 'table')
      .flatMap((t) => t.bodies.flat().map((row) => row.cells.map((x) => x.text)));
    for (const r of ROWS) expect(appended).toContainEqual(expect.arrayContaining([expect.stringMatching(`：${r[1]}$`), r[6]]));
  });
});

describe('a ceiling written with full-width digits and signs reads as the half-width one (≤３０天, ＜５％)', () => {
  const rows: ReadonlyArray<readonly [string, CellValue, CellValue]> = [
    ['评审周期', '≤３０天', 40], ['评审周期', '≤30天', 40],
    ['资金闲置率', '＜５％', '７％'], ['资金闲置率', '<5%', '7%'],
    ['返工次数', '不超过７次', 9], ['返工次数', '不超过7次', 9],
  ];
  const ev = evaluateWorkbook({
    sheets: sampleWorkbookGrid().sheets.map((s) => (s.name === '绩效指标'
      ? { name: '绩效指标', values: [HEADER, ...rows.map(([n, t, a], k) => ['产出指标', '质量指标', `${n}${k % 2 ? '（半角）' : ''}`, null, t, null, a, 5, '说明'])] }
      : s)),
  }, { forSelfEval: true, layout: '2020' });
  it.each([0, 2, 4])('row %p scores as its half-width twin', (k) => {
    const [full, half] = [ev.selfEval!.indicators[k], ev.selfEval!.indicators[k + 1]];
    expect([full.target, full.actual, full.score]).toEqual([half.target, half.actual, half.score]);
    expect(full.score).toBeLessThan(5);
  });
});
