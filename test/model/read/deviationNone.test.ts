/**
 * A 无 or / where the deviation's reason goes (偏差原因分析及改进措施, or 备注 in a table with no column of its own for
 * it, 88d9ff1) says no reason was given: the 自评表 and the report get none, and W006 still asks for one (late38).
 */
import type { Grid } from '../../../src/model/grid';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingCell } from '../../../src/model/findingsShown';
import { sampleWorkbookGrid } from '../../../src/model/sample';

/** The sample with 支持专利实施项目's target at 60 (49 done) and the given texts in its 偏差原因 column, headed `header`. */
function withReasons(header: string, reasons: Readonly<Record<string, string>>): Grid {
  const g = sampleWorkbookGrid();
  return {
    sheets: g.sheets.map((s) => {
      if (s.name !== '绩效指标') return s;
      return {
        ...s,
        values: s.values.map((r, i) => {
          const row = [...r];
          if (i === 0) row[10] = header;
          const name = row[2];
          if (typeof name === 'string' && name in reasons) row[10] = reasons[name];
          if (name === '支持专利实施项目') row[4] = 60;
          return row;
        }),
      };
    }),
  };
}

describe.each([['备注'], ['偏差原因分析及改进措施']])('a placeholder under %s is no reason', (header) => {
  const ev = evaluateWorkbook(withReasons(header, { 支持专利实施项目: '无', 培训从事知识产权工作人员: '／', 项目实施企业满意度: '数据来源：问卷调查' }), {});
  const read = new Map(ev.check.indicators!.indicators.map((i) => [i.level3, i.deviation]));

  it('reads 无 and ／ as no deviation, and a text as the text', () => {
    expect([read.get('支持专利实施项目'), read.get('培训从事知识产权工作人员'), read.get('项目实施企业满意度')]).toEqual([undefined, undefined, '数据来源：问卷调查']);
  });

  it('W006 still asks for the reason of 1100 against 500人次', () => {
    expect(ev.findings.filter((f) => f.rule === 'W006').map(findingCell)).toEqual(['G3']);
  });
});
