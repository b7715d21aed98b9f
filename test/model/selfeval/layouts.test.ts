import type { Merge } from '../../../src/model/grid';
import { a1 } from '../../../src/model/grid';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../../src/model/sample';
import type { LayoutCell, SheetLayout } from '../../../src/model/layout';
import { computeMetrics } from '../../../src/model/metrics';
import type { Indicator } from '../../../src/model/records';
import { buildSelfEval, selfEvalSheetName } from '../../../src/model/selfeval';
import { lineCount, textWidth } from '../../../src/model/selfeval/sheet';
import { profile, sourceYearProjects, workedExample } from '../scoring/fixtures';
import { HOST_LINE_POINTS } from '../../support/hostLines';

const GOAL = '支持自治区确定的重大工程和重点建设项目及新疆特色产业领域的申报项目，通过实施专利项目，提升优势企业的知识产权创造、管理、保护和运用能力。开展人才培训，搭建专利技术转化实施平台，建立企业知识产权信息利用平台和专利数据库，增强企业领导和职工的知识产权意识，激励企业科技创新和知识产权创造，有效的提高企业运用知识产权制度的能力和知识产权工作管理水平。';

/** The indicators of the source document's appendix (scheme 2018, no 分值). */
function appendix(): Indicator[] {
  const rows: Array<Partial<Indicator>> = [
    { level1: '项目完成指标', level2: '数量指标', level3: '支持专利实施项目', op: '≥', target: 49, unit: '家', actual: 49 },
    { level2: '数量指标', level3: '培训从事知识产权工作人员', op: '≥', target: 500, unit: '人次', actualText: '完成500人次以上' },
    { level2: '质量指标', level3: '所选项目承担单位符合条件', op: '定性', targetText: '100%符合要求', actualText: '选择符合国家和自治区产业政策的专利项目' },
    { level2: '时效指标', level3: '项目执行时间', op: '定性', targetText: '项目执行期在有效时间内', actualText: '按合同项目进度安排表逐步推进' },
    { level2: '成本', level3: '减少项目成本', op: '定性', targetText: '有效减少项目成本', actualText: '通过采取地方初评，网上专家评审等方式，减少项目成本' },
    { level1: '项目效果指标', level2: '经济效益指标', level3: '带来经济产值', op: '定性', targetText: '稳步提升', actualText: '已验收项目均达到预计目标' },
    { level2: '经济效益指标', level3: '带动社会投入资金', op: '≥', targetText: '带动社会投入37000万元', target: 37000, unit: '万元', source: '带动社会投入' },
    { level2: '社会效益指标', level3: '推动各项社会效益', op: '定性', targetText: '项目实施推动科技进步', actualText: '培育出一批创新型企业' },
    { level2: '可持续影响指标', level3: '项目实施期间持续申请相关专利', op: '定性', targetText: '提升自治区企业自主创新能力', actualText: '中长期' },
    { level1: '满意度指标', level2: '满意度指标', level3: '项目实施企业满意度', op: '≥', targetText: '项目实施单位满意度≥90', target: 90, actualText: '≥90' },
  ];
  let last1 = '';
  return rows.map((r, k) => {
    last1 = r.level1 ?? last1; // the reader fills 一级 down
    return { row: k + 1, ...r, level1: last1 };
  });
}

const text = (l: SheetLayout, row: number, col: number): LayoutCell | undefined => l.cells.find((c) => c.row === row && c.col === col);
/** A label's words as written (the layout breaks a label that does not fit between its words: 实施 / 单位). */
const words = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/\n/g, '') : v);
const find = (l: SheetLayout, value: unknown): LayoutCell => {
  const c = l.cells.find((x) => x.value === value) ?? l.cells.find((x) => typeof value === 'string' && words(x.value) === value);
  if (!c) throw new Error(`no cell ${String(value)}`);
  return c;
};
const mergeAt = (l: SheetLayout, c: { row: number; col: number }): Merge | undefined => l.merges.find((m) => m.top === c.row && m.left === c.col);
const inside = (m: Merge, r: number, c: number): boolean => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right;

function build2018(indicators = appendix()) {
  return buildSelfEval({
    profile: profile({ scheme: '2018', goal: GOAL, goalResult: '该资金通过对具有自主知识产权的创新成果转化给予重点支持。' }),
    projects: sourceYearProjects(), indicators, layout: '2018', indicatorSheet: '绩效指标', ledgerSheet: '项目台账', generatedAt: '2019-02-28 09:30',
  });
}

describe('layout 2018 (the appendix of the source document)', () => {
  const se = build2018();
  const l = se.layout;

  it('is titled like the form, in a new sheet named after the year', () => {
    expect(se.sheetName).toBe('2018年度绩效自评表');
    expect(l.name).toBe('2018年度绩效自评表');
    expect(find(l, '自治区财政项目支出绩效自评表').style).toMatchObject({ bold: true, fontSize: 16, hAlign: 'center' });
    expect(find(l, '（2018年度）')).toBeDefined();
    expect(l.font).toMatchObject({ name: '宋体', size: 11 });
    expect(l.font.fallbacks.length).toBeGreaterThan(0);
  });

  it('shows 财政拨款 1200万元 budget and executed, as numbers that read with the unit', () => {
    // the B column's label breaks after its colon (其中：/ 财政拨款), the D column's is on one line
    const label = l.cells.filter((c) => typeof c.value === 'string' && c.value.replace('\n', '') === '其中：财政拨款');
    expect(label.map((c) => c.value)).toEqual(['其中：\n财政拨款', '其中：财政拨款']);
    expect(label).toHaveLength(2);
    const [budget, executed] = label.map((c) => text(l, c.row, c.col + 1)!);
    for (const c of [budget, executed]) expect([c.value, c.style?.numberFormat]).toEqual([1200, '0"万元"']);
  });

  it('lists every 二级 category of the form, an empty numbered row where the sheet has none, merged down', () => {
    const col2 = l.cells.filter((c) => c.col === 2 && typeof c.value === 'string' && c.row > find(l, '二级指标').row).map((c) => words(c.value));
    expect(col2).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标']);
    const eco = find(l, '生态效益指标');
    expect(text(l, eco.row, 3)?.value).toBe('指标1：');
    expect([text(l, eco.row, 4)?.value, text(l, eco.row, 5)?.value]).toEqual([null, null]);
    const qty = find(l, '数量指标');
    expect(mergeAt(l, qty)).toEqual({ top: qty.row, left: 2, bottom: qty.row + 1, right: 2 });
    const done = find(l, '项目完成指标');
    expect(mergeAt(l, done)).toEqual({ top: done.row, left: 1, bottom: done.row + 4, right: 1 });
    expect(done.style?.hAlign).toBe('center');
  });

  it('numbers indicators within their group and shows values as the form does', () => {
    const row = (name: string) => {
      const c = find(l, name);
      return [text(l, c.row, 4)?.value, text(l, c.row, 5)?.value];
    };
    expect(row('指标1：支持专利实施项目')).toEqual(['49家', '49家']);
    expect(row('指标2：培训从事知识产权工作人员')).toEqual(['500人次', '完成500人次以上']);
    expect(row('指标2：带动社会投入资金')).toEqual(['带动社会投入37000万元', '37590.1万元']);
    expect(row('指标1：项目实施企业满意度')).toEqual(['项目实施单位满意度≥90', '≥90']);
    expect(row('指标1：项目执行时间')).toEqual(['项目执行期在有效时间内', '按合同项目进度安排表逐步推进']);
  });

  it('maps 2020 level-1 names to the form\'s', () => {
    const renamed = appendix().map((i) => ({ ...i, level1: i.level1 === '项目完成指标' ? '产出指标' : i.level1 === '项目效果指标' ? '效益' : i.level1 }));
    const l2 = build2018(renamed).layout;
    expect(l2.cells.filter((c) => c.col === 1 && ['项目完成指标', '项目效果指标', '满意度指标', '产出指标', '效益指标'].includes(String(words(c.value)))).map((c) => words(c.value)))
      .toEqual(['项目完成指标', '项目效果指标', '满意度指标']);
  });

  it('has no score row without 分值, and no points findings', () => {
    expect(se.total).toBeUndefined();
    expect(l.cells.some((c) => typeof c.value === 'string' && c.value.startsWith('自评等级'))).toBe(false);
    expect(se.findings.map((f) => f.rule)).toEqual([]);
  });

  it('with 分值, ends with the total and the grade, and passes the reader\'s columns to the findings', () => {
    const se2 = buildSelfEval({
      profile: profile({ scheme: '2018' }), projects: sourceYearProjects(), indicators: workedExample(), layout: '2018',
      indicatorSheet: '指标', ledgerSheet: '台账', columns: { actual: 5 },
    });
    const row = find(se2.layout, '自评等级：优').row;
    expect(text(se2.layout, row, 4)).toMatchObject({ value: 100 });
    expect(se2.layout.page?.printArea.bottom).toBe(row);
    expect(se2.findings.map((f) => [f.rule, f.sheet, f.row, f.col])).toEqual([['W006', '指标', 2, 5]]);
  });

  it('prints on A4 portrait, on one page (it fits), centred, with the indicator header repeated should it spill', () => {
    const head = find(l, '一级指标').row;
    expect(l.page).toMatchObject({
      paperSize: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 1, horizontalCentered: true,
      margins: { top: 1.5, bottom: 1.5, left: 1.5, right: 1.5 }, printTitleRows: { first: head, last: head },
    });
    const last = find(l, '指标1：项目实施企业满意度').row;
    expect(l.page?.printArea).toEqual({ top: 0, left: 0, bottom: last, right: 5 });
  });

  it('puts the funds paragraph and the generation note below the print area', () => {
    const para = find(l, se.paragraph);
    const note = find(l, '本表由绩效自评助手于2019-02-28 09:30根据工作表“项目台账”“绩效指标”生成。');
    expect(para.row).toBeGreaterThan(l.page!.printArea.bottom);
    expect(note.row).toBe(para.row + 1);
    expect(para.style?.border).toBeFalsy();
    expect(se.paragraph.startsWith('本年共计拨付专利实施项目经费1200万元')).toBe(true);
  });

  it('borders every cell of the table, and wraps its text', () => {
    const area = l.page!.printArea;
    for (let r = 2; r <= area.bottom; r++) {
      for (let c = 0; c <= area.right; c++) {
        const cell = text(l, r, c);
        expect([a1(r, c), cell?.style?.border]).toEqual([a1(r, c), true]);
        if (cell?.value) expect(cell.style?.wrap).toBe(true);
      }
    }
    // no cell is covered by two merges
    for (const [i, m] of l.merges.entries()) for (const n of l.merges.slice(i + 1)) expect(inside(m, n.top, n.left) || inside(n, m.top, m.left)).toBe(false);
  });

  it('gives rows the height of their wrapped text', () => {
    const goal = find(l, GOAL);
    const m = mergeAt(l, goal)!;
    const width = l.columnWidths.slice(m.left, m.right + 1).reduce((a, b) => a + b, 0);
    expect(lineCount(GOAL, width)).toBeGreaterThan(3);
    expect(l.rowHeights[goal.row]!).toBeGreaterThanOrEqual(lineCount(GOAL, width) * HOST_LINE_POINTS);
    const short = find(l, '项目名称');
    expect(l.rowHeights[short.row]!).toBeLessThan(l.rowHeights[goal.row]!);
  });
});

describe('layout 2020', () => {
  const build = (over = {}, indicators: Indicator[] = workedExample(), existingSheets: string[] = []) =>
    buildSelfEval({ profile: profile(over), projects: sourceYearProjects(), indicators, layout: '2020', indicatorSheet: '绩效指标', ledgerSheet: '项目台账', existingSheets });

  it('has the header, funds, goal, indicator and total blocks of the form', () => {
    const l = build().layout;
    expect(find(l, '项目支出绩效自评表').style).toMatchObject({ bold: true, fontSize: 16 });
    for (const label of ['项目名称', '主管部门', '实施单位', '项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率', '年度资金总额',
      '其中：当年财政拨款', '上年结转资金', '其他资金', '年度总体目标', '预期目标', '实际完成情况', '绩效指标', '偏差原因分析及改进措施', '总分']) {
      expect(find(l, label)).toBeDefined();
    }
    const total = find(l, '年度资金总额');
    expect([2, 3, 4, 5, 6].map((k) => text(l, total.row, total.col + k)?.value)).toEqual([null, 1200, 1200, 10, 1]);
    expect(text(l, total.row, 4)?.style?.numberFormat).toBe('0.00');
    expect(text(l, total.row, 7)?.style?.numberFormat).toBe('0.00%');
    expect(text(l, find(l, '总分').row, 6)?.value).toBe(100);
  });

  it('shows targets and actuals as numbers formatted with the comparison and unit', () => {
    const l = build().layout;
    const r = find(l, '带动社会投入资金').row;
    expect([text(l, r, 4)?.value, text(l, r, 4)?.style?.numberFormat]).toEqual([37000, '"≥"0"万元"']);
    expect([text(l, r, 5)?.value, text(l, r, 5)?.style?.numberFormat]).toEqual([37590.1, '0.0"万元"']);
    expect(build().indicators.find((i) => i.name === '带动社会投入资金')).toMatchObject({ target: '≥37000万元', actual: '37590.1万元', points: 20, score: 20 });
  });

  it('maps 2018 level-1 names to the 2020 ones and merges them down', () => {
    const renamed = workedExample().map((i) => ({ ...i, level1: i.level1 === '产出指标' ? '项目完成指标' : i.level1 }));
    const l = build({}, renamed).layout;
    const out = find(l, '产出指标');
    expect(mergeAt(l, out)).toEqual({ top: out.row, left: 1, bottom: out.row + 3, right: 1 });
  });

  it('prints landscape with the indicator header repeated; the paragraph is outside the print area', () => {
    const se = build();
    const l = se.layout;
    const head = find(l, '一级指标').row;
    expect(l.page).toMatchObject({ orientation: 'landscape', printTitleRows: { first: head, last: head } });
    expect(l.page?.printArea).toEqual({ top: 0, left: 0, bottom: find(l, '总分').row, right: 8 });
    expect(find(l, se.paragraph).row).toBeGreaterThan(find(l, '总分').row);
  });

  it('without 分值: no indicator scores, no total formula', () => {
    const se = build({}, workedExample().map(({ points: _p, ...i }) => i));
    const l = se.layout;
    const totalRow = find(l, '总分').row;
    expect(text(l, totalRow, 7)).toMatchObject({ value: '—' });
    expect(text(l, totalRow, 7)?.formula).toBeUndefined();
    expect(l.cells.filter((c) => c.formula).length).toBe(5); // the 4 rates and the budget score
  });

  it('never reuses an existing sheet name', () => {
    expect(build({}, workedExample(), ['2018年度绩效自评表', '2018年度绩效自评表 (2)']).sheetName).toBe('2018年度绩效自评表 (3)');
    expect(selfEvalSheetName(undefined)).toBe('绩效自评表');
  });

  it('takes metrics when given instead of recomputing them', () => {
    const m = computeMetrics(sourceYearProjects(), profile({ executed: undefined }));
    const se = buildSelfEval({ profile: profile(), projects: [], indicators: workedExample(), metrics: m, layout: '2020', indicatorSheet: '绩效指标', ledgerSheet: '项目台账' });
    expect(se.paragraph).toContain('2014年结转项目22项');
  });
});

describe('text measure', () => {
  it('counts CJK as two units and wraps by the column width', () => {
    expect(textWidth('49家')).toBe(4);
    expect(textWidth('≥90%')).toBe(5);
    // 11 characters wide: Excel draws 77 px, 72 of them for text, and 宋体 11 pt draws a CJK character 15 px: 4 a line
    expect(lineCount('一二三四五六七八九十', 11)).toBe(3);
    expect(lineCount('一二三四五\n六', 30)).toBe(2);
  });

  // Excel draws a column W characters wide 7W px (Calibri 11's 7-px digit), 5 of them padding and gridline; 宋体 11 pt
  // (15 ppem at 96 dpi) draws a CJK character 15 px and wraps between whole characters. A row counted at 14 px a
  // character (the old measure: 2 units of 7 px) was a line short wherever the text ran past 15 a line in a 34-wide
  // column: cut on paper.
  test('a CJK text takes the lines Excel wraps it to, and the form\'s row is that tall', () => {
    for (const w of [8, 10, 11, 12, 13, 16, 24, 28, 30, 34, 40]) {
      const perLine = Math.floor((7 * w - 5) / 15);
      for (let n = 1; n <= 70; n++) expect({ w, n, lines: lineCount('字'.repeat(n), w) }).toEqual({ w, n, lines: Math.ceil(n / perLine) });
    }
    // the 2018 form's 实际完成指标值 (25 wide): 23 characters are 3 lines in Excel (11 a line), not 2 (12 at 14 px)
    const grid = sampleWorkbookGrid();
    const sheet = grid.sheets.find((x) => x.name === '绩效指标')!;
    const actual = sheet.values[0].indexOf('实际完成值');
    const text = '已完成全部培训任务并组织考核验收，各地州市按期';
    expect([...text].length).toBe(23);
    const values = sheet.values.map((r, i) => (i === 1 ? r.map((v, c) => (c === actual ? text : v)) : r));
    const edited = { sheets: grid.sheets.map((x) => (x === sheet ? { ...x, values } : x)) };
    const layout = evaluateWorkbook(edited, { forSelfEval: true, layout: '2018' }).selfEval!.layout;
    const cell = layout.cells.find((c) => c.value === text)!;
    expect(layout.columnWidths[cell.col]).toBe(25);
    expect(layout.rowHeights[cell.row]).toBeGreaterThanOrEqual(3 * HOST_LINE_POINTS);
  });
});
