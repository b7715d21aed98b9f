/**
 * The shapes of left44.ts, read as a finance officer reads them: every project once, the sums approved and paid to the
 * 分, each cohort year, no error about what is right; and what each shape is about. Those about a fix failed on the code
 * before it (said in each test's name).
 */
import type { WorkbookEvaluation } from '../../src/model/evaluate';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { leftCorpus44 } from './left44';
import { evaluateCorpus, truthChecks, said } from './truthChecks';

const { files, evaluated } = evaluateCorpus(leftCorpus44);
const ev = (name: string): WorkbookEvaluation => evaluated.get(name)!;
/** What is said of a file but S015 (another fund's workbook without 配置 naming its agencies). */
const saidOf = (name: string): string[] => ev(name).findings.filter((x) => x.rule !== 'S015').map(said);
describe('every ledger of the corpus', () => truthChecks(() => files(), evaluated));

describe('a forecast column beside the paid one: 2021年已拨付 | 2021年拨付（预计）', () => {
  const name = '科技-本年拨付与预计拨付.xlsx';
  it('本年拨付 is what was paid, the forecast an unknown column (was the forecast read as paid: the whole approved sum)', () => {
    expect(ev(name).check.ledger!.table.columns.disbursed?.header).toBe('2021年已拨付（万元）');
    expect(saidOf(name)).toEqual([expect.stringMatching(/^S004 项目台账!I2 .*2021年拨付（预计）（万元）/)]);
  });
  it('a forecast alone is no paid column: S002 asks for 本年拨付 (预计, 预测, 计划 alike)', () => {
    for (const h of ['2021年拨付（预计）', '本年拨付(预测数)', '本年拨付（预估）', '本年拨付（计划）']) {
      const grid = { sheets: [
        { name: '配置', values: [['参数', '值'], ['评价年度', 2021]] },
        { name: '项目台账', values: [['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', h], ['KJ-1', '某项目', '某公司', '乌鲁木齐市', 2021, 100, 30, 30]] },
      ] };
      const e = evaluateWorkbook(grid);
      expect({ h, paid: e.check.ledger?.table.columns.disbursed }).toEqual({ h, paid: undefined });
      expect(e.findings.filter((x) => x.rule === 'S002').map(said)).toEqual([expect.stringMatching(/^S002 项目台账!A1 缺少必填列“本年拨付”/)]);
    }
  });
});
