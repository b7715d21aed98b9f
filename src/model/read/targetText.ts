/**
 * Targets printed in their canonical form: reading the text back gives the same target (targets.ts reads them). Not in
 * targets.ts, which the custom functions import: only the faces print targets (the 自评表, the 监控表, the findings'
 * texts), and the task pane shares the functions' modules (webpack dependOn), so whatever it uses of them is bundled
 * into functions.js (≤ 60 KB gzipped).
 */
import { isRankUnit, type Quantity, type Target, type TargetValue } from './targets';

/** A number as people write it: shortest decimal, no exponent, no float noise. */
export function formatNumber(x: number): string {
  const n = Number(x.toPrecision(15));
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(n))) + 14))).replace(/\.?0+$/, '');
}

/**
 * A rank as printed, the words before its number and the unit after it: `前10名`, `排名前5位`, `排名前10%`, `排名前3`, which
 * read back as the same rank under any 三级指标 (rankOf) — `≤10名` and `≤3` read as a rank only under a name that says so
 * (全国排名), and `前5位` only under one that names a rank. The unit is a place's (名, 位) or a share's (%), the one written
 * or the 度量单位 column's; another there (个, 家) is left out: `排名前3个` read back as ≥ 3 个. One decision for printTarget
 * and the 2020 自评表 (layout2020.ts targetFormat).
 */
export function rankWords(unit: string): { readonly prefix: string; readonly unit: string } {
  const u = isRankUnit(unit) ? unit : '';
  return { prefix: u === '名' ? '前' : '排名前', unit: u };
}

function printValue(t: TargetValue): string {
  switch (t.kind) {
    case 'quantity': {
      if (t.rank && t.op === '≤' && !t.approx) {
        const r = rankWords(t.unit);
        return `${r.prefix}${formatNumber(t.value)}${r.unit}`;
      }
      return `${t.approx ? '约' : t.op}${formatNumber(t.value)}${t.unit}`;
    }
    case 'change':
      return `${t.word}${formatNumber(t.value)}${t.unit}${t.op === '≤' ? '以内' : ''}`;
    case 'deadline': {
      const y = t.year !== undefined ? `${t.year}年` : t.nextYear ? '次年' : '';
      return t.day !== undefined ? `${y}${t.month}月${t.day}日前` : `${y}${t.month}月底前`;
    }
  }
}

/** The canonical text of a target (`≥90%`, `提升20%`, `2023年12月30日前`, `前10名`, `不适用`); '' for qualitative text. */
export function printTarget(t: Target): string {
  switch (t.kind) {
    case 'multi':
      return t.parts.map(printValue).join('；');
    case 'text':
      return '';
    case 'na':
      return '不适用';
    default:
      return printValue(t);
  }
}

/** What the 2020 table shows of a number target: the comparison it is scored by, the number and the unit. */
export function printScored(q: Quantity): string {
  return `${q.op}${formatNumber(q.value)}${q.unit}`;
}
