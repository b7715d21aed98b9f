/**
 * RMBUPPER, PATENTVALID, PATENTTYPE, USCCVALID over the algorithms of algorithms.md.
 *
 * - USCCVALID is TRUE when only the embedded organization code's own check fails: the spec makes
 *   that a warning, never a rejection.
 * - A number cell holding a patent number (`2007103084941`) is read as its digits. An 18-digit
 *   credit code typed as a number has lost its last digits in Excel and is FALSE.
 */
import { parsePatentNumber } from '../algorithms/patent';
import { checkUscc } from '../algorithms/uscc';
import type { CellValue } from '../grid';
import { rawText, readAmount, rmbUpper } from '../read/values';
import { defineFunction, readOrError } from './args';
import { FN_MESSAGES } from './messages';
import { fnError, isFnError } from './types';

export const RMBUPPER = defineFunction({
  id: 'RMBUPPER',
  result: 'string',
  description: { 'zh-CN': '人民币大写金额，如 人民币壹仟贰佰万元整。', 'en-US': 'An amount in Chinese capital numerals (人民币大写), e.g. 人民币壹仟贰佰万元整.' },
  params: [
    { name: 'amount', type: 'cell', description: { 'zh-CN': '金额', 'en-US': 'The amount' } },
    { name: 'unit', type: 'unit', optional: true, description: { 'zh-CN': '金额单位：元（默认）或 万元', 'en-US': 'Unit of the amount: 元 (default) or 万元' } },
    { name: 'prefix', type: 'bool', optional: true, description: { 'zh-CN': '是否以“人民币”开头，默认 TRUE', 'en-US': 'Start with 人民币; default TRUE' } },
  ],
  run: (a) => {
    const fen = readOrError(readAmount(a.amount, a.unit ?? '元'), 'amount', 'amount');
    if (isFnError(fen)) return fen;
    if (fen === undefined) return fnError('#VALUE!', FN_MESSAGES.missing('amount'));
    const r = rmbUpper(fen, { prefix: a.prefix ?? true });
    return r.ok ? r.text : fnError('#NUM!');
  },
});

const text = (v: CellValue): string => rawText(v);

export const PATENTVALID = defineFunction({
  id: 'PATENTVALID',
  result: 'boolean',
  description: { 'zh-CN': '专利申请号（专利号）校验位是否正确。', 'en-US': 'Whether a Chinese patent application number has a correct check character.' },
  params: [
    { name: 'number', type: 'cell', description: { 'zh-CN': '专利号，如 ZL200710308494.X', 'en-US': 'Patent number, e.g. ZL200710308494.X' } },
  ],
  run: (a) => parsePatentNumber(text(a.number)).ok,
});

export const PATENTTYPE = defineFunction({
  id: 'PATENTTYPE',
  result: 'string',
  description: { 'zh-CN': '专利类型：发明 / 实用新型 / 外观设计 / PCT发明 / PCT实用新型；专利号无效时为 #VALUE!。', 'en-US': 'Patent type: 发明 / 实用新型 / 外观设计 / PCT发明 / PCT实用新型; #VALUE! for an invalid number.' },
  params: [
    { name: 'number', type: 'cell', description: { 'zh-CN': '专利号，如 ZL200710308494.X', 'en-US': 'Patent number, e.g. ZL200710308494.X' } },
  ],
  run: (a) => {
    const raw = text(a.number);
    const r = parsePatentNumber(raw);
    if (r.ok) return r.type;
    if (r.reason === 'check') return fnError('#VALUE!', FN_MESSAGES.patentCheck(raw, r.expectedCheck ?? ''));
    if (r.reason === 'type') return fnError('#VALUE!', FN_MESSAGES.patentType(raw));
    return fnError('#VALUE!', FN_MESSAGES.patentFormat(raw));
  },
});

export const USCCVALID = defineFunction({
  id: 'USCCVALID',
  result: 'boolean',
  description: { 'zh-CN': '统一社会信用代码（GB 32100）校验位是否正确。', 'en-US': 'Whether a unified social credit code (GB 32100) has a correct check character.' },
  params: [
    { name: 'code', type: 'cell', description: { 'zh-CN': '统一社会信用代码（18 位）', 'en-US': 'The 18-character unified social credit code' } },
  ],
  run: (a) => {
    const r = checkUscc(text(a.code));
    return r.ok || r.reason === 'orgCheck';
  },
});
