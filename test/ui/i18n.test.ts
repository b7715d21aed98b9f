import { STRINGS, formatNumber, formatPercent } from '../../src/ui/i18n';

const zh = STRINGS['zh-CN'] as unknown as Record<string, unknown>;
const en = STRINGS['en-US'] as unknown as Record<string, unknown>;
const SAMPLE_ARGS: unknown[] = ['L006', 3, '项目台账', true];

/** A string entry's text, or a function entry's text for some arguments. */
function text(v: unknown, arity: number): string {
  return typeof v === 'function'
    ? String((v as (...a: unknown[]) => unknown)(...SAMPLE_ARGS.slice(0, arity)))
    : String(v);
}

describe('UI string tables', () => {
  test('zh-CN and en-US have the same keys, and each key the same kind and arity', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) {
      expect([k, typeof en[k]]).toEqual([k, typeof zh[k]]);
      if (typeof zh[k] === 'function')
        expect([k, (en[k] as () => void).length]).toEqual([k, (zh[k] as () => void).length]);
    }
  });

  test('no entry is empty; Chinese entries are Chinese, English ones are not', () => {
    const han = /[\u4e00-\u9fff]/;
    // English entries may quote a sheet name (配置, 项目台账 …) but must have English words around it
    for (const k of Object.keys(zh)) {
      const arity = typeof zh[k] === 'function' ? (zh[k] as () => void).length : 0;
      const z = text(zh[k], arity);
      const e = text(en[k], arity);
      expect([k, z.trim().length > 0, e.trim().length > 0]).toEqual([k, true, true]);
      if (z !== '—') expect([k, han.test(z)]).toEqual([k, true]);
      expect([k, /[A-Za-z]{2,}/.test(e.replace(/L006/g, '')) || e === '—']).toEqual([k, true]);
    }
  });

  test('function entries use their arguments', () => {
    expect(STRINGS['zh-CN'].marked(7)).toContain('7');
    expect(STRINGS['en-US'].marked(7)).toContain('7');
    expect(STRINGS['zh-CN'].generatedSheet('2018年度绩效自评表')).toContain('2018年度绩效自评表');
    expect(STRINGS['en-US'].generatedDownload('a-自评表.xlsx')).toContain('a-自评表.xlsx');
    expect(STRINGS['zh-CN'].findingsTotal(2, 5)).toBe('显示 2 条，共 5 条');
    expect(STRINGS['zh-CN'].findingsTotal(5, 5)).toBe('共 5 条');
  });

  test('numbers without float noise; rates with two decimals', () => {
    expect(formatNumber(37590.100000000006, 'zh-CN')).toBe('37590.1');
    expect(formatNumber(37590.1 / 1335, 'en-US')).toBe('28.16');
    expect(formatNumber(1200, 'zh-CN')).toBe('1200');
    expect(formatPercent(1, 'zh-CN')).toBe('100.00%');
    expect(formatPercent(0.875, 'en-US')).toBe('87.50%');
    expect(formatPercent(1 / 3, 'en-US')).toBe('33.33%');
  });
});
