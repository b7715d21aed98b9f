/**
 * Typed finding parameters. The lines under `@ts-expect-error` are checked by `npm run typecheck`
 * (tsc over test/): if one of them compiled, the directive itself would be an error. At run time
 * the well-typed findings are made and formatted.
 */
import type { Finding } from '../../../src/model/findings';
import { formatFinding } from '../../../src/model/messages';
import { L006, L011 } from '../../../src/model/rules/ledgerRow';
import { L003 } from '../../../src/model/rules/reading';

const where = { sheet: '项目台账', row: 2, col: 13, projectId: 'XJZL2017-012' };
const amounts = { prior: '20', disbursed: '15', sum: '35', approved: '30', excess: '5', unit: '万元' } as const;

describe('a finding takes exactly the params its message declares', () => {
  it('refuses missing params, prose for a code, an unknown variant, another message’s params, a severity', () => {
    const refused = [
      // @ts-expect-error L011 needs its amounts and unit (this printed `以前年度累计拨付  + 本年拨付  = …`)
      () => formatFinding({ rule: 'L011', params: {} }),
      // @ts-expect-error `expected` is a code the locales translate, never Chinese prose
      () => L003.finding.main(where, { field: '最长结转年限', raw: '四', expected: '整数' }),
      // @ts-expect-error the unit is a code of the model (万元 | 元)
      () => L011.finding.main(where, { ...amounts, unit: '万' }),
      // @ts-expect-error L006 has no variant `long`
      () => formatFinding({ rule: 'L006', variant: 'long', params: { region: '北京市' } }),
      // @ts-expect-error `official` belongs to L006.short, not to L006's main message
      () => L006.finding.main(where, { region: '昌吉州', official: '昌吉回族自治州' }),
      // @ts-expect-error the severity is the registry's, not the caller's
      () => L011.finding.main(where, amounts, 'warning'),
      // @ts-expect-error a finding literal must match one message of its rule
      (): Finding => ({ rule: 'L006', variant: 'short', severity: 'info', sheet: '', row: 0, col: 0, params: { region: 'x' } }),
    ];
    expect(refused).toHaveLength(7);
  });

  it('makes a finding with the registry’s severity, per message, and formats it', () => {
    const f = L011.finding.main(where, amounts);
    expect(f).toEqual({ rule: 'L011', severity: 'error', sheet: '项目台账', row: 2, col: 13, projectId: 'XJZL2017-012', params: amounts });
    expect(formatFinding(f)).toBe('以前年度累计拨付 20 + 本年拨付 15 = 35 万元，超过财政支持资金 30 万元（超出 5 万元）。');
    expect(formatFinding(f, 'en-US')).toBe('Prior disbursements 20 + this year 15 = 35 ×10,000 yuan exceed the approved support of 30 ×10,000 yuan (by 5 ×10,000 yuan).');
    expect(L006.finding.short(where, { region: '昌吉州', official: '昌吉回族自治州' })).toMatchObject({ variant: 'short', severity: 'info' });
    expect(L006.finding.main(where, { region: '北京市' })).toMatchObject({ severity: 'error' });
    expect(L006.finding.main(where, { region: '北京市' })).not.toHaveProperty('variant');
  });
});
