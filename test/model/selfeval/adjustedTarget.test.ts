/**
 * targets39: a target adjusted in the year (调整后目标值 and the ways officers head it) beside the 年度指标值. Before, the
 * column was unknown (S004) and the row was scored against the target it replaced: the sample with 支持专利实施项目 ≥60
 * adjusted to 45 (49 done) scored 16.33 of 20 and the 自评表 96.33; the adjusted target was nowhere on the form.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid } from '../../../src/model/grid';
import { buildReport } from '../../../src/model/report';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import { book } from '../support/ledger';
import { indicatorRow, MONITOR_HEADER } from '../rules/monitor.cases';

/**
 * The sample's 绩效指标 with a column `header` after 年度指标值, holding `adjusted` on the 支持专利实施项目 row (≥60) and,
 * row by row, `others` on the rest (blank where not given).
 */
function withAdjusted(header: string, adjusted: CellValue, layout: '2018' | '2020', others: ReadonlyArray<CellValue> = []) {
  const sample = sampleWorkbookGrid();
  const grid: Grid = {
    sheets: sample.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      const at = s.values[0].indexOf('年度指标值') + 1;
      const values = s.values.map((r, i) => {
        const row = [...r];
        while (row.length < at) row.push(null);
        if (i > 0 && row[2] === '支持专利实施项目') row[at - 1] = 60;
        row.splice(at, 0, i === 0 ? header : row[2] === '支持专利实施项目' ? adjusted : (others[i - 1] ?? null));
        return row;
      });
      return { ...s, values };
    }),
  };
  return evaluateWorkbook(grid, { layout });
}

const first = (ev: ReturnType<typeof evaluateWorkbook>) => ev.selfEval!.indicators.find((i) => i.name === '支持专利实施项目')!;

describe('调整后目标值: the row is scored and printed by the adjusted target', () => {
  it.each([['调整后目标值'], ['调整后指标值'], ['调整后的年度目标'], ['调整后年度指标值'], ['年度指标值（调整后）'],
    // the adjustment written after the heading, whatever its brackets, and with a remark after it: the adjusted column too
    ['年度指标值(调整后)'], ['指标值（调整后）'], ['目标值（调整后）'], ['年度指标值（调整后）\n（数量）'], ['指标值(调整后)（个）'],
    // targets41: 调整后 alone (its unit in brackets), the target without its 值, and when it was adjusted (年中, 中期)
    ['调整后（家）'], ['调整后'], ['调整后年度指标'], ['年中调整后指标值'], ['中期调整后目标值']])('%s is known (no S004) and scores 49 against 45 in full', (header) => {
    for (const layout of ['2018', '2020'] as const) {
      const ev = withAdjusted(header, 45, layout);
      expect(ev.findings.filter((f) => f.rule === 'S004')).toEqual([]);
      expect([layout, first(ev).score, ev.selfEval!.total]).toEqual([layout, 20, 100]);
    }
  });

  it('the 2018 form prints the adjusted target with what it was; the 2020 form scores its number and says so in 偏差原因分析', () => {
    expect(first(withAdjusted('调整后目标值', 45, '2018')).target).toBe('45家（调整后，调整前为60家）');
    const ev = withAdjusted('调整后目标值', '≥45家', '2020');
    expect(first(ev).target).toBe('≥45家');
    const cells = ev.selfEval!.layout.cells;
    const row = cells.find((c) => c.value === '支持专利实施项目')!.row;
    // (targets40: the target it replaced with the comparison the form writes before the adjusted one, ≥60家, not 60家)
    expect(cells.filter((c) => c.row === row && typeof c.value === 'string' && c.value.includes('调整')).map((c) => c.value)).toEqual(['年度指标值由≥60家调整为≥45家。']);
  });

  it.each([[null], ['未调整'], ['/'], ['无']])('%j: not adjusted, the 年度指标值 scores (49 of ≥60: 16.33) and nothing is said', (adjusted) => {
    const ev = withAdjusted('调整后目标值', adjusted, '2018');
    expect([first(ev).target, first(ev).score]).toEqual(['60家', 16.33]);
    expect(ev.selfEval!.layout.cells.some((c) => typeof c.value === 'string' && c.value.includes('调整后'))).toBe(false);
  });
});

describe('a 调整后目标值 column filled on every row, copying the targets that were not adjusted', () => {
  /** The sample's 绩效指标 with 调整后指标值 after 年度指标值 holding, row by row, `copies` (and ≥45家 on 支持专利实施项目, ≥60). */
  const everyRow = (copies: ReadonlyArray<CellValue>, layout: '2018' | '2020') => withAdjusted('调整后指标值', '≥45家', layout, copies);
  // the sample's rows after the first: ≥500 人次, =100 %, 定性 text, ≥37000 万元, 定性 text, ≥90 %, copied as officers write them
  const copies = [null, '≥500人次', 100, '项目执行期在 有效时间内', 37000, '项目实施推动科技进步、促进就业安置、提高科学管理水平、保障安全生产', '≥90%'];

  it.each([['2018'], ['2020']] as const)('%s: only the row whose target changed says it was adjusted', (layout) => {
    const ev = everyRow(copies, layout);
    const said = ev.selfEval!.layout.cells.filter((c) => typeof c.value === 'string' && c.value.includes('调整'));
    expect(said.map((c) => c.value)).toEqual([layout === '2018' ? '≥45家（调整后，调整前为60家）' : '年度指标值由≥60家调整为≥45家。']);
    expect(ev.selfEval!.total).toBe(100);
  });

  it('a copy that differs in its figure, comparison or direction is an adjustment', () => {
    const ev = everyRow([null, '≥600人次', 95, '项目执行期在有效时间内', 37001, null, '≥95%'], '2018');
    const said = ev.selfEval!.layout.cells.filter((c) => typeof c.value === 'string' && c.value.includes('调整后'));
    expect(said.map((c) => c.value)).toEqual(['≥45家（调整后，调整前为60家）', '≥600人次（调整后，调整前为500人次）', '95%（调整后，调整前为100%）', '37001万元（调整后，调整前为37000万元）', '≥95%（调整后，调整前为≥90%）']);
  });
});

/**
 * targets40: the target an adjustment replaced is printed as the form prints a target (stop 39's Left): the 2018 form
 * wrote `≥90%（调整后，调整前为95%）` (a rate's ≥ and a ceiling's ≤ lost from the one before), and the report's 四（一）
 * and the 监控表 did not say a target was adjusted at all.
 */
describe('the target an adjustment replaced, on every face', () => {
  /** The sample with `name`'s row set to 指标性质 `op`, 年度指标值 `from` (度量单位 `unit`) adjusted to `to`, `actual` done. */
  function adjustedRow(name: string, op: CellValue, from: CellValue, unit: CellValue, to: CellValue, actual: CellValue): Grid {
    const sample = sampleWorkbookGrid();
    return {
      sheets: sample.sheets.map((s) => {
        if (s.name !== '绩效指标') return s;
        const h = s.values[0];
        const at = h.indexOf('年度指标值') + 1;
        return {
          ...s,
          values: s.values.map((r, i) => {
            const row = [...r];
            if (i > 0 && row[h.indexOf('三级指标')] === name) [row[h.indexOf('指标性质')], row[at - 1], row[h.indexOf('度量单位')], row[h.indexOf('实际完成值')]] = [op, from, unit, actual];
            row.splice(at, 0, i === 0 ? '调整后目标值' : row[h.indexOf('三级指标')] === name ? to : null);
            return row;
          }),
        };
      }),
    };
  }
  const of = (grid: Grid, layout: '2018' | '2020', name: string) => evaluateWorkbook(grid, { layout }).selfEval!.indicators.find((i) => i.name === name)!;

  it.each([
    // a rate's floor and a ceiling keep their sign on the one replaced, as on the adjusted one; a count's floor is bare on both
    ['项目实施企业满意度', '≥', 95, '%', 90, 92, '≥90%（调整后，调整前为≥95%）', '年度指标值由≥95%调整为≥90%。'],
    ['项目执行时间', '≤', 30, '天', 25, 20, '≤25天（调整后，调整前为≤30天）', '年度指标值由≤30天调整为≤25天。'],
    ['支持专利实施项目', '≥', 60, '家', 45, 49, '45家（调整后，调整前为60家）', '年度指标值由≥60家调整为≥45家。'],
    // written in words: as written
    ['项目实施企业满意度', null, '95%以上', null, '90%以上', 92, '90%以上（调整后，调整前为95%以上）', '年度指标值由95%以上调整为≥90%。'],
  ])('%s %s%s%s adjusted to %s (actual %s): 2018 %s; 2020 %s', (name, op, from, unit, to, actual, form2018, note2020) => {
    const grid = adjustedRow(name, op, from, unit, to, actual);
    expect(of(grid, '2018', name).target).toBe(form2018);
    const ev = evaluateWorkbook(grid, { layout: '2020' });
    expect(ev.selfEval!.layout.cells.filter((c) => typeof c.value === 'string' && c.value.includes('调整')).map((c) => c.value)).toEqual([note2020]);
  });

  it.each([
    // in the words of the appended table: the 2018 form writes a count's floor bare, the 2020 form with its ≥
    ['2018', '年度指标值由60家调整为45家，'],
    ['2020', '年度指标值由不少于60家调整为不少于45家，'],
  ] as const)('the report (%s form) says in 四（一） once that the target was adjusted: %s', (layout, said) => {
    const ev = evaluateWorkbook(adjustedRow('支持专利实施项目', '≥', 60, '家', 45, 49), { forSelfEval: true, layout });
    const r = buildReport(ev, { date: { year: 2019, month: 3, day: 1 } });
    if (!r.ok) throw new Error(r.reason);
    const text = r.report.parts[0].blocks.filter((b) => b.kind === 'paragraph' && b.section === '四（一）').map((b) => JSON.stringify(b)).join('');
    expect(text.match(/年度指标值由[^，]*调整为[^，]*，/g)).toEqual([said]);
    expect(text).not.toContain('调整后，调整前为');
  });

  it('the 监控表 says in 备注 what the target was before its adjustment', () => {
    const header = [...MONITOR_HEADER];
    header.splice(5, 0, '调整后目标值');
    const row = indicatorRow({ target: 12, monitored: 5, likely: '确定能', note: '下半年集中实施' });
    row.splice(5, 0, 10);
    const ev = evaluateWorkbook(book({ profile: [['年初预算数', 60], ['监控截止月份', 6]], indicators: [header, row] }));
    const cells = ev.selfEval!.layout.cells;
    const note = cells.find((c) => typeof c.value === 'string' && c.value.includes('调整为'));
    expect(note?.value).toBe('年度指标值由≥12项调整为≥10项。\n下半年集中实施');
    expect(cells.find((c) => c.row === note!.row && c.col === 4)?.value).toBe(10);
  });
});

/**
 * targets41: two header rows, 年度指标值 merged over 调整前 | 调整后 (stop 40's Left, read/columns.ts:131). Before, 调整前 was
 * an unknown column (S004) and the table had no 年度指标值 (S002, an error: 7 indicators not scored); the 调整后 cells were
 * printed as targets with nothing to say what they replaced.
 */
describe('年度指标值 over 调整前 | 调整后 (two header rows)', () => {
  function twoRows(merged: boolean, layout: '2018' | '2020') {
    const sample = sampleWorkbookGrid();
    const grid: Grid = {
      sheets: sample.sheets.map((s) => {
        if (s.name !== '绩效指标') return s;
        const at = s.values[0].indexOf('年度指标值');
        const top = [...s.values[0]];
        top.splice(at + 1, 0, null);
        const sub = top.map((_, c) => (c === at ? '调整前' : c === at + 1 ? '调整后' : null));
        const body = s.values.slice(1).map((r) => {
          const row = [...r];
          const adjusted = row[2] === '支持专利实施项目';
          if (adjusted) row[at] = 60;
          row.splice(at + 1, 0, adjusted ? 45 : null);
          return row;
        });
        const merges = top.flatMap((_, c) => (c === at ? [{ top: 0, left: c, bottom: 0, right: c + 1 }] : c === at + 1 ? [] : [{ top: 0, left: c, bottom: 1, right: c }]));
        return { ...s, values: [top, sub, ...body], ...(merged ? { merges } : {}) };
      }),
    };
    return evaluateWorkbook(grid, { layout });
  }

  it.each([[true], [false]])('merged %s: 调整前 is the 年度指标值, 调整后 the adjusted target; every row scored', (merged) => {
    const ev = twoRows(merged, '2018');
    expect(ev.findings.filter((f) => f.sheet === '绩效指标' && /^S00/.test(f.rule)).map((f) => f.rule)).toEqual([]);
    expect(first(ev).target).toBe('45家（调整后，调整前为60家）');
    expect(ev.selfEval!.indicators.map((i) => i.score)).toEqual([20, 15, 10, 5, 20, 10, 10]);
    const said = twoRows(merged, '2020').selfEval!.layout.cells.filter((c) => typeof c.value === 'string' && c.value.includes('调整'));
    expect(said.map((c) => c.value)).toEqual(['年度指标值由≥60家调整为≥45家。']);
  });
});
