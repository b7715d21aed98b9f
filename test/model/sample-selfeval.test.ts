import { evaluateWorkbook } from '../../src/model/evaluate';
import { sampleWorkbookGrid } from '../../src/model/sample';

const SPEC_PARAGRAPH =
  '本年共计拨付专利实施项目经费1200万元，其中：2018年新上项目49项，财政支持资金1335万元，本年拨付160万元；2017年结转项目50项，财政支持资金1431万元，本年拨付680万元；2016年结转项目18项，财政支持资金586万元，本年拨付90万元；2015年结转项目30项，财政支持资金854万元，本年拨付160万元；2014年结转项目22项，财政支持资金755万元，本年拨付110万元。累计带动社会投入83553.61万元。';

describe('the bundled sample, end to end through the model', () => {
  it('checks clean', () => {
    expect(evaluateWorkbook(sampleWorkbookGrid()).findings).toEqual([]);
  });
  it('2018 layout shows every figure of the source appendix in the form', () => {
    const se = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2018' }).selfEval!;
    const texts = se.layout.cells.map((c) => String(c.value ?? ''));
    for (const t of ['自治区财政项目支出绩效自评表', '（2018年度）', '自治区专利实施计划项目', '自治区知识产权局', '49家', '500人次', '37000万元', '37590.1万元', '≥90%'])
      expect(texts).toContain(t);
    // 预算数 / 执行数 and 财政拨款 预算 / 执行: numbers shown as 1200万元 by their format
    const budget = se.layout.cells.filter((c) => c.value === 1200 && /万元/.test(c.style?.numberFormat ?? ''));
    expect(budget).toHaveLength(4);
    expect(texts.some((t) => /\d\.\d{6,}/.test(t))).toBe(false); // no float noise anywhere
  });
  it('2020 layout scores the worked example to 100.00 and 优', () => {
    const e = evaluateWorkbook(sampleWorkbookGrid(), { layout: '2020' });
    expect(e.selfEval!.total).toBe(100);
    expect(e.selfEval!.grade).toBe('优');
    expect(e.selfEval!.budget).toEqual({ rate: 1, score: 10 });
    expect(e.selfEval!.indicators.map((i) => i.score)).toEqual([20, 15, 10, 5, 20, 10, 10]);
  });
  it('writes the funds paragraph character for character', () => {
    expect(evaluateWorkbook(sampleWorkbookGrid()).selfEval!.paragraph).toBe(SPEC_PARAGRAPH);
  });
});
