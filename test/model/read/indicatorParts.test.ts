/**
 * An indicator table split over sheets with the same header (绩效指标（产出） beside 绩效指标（效益）): read as one table,
 * each indicator's findings on its own sheet. Before, the second sheet was only reported (S014) and its indicators were
 * neither checked nor scored (60 中 for the sample split in two). Sheets with another header, or that repeat the
 * indicators already read (an old copy), are still only reported.
 */
import { checkWorkbook, sheetsToRead } from '../../../src/model/check';
import { findingText } from '../../../src/model/messages';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import type { CellValue, Grid, GridSheet } from '../../../src/model/grid';
import { paragraphC } from '../../../src/model/report/paragraphs';
import { sampleIndicatorValues, sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';

const [HEADER, ...ROWS] = sampleIndicatorValues();
const output = ROWS.filter((r) => r[0] === '产出指标');
const rest = ROWS.filter((r) => r[0] !== '产出指标');

const split = (second: CellValue[][], secondName = '绩效指标（效益）'): Grid => {
  const base = sampleWorkbookGrid();
  const sheets: GridSheet[] = [];
  for (const s of base.sheets) {
    if (s.name !== SAMPLE_SHEETS.indicators) sheets.push(s);
    else sheets.push({ name: '绩效指标（产出）', values: [HEADER, ...output] }, { name: secondName, values: second });
  }
  return { sheets };
};

describe('an indicator table over two sheets', () => {
  it('the same header: both read, scored as the sample in one sheet, no S014', () => {
    const g = split([HEADER, ...rest]);
    const whole = evaluateWorkbook(sampleWorkbookGrid());
    const e = evaluateWorkbook(g);
    expect(e.check.indicators!.indicators.map((i) => i.level3)).toEqual(whole.check.indicators!.indicators.map((i) => i.level3));
    expect(e.check.indicatorSheets).toEqual(['绩效指标（产出）', '绩效指标（效益）']);
    expect(e.findings.map((f) => f.rule)).not.toContain('S014');
    expect(e.selfEval?.total).toBe(whole.selfEval?.total);
    expect(e.selfEval?.total).toBe(100);
    expect(e.selfEval?.paragraph).toBe(whole.selfEval?.paragraph);
  });

  it('a finding on an indicator of the second sheet points at its cell there', () => {
    // 满意度 actual 80 of ≥90 with a 偏差原因 blank: no W006 (under), but an unknown 数据来源 gives W008 on its row
    const second = [HEADER, ...rest.map((r) => (r[2] === '项目实施企业满意度' ? [...r.slice(0, 7), '问卷', ...r.slice(8)] : r))];
    const c = checkWorkbook(split(second));
    const w8 = c.findings.find((f) => f.rule === 'W008');
    expect(w8).toMatchObject({ sheet: '绩效指标（效益）', row: second.findIndex((r) => r[2] === '项目实施企业满意度'), col: 7 });
  });

  it('rows that repeat in both sheets stay apart: the report words each indicator from its own row', () => {
    const e = evaluateWorkbook(split([HEADER, ...rest]));
    const text = paragraphC(e.selfEval!, e.check.profile, '2020').flatMap((p) => p.map((r) => r.text)).join('');
    // row 1 of each sheet: 支持专利实施项目 (产出) and 带动社会投入资金 (效益), each with its own target
    const first = /“支持专利实施项目”年度指标值[^。]*/.exec(text)![0];
    expect(first).toContain('49');
    expect(first).not.toContain('37000');
    expect(text).toMatch(/“带动社会投入资金”年度指标值[^。]*37000/);
  });

  it('the part is among the sheets a file reader reads whole', () => {
    expect([...sheetsToRead(split([HEADER, ...rest]))]).toContain('绩效指标（效益）');
  });

  it('another header: only reported (S014), its indicators not read', () => {
    const other = [HEADER.map((h) => (h === '偏差原因分析及改进措施' ? '备注说明' : h)).slice(0, 10), ...rest.map((r) => r.slice(0, 10))];
    const c = checkWorkbook(split([[...other[0], '指标解释'], ...other.slice(1)]));
    expect(c.findings.map((f) => f.rule)).toContain('S014');
    expect(c.indicators!.indicators).toHaveLength(output.length);
  });

  it('a sheet that repeats the indicators read (an old copy): only reported (S014)', () => {
    const c = checkWorkbook(split([HEADER, ...output, ...rest], '绩效指标（旧）'));
    expect(c.findings.map((f) => f.rule)).toContain('S014');
    expect(c.indicators!.indicators).toHaveLength(output.length);
    expect(c.indicatorSheets).toBeUndefined();
  });

  it('a sheet named for another year (2017年绩效指标), its indicators worded otherwise: last year\'s, only reported (S014)', () => {
    const lastYear = [HEADER, ...rest.map((r) => r.map((v, j) => (j === 2 ? `2017年${String(v)}` : v)))];
    const c = checkWorkbook(split(lastYear, '2017年绩效指标'));
    expect(c.findings.map((f) => f.rule)).toContain('S014');
    expect(c.indicators!.indicators).toHaveLength(output.length);
    // the evaluation's own year in the name is a part as before
    expect(checkWorkbook(split([HEADER, ...rest], '2018年绩效指标（效益）')).indicators!.indicators).toHaveLength(ROWS.length);
  });

  it('S014 on another year\'s sheet says which year and what to do, not "merge its indicators into this year\'s"', () => {
    const of = (name: string): string[] => {
      const f = checkWorkbook(split([HEADER, ...rest.map((r) => r.map((v, j) => (j === 2 ? `${name.slice(0, 4)}年${String(v)}` : v)))], name)).findings.find((x) => x.rule === 'S014')!;
      return [findingText(f, 'zh-CN'), findingText(f, 'en-US')];
    };
    const [older, olderEn] = of('2017年绩效指标');
    expect(older).toBe('工作表“2017年绩效指标”是 2017 年的绩效指标表，早于评价年度 2018 年，未读取：本次只检查并评分“绩效指标（产出）”。往年的指标不必合并到本年表中；如已不需要，可将此表移出本工作簿。');
    expect(olderEn.replace(/"[^"]*"/g, '')).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese but the sheet names quoted
    const [newer] = of('2019年绩效指标');
    expect(newer).toContain('是 2019 年的绩效指标表，晚于评价年度 2018 年，未读取');
    expect(newer).toContain('如本次应评价 2019 年，请将评价年度改为 2019');
    for (const t of [older, newer]) expect(t).not.toContain('合并到“');
    // a sheet of no other year keeps the advice to merge (an old copy of this year's)
    const copy = checkWorkbook(split([HEADER, ...output, ...rest], '绩效指标（旧）')).findings.find((x) => x.rule === 'S014')!;
    expect(findingText(copy, 'zh-CN')).toContain('请把各表的指标合并到“绩效指标（产出）”一张表中');
  });
});
