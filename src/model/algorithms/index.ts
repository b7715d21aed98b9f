/** Pure identifier and amount algorithms (spec/algorithms.md). */
export {
  normalizePatentText,
  parsePatentNumber,
  patentCheckChar,
  patentKindOfDigit,
  type PatentKind,
  type PatentParse,
} from './patent';
export { checkUscc, usccCheckChar, orgCodeCheckChar, USCC_ALPHABET, type UsccCheck } from './uscc';
export {
  rmbUpper,
  rmbUpperOfDecimal,
  RMB_MAX_FEN,
  type RmbOptions,
  type RmbUpper,
  type RmbUpperOfDecimal,
} from './rmb';
export { foldFullWidth } from './halfwidth';
