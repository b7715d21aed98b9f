// The CLI's finding line names the cell a finding is at; a finding about the whole workbook (a sheet that is missing
// has no cell) names none, in either language, rather than an A1 of no sheet.
import { checkWorkbook } from '../../src/model/check';
import { findingLine } from '../../src/cli/report';

describe('jx check: where a finding is', () => {
  const noLedger = checkWorkbook({ sheets: [{ name: '配置', values: [['参数', '值'], ['评价年度', 2023]] }, { name: '说明', values: [['本表由各地州市填报']] }] });
  const missing = noLedger.findings.find((f) => f.rule === 'S001')!;

  it.each(['zh-CN', 'en-US'] as const)('a missing sheet (%s): the rule, the severity and the message, no cell', (locale) => {
    expect(missing.sheet).toBe('');
    const line = findingLine(missing, locale);
    expect(line).toMatch(locale === 'zh-CN' ? /^S001 错误 找不到/ : /^S001 error No /);
    expect(line).not.toMatch(/\bA1\b/);
  });

  it('a finding in a sheet names the sheet and the cell', () => {
    const f = { ...missing, sheet: '项目台账', row: 4, col: 2 };
    expect(findingLine(f, 'zh-CN')).toMatch(/^S001 错误 项目台账!C5 找不到/);
  });
});
