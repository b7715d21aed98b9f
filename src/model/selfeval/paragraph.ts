/**
 * The funds paragraph (资金使用情况), in the words of section 二（二） of the source document:
 * the year's payments, then each cohort newest first (the new cohort first), then the
 * cumulative social investment. Empty cohorts do not appear; cohorts after the fiscal year
 * (an L005 error in the ledger) are not 新上 or 结转 and are left out too.
 */
import type { Metrics } from '../metrics';
import { formatWan } from '../money';

export interface ParagraphOptions {
  /** What the money was paid for; the source's wording by default. */
  readonly subject?: string;
}

export function fundsParagraph(metrics: Metrics, options: ParagraphOptions = {}): string {
  const subject = options.subject ?? '专利实施项目经费';
  const fy = metrics.fiscalYear;
  const cohorts = metrics.cohorts.filter((c) => c.count > 0 && fy !== undefined && c.year <= fy);
  const parts = cohorts.map(
    (c) =>
      `${c.year}年${c.year === fy ? '新上' : '结转'}项目${c.count}项，财政支持资金${formatWan(c.approved)}万元，本年拨付${formatWan(c.disbursed)}万元`,
  );
  const head = `本年共计拨付${subject}${formatWan(metrics.disbursedTotal)}万元`;
  const body = parts.length ? `${head}，其中：${parts.join('；')}。` : `${head}。`;
  return `${body}累计带动社会投入${formatWan(metrics.cumulativeSocial)}万元。`;
}
