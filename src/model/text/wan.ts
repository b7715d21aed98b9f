/**
 * Amounts in 万元 as the paragraphs write them. Not in money.ts, which the custom functions import: the task pane
 * shares their modules (webpack dependOn), so whatever it uses of them is bundled into functions.js (≤ 60 KB gzipped).
 */
import { fenToDecimal, type Fen } from '../money';

/** 分 → text in 万元 rounded to at most 2 decimals, no trailing zeros (for messages and the paragraph). */
export function formatWan(fen: Fen): string {
  const rounded = Math.round(fen / 100) * 100; // to whole 元
  return fenToDecimal(rounded, '万元');
}
