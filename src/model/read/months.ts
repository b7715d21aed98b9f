/**
 * The months a mid-year header spans (the 监控表's 1—7月 columns, 报告素材's goals). Not in text.ts, which the custom
 * functions import: the task pane shares their modules (webpack dependOn), so whatever it uses of them is bundled into
 * functions.js (≤ 60 KB gzipped).
 */
import { stripSpaces, UP_TO_MONTH } from './text';

/** The month a header's span ends in: `1-7月拨付`, `1—7月执行情况`, `1至9月完成值`, `截至7月底完成情况`, `截止6月30日拨付`. */
export function spanMonth(header: string): number | undefined {
  const t = stripSpaces(header);
  const m = /^1[-—－~～至](\d{1,2})月/.exec(t) ?? UP_TO_MONTH.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 11 ? n : undefined;
}
