/** sweep31-forms: a blank 实际完成值 was reported as `实际完成值“”不是数字` — quoting nothing; it now says it is not filled in. */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingText } from '../../../src/model/messages';
import { indicators, scoredBook } from '../support/ledger';

it('W005 on a blank actual says it is not filled in, in both languages', () => {
  const ev = evaluateWorkbook(scoredBook({ indicatorRows: indicators({ 0: { 实际完成值: null } }) }));
  const w = ev.findings.filter((f) => f.rule === 'W005');
  expect(w.map((f) => [findingText(f, 'zh-CN'), findingText(f, 'en-US')])).toEqual([[
    expect.stringMatching(/^定量指标“.+”没有填写实际完成值（也未指定数据来源），无法评分。$/),
    expect.stringMatching(/^Quantitative indicator ".+" has no actual value \(and no data source is given\): it cannot be scored\.$/),
  ]]);
});
