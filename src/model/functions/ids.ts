/**
 * RMBUPPER, PATENTVALID, PATENTTYPE, USCCVALID over the algorithms of algorithms.md.
 *
 * - USCCVALID is TRUE when only the embedded organization code's own check fails: the spec makes
 *   that a warning, never a rejection.
 * - A number cell holding a patent number (`2007103084941`) is read as its digits. An 18-digit
 *   credit code typed as a number has lost its last digits in Excel and is FALSE.
 */
import { checkUscc, parsePatentNumber, rmbUpper } from '../algorithms';
import type { CellValue } from '../grid';
import { rawText, readAmount } from '../read/values';
import { defineFunction, readOrError } from './args';
import { FN_MESSAGES } from './messages';
import { fnError, isFnError } from './types';

export const RMBUPPER = defineFunction({
  id: 'RMBUPPER',
  params: [
    { name: 'amount', type: 'cell' },
    { name: 'unit', type: 'unit', optional: true },
    { name: 'prefix', type: 'bool', optional: true },
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
  params: [{ name: 'number', type: 'cell' }],
  run: (a) => parsePatentNumber(text(a.number)).ok,
});

export const PATENTTYPE = defineFunction({
  id: 'PATENTTYPE',
  params: [{ name: 'number', type: 'cell' }],
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
  params: [{ name: 'code', type: 'cell' }],
  run: (a) => {
    const r = checkUscc(text(a.code));
    return r.ok || r.reason === 'orgCheck';
  },
});
