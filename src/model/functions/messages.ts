/**
 * Texts of the custom functions' error values, zh-CN and en-US side by side. Argument names are
 * the ASCII names Excel shows while typing (social, fiscal, cohorts …).
 */
import type { Bilingual } from './types';

/** What a value was expected to be, for "cannot read" messages. */
export type Expected = 'amount' | 'number' | 'year' | 'bool' | 'text' | 'unit' | 'op';

const EXPECTED: Readonly<Record<Expected, Bilingual>> = {
  amount: { 'zh-CN': '金额', 'en-US': 'an amount' },
  number: { 'zh-CN': '数字', 'en-US': 'a number' },
  year: { 'zh-CN': '年份（如 2018）', 'en-US': 'a year (e.g. 2018)' },
  bool: { 'zh-CN': '逻辑值（TRUE / FALSE）', 'en-US': 'TRUE or FALSE' },
  text: { 'zh-CN': '文本', 'en-US': 'text' },
  unit: { 'zh-CN': '金额单位（元 或 万元）', 'en-US': 'a unit (元 or 万元)' },
  op: { 'zh-CN': '指标性质（≥、≤、= 或 定性）', 'en-US': 'a comparison (≥, ≤, = or qualitative)' },
};

export const FN_MESSAGES = {
  missing: (arg: string): Bilingual => ({
    'zh-CN': `缺少参数 ${arg}。`,
    'en-US': `The argument ${arg} is missing.`,
  }),
  unreadable: (raw: string, expected: Expected, arg: string): Bilingual => ({
    'zh-CN': `参数 ${arg} 中的“${raw}”无法识别为${EXPECTED[expected]['zh-CN']}。`,
    'en-US': `"${raw}" in ${arg} cannot be read as ${EXPECTED[expected]['en-US']}.`,
  }),
  shape: (a: string, aSize: Bilingual, b: string, bSize: Bilingual): Bilingual => ({
    'zh-CN': `区域大小不一致：${a} 为 ${aSize['zh-CN']}，${b} 为 ${bSize['zh-CN']}。`,
    'en-US': `The ranges differ in size: ${a} is ${aSize['en-US']}, ${b} is ${bSize['en-US']}.`,
  }),
  inputError: (code: string, arg: string): Bilingual => ({
    'zh-CN': `参数 ${arg} 含有错误值 ${code}。`,
    'en-US': `${arg} holds the error ${code}.`,
  }),
  negative: (raw: string, arg: string): Bilingual => ({
    'zh-CN': `参数 ${arg} 不能为负数（${raw}）。`,
    'en-US': `${arg} cannot be negative (${raw}).`,
  }),
  patentFormat: (raw: string): Bilingual => ({
    'zh-CN': `“${raw}”不是专利申请号：应为 12 位数字（或 2003 年以前的 8 位）加 1 位校验位，如 ZL200710308494.X。`,
    'en-US': `"${raw}" is not a patent application number: 12 digits (8 before 2003) and a check character, e.g. ZL200710308494.X.`,
  }),
  patentCheck: (raw: string, expected: string): Bilingual => ({
    'zh-CN': `专利号“${raw}”的校验位有误，应为 ${expected}。`,
    'en-US': `The check character of patent number "${raw}" is wrong; it should be ${expected}.`,
  }),
  patentType: (raw: string): Bilingual => ({
    'zh-CN': `专利号“${raw}”的类型位不是 1、2、3、8 或 9。`,
    'en-US': `The type digit of patent number "${raw}" is not 1, 2, 3, 8 or 9.`,
  }),
} as const;

/** `169 行 × 1 列` / `169 × 1`. */
export function sizeText(rows: number, cols: number): Bilingual {
  return { 'zh-CN': `${rows} 行 × ${cols} 列`, 'en-US': `${rows} × ${cols}` };
}
