/**
 * Reading rules: a required value is empty (L002) or a value cannot be read (L003). Reported by
 * the readers where they read the cell: read/ledger.ts, read/indicators.ts, read/profile.ts, and
 * the total rows of L021 (ledgerCross.ts).
 */
import { defineRule, msg, P } from './define';
import { alternatives, EXPECTED_TEXT } from './vocab';

const expected = P.code(EXPECTED_TEXT);

export const L002 = defineRule({
  id: 'L002', category: 'reading', severity: 'error',
  title: { 'zh-CN': '必填项为空', 'en-US': 'Required field empty' },
  messages: {
    main: msg({
      params: { field: P.text },
      'zh-CN': (p) => `必填项“${p.field}”为空。`,
      'en-US': (p) => `Required field "${p.field}" is empty.`,
    }),
    /** A required column blank on most rows (more than half, at least 5): one finding at its header. */
    column: msg({
      params: { field: P.text, count: P.number, total: P.number, rows: P.list },
      'zh-CN': (p) => `必填项“${p.field}”在 ${p.count} 行（共 ${p.total} 行）为空，如 ${p.rows}；请补全此列。`,
      'en-US': (p) => `Required field "${p.field}" is empty on ${p.count} of ${p.total} rows, e.g. ${p.rows}; fill in this column.`,
    }),
    indicator: msg({
      params: { field: P.text },
      'zh-CN': (p) => `必填项“${p.field}”为空，该行指标未读取。`,
      'en-US': (p) => `Required field "${p.field}" is empty; the indicator row was not read.`,
    }),
  },
});

export const L003 = defineRule({
  id: 'L003', category: 'reading', severity: 'error',
  title: { 'zh-CN': '无法识别的值', 'en-US': 'Unreadable value' },
  messages: {
    main: msg({
      params: { field: P.text, raw: P.text, expected },
      'zh-CN': (p) => `“${p.field}”的值“${p.raw}”无法识别，应为${p.expected}；此项按空值处理。`,
      'en-US': (p) => `"${p.field}" value "${p.raw}" cannot be read; expected ${p.expected}. The field counts as empty.`,
    }),
    profile: msg({
      /** `options`: the values allowed (with `expected: 'oneOf'`); `unit`: the unit of an amount. */
      params: { field: P.text, raw: P.text, expected, options: P.optional(alternatives), unit: P.optional(P.moneyUnit) },
      'zh-CN': (p) => `参数“${p.field}”的值“${p.raw}”无法识别，应为${p.options || p.expected}${p.unit ? `（${p.unit}）` : ''}。`,
      'en-US': (p) => `Profile parameter "${p.field}" value "${p.raw}" cannot be read; expected ${p.options || p.expected}${p.unit ? ` in ${p.unit}` : ''}.`,
    }),
    /** A 项目状态 word of no class (read/status.ts): kept as written, unused by L016 and L017. */
    status: msg({
      severity: 'warning',
      params: { field: P.text, raw: P.text, options: alternatives },
      'zh-CN': (p) => `“${p.field}”的值“${p.raw}”无法识别，应为${p.options}。`,
      'en-US': (p) => `"${p.field}" value "${p.raw}" is not a known status; expected ${p.options}.`,
    }),
    indicator: msg({
      /** `options`: the values allowed (with `expected: 'oneOf'`). */
      params: { field: P.text, raw: P.text, expected, options: P.optional(alternatives) },
      'zh-CN': (p) => `“${p.field}”的值“${p.raw}”无法识别，应为${p.options || p.expected}。`,
      'en-US': (p) => `"${p.field}" value "${p.raw}" cannot be read; expected ${p.options || p.expected}.`,
    }),
  },
});

export const READING_RULES = [L002, L003] as const;
