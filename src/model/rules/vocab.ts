/**
 * Codes that several rules' parameters share, with their text in each locale (zod's locale maps):
 * what a value was expected to be, patent types, qualitative grades, total-row labels, the
 * sheets a workbook needs.
 */
import type { PatentKind } from '../algorithms/patent';
import type { ParamKind } from './define';
import { P, type CodeTable } from './define';

/** What a value was expected to be (L003). `oneOf` goes with an `options` list. */
export type ExpectedCode =
  | 'text' | 'year' | 'amount' | 'date' | 'count' | 'int' | 'bool' | 'number' | 'patent' | 'list' | 'oneOf' | 'caps' | 'month';

export const EXPECTED_TEXT: CodeTable<ExpectedCode> = {
  text: { 'zh-CN': '文本', 'en-US': 'text' },
  year: { 'zh-CN': '年份，如 2018', 'en-US': 'a year, e.g. 2018' },
  amount: { 'zh-CN': '金额', 'en-US': 'an amount' },
  date: { 'zh-CN': '日期，如 2018-06-30', 'en-US': 'a date, e.g. 2018-06-30' },
  count: { 'zh-CN': '非负整数', 'en-US': 'a whole number, 0 or more' },
  int: { 'zh-CN': '整数', 'en-US': 'a whole number' },
  bool: { 'zh-CN': '是 / 否', 'en-US': 'yes or no' },
  number: { 'zh-CN': '数字', 'en-US': 'a number' },
  patent: { 'zh-CN': '专利号', 'en-US': 'a patent number' },
  list: { 'zh-CN': '以“、”分隔的列表', 'en-US': 'a list separated by commas' },
  oneOf: { 'zh-CN': '下列之一', 'en-US': 'one of these' },
  caps: { 'zh-CN': '如 0.7-0.8:89; 0.6-0.7:79', 'en-US': 'bands such as 0.7-0.8:89; 0.6-0.7:79' },
  month: { 'zh-CN': '1 至 11 的月份，如 7 或 1—7月', 'en-US': 'a month from 1 to 11, e.g. 7' },
};

/** Values the user may write, as alternatives: `2020 或 2018` / `2020 or 2018` (items shown as written). */
export const alternatives: ParamKind<ReadonlyArray<string>> = {
  ...P.list,
  show: (v, l) => v.join(l === 'zh-CN' ? ' 或 ' : ' or '),
};

/** The patent type a number's type digit names (algorithms.md). */
export const PATENT_TYPE_TEXT: CodeTable<PatentKind> = {
  发明: { 'zh-CN': '发明', 'en-US': 'invention' },
  实用新型: { 'zh-CN': '实用新型', 'en-US': 'utility model' },
  外观设计: { 'zh-CN': '外观设计', 'en-US': 'design' },
  PCT发明: { 'zh-CN': 'PCT发明', 'en-US': 'PCT invention' },
  PCT实用新型: { 'zh-CN': 'PCT实用新型', 'en-US': 'PCT utility model' },
};

/** Labels of total rows (L021). */
export type TotalLabel = '合计' | '总计' | '小计';

export const TOTAL_LABEL_TEXT: CodeTable<TotalLabel> = {
  合计: { 'zh-CN': '合计', 'en-US': 'total' },
  总计: { 'zh-CN': '总计', 'en-US': 'grand total' },
  小计: { 'zh-CN': '小计', 'en-US': 'subtotal' },
};

/** The sheets a workbook is looked for (S001). */
export type SheetKind = 'profile' | 'ledger' | 'indicators';

