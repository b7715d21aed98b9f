/**
 * The funds paragraph (资金使用情况), in the words of section 二（二） of the source document:
 * the year's payments, then each cohort newest first (the new cohort first), then the
 * cumulative social investment. Empty cohorts do not appear; cohorts after the fiscal year
 * (an L005 error in the ledger) are not 新上 or 结转 and are left out too.
 */
import type { Metrics } from '../metrics';
import { formatWan } from '../text/wan';
import type { Profile } from '../records';

export interface ParagraphOptions {
  /** What the money was paid for; the source's wording by default. */
  readonly subject?: string;
  /** The cut-off month of a mid-year workbook: its payments are 1—M月's, not the year's. */
  readonly month?: number;
}

/**
 * When the money was paid, as the forms say it: `本年` (本年拨付), or to the cut-off month of a mid-year workbook
 * `1—7月` (1—7月拨付), as the 监控表 says 1—M月执行数 (monitor.md). One place for the paragraph, the pane and the page.
 */
export function paidWhen(month?: number): string {
  return month === undefined ? '本年' : `1—${month}月`;
}

/** The paragraph's parts: the 自评表 writes them as one paragraph, the 自评报告 one per line as the source does. */
export interface FundsParts {
  /** `本年共计拨付专利实施项目经费1200万元` */
  readonly head: string;
  /** `2018年新上项目49项，财政支持资金1335万元，本年拨付160万元`, newest first. */
  readonly cohorts: ReadonlyArray<string>;
  /** `累计带动社会投入83553.61万元` */
  readonly cumulative: string;
}

/** How the funds paragraph opens: `本年共计拨付` {what for} {amount}. */
export const FUNDS_LEAD = '本年共计拨付';

/** The source's words for what the patent fund's money was paid for. */
const PATENT_FUNDS = '专利实施项目经费';

/**
 * What the year's money was paid for, as the funds paragraph says it: the source's 专利实施项目经费 for the patent fund
 * (a 项目名称 that names 专利, as workbook.md's default does); another fund by its own name, 资金 added unless the
 * name says 资金 or 经费 already (就业补助资金, 自治区科技重点研发专项资金); undefined for a fund without a name (S015: 配置
 * gives none for a ledger of another fund) — the 自评表 then says 项目资金, the 自评报告 a placeholder.
 * Chosen where the spec is silent: selfeval.md's paragraph is the patent fund's; another fund's 自评表 said 专利实施项目经费.
 */
export function fundsSubject(profile: Pick<Profile, 'projectName'>): string | undefined {
  const name = profile.projectName.trim();
  if (!name) return undefined;
  if (name.includes('专利')) return PATENT_FUNDS;
  return /(?:资金|经费)$/.test(name) ? name : `${name}资金`;
}

export function fundsParts(metrics: Metrics, options: ParagraphOptions = {}): FundsParts {
  const subject = options.subject ?? PATENT_FUNDS;
  const fy = metrics.fiscalYear;
  const cohorts = metrics.cohorts.filter((c) => c.count > 0 && fy !== undefined && c.year <= fy);
  return {
    head: `${options.month === undefined ? FUNDS_LEAD : `${paidWhen(options.month)}共计拨付`}${subject}${formatWan(metrics.disbursedTotal)}万元`,
    cohorts: cohorts.map(
      (c) =>
        `${c.year}年${c.year === fy ? '新上' : '结转'}项目${c.count}项，财政支持资金${formatWan(c.approved)}万元，${paidWhen(options.month)}拨付${formatWan(c.disbursed)}万元`,
    ),
    cumulative: `累计带动社会投入${formatWan(metrics.cumulativeSocial)}万元`,
  };
}

/** The parts as lines, as section 二（二） of the source prints them; the last line has no end mark. */
export function fundsLines(parts: FundsParts): string[] {
  if (!parts.cohorts.length) return [`${parts.head}。`, parts.cumulative];
  return [
    `${parts.head}，其中：`,
    ...parts.cohorts.map((c, i) => `${c}${i === parts.cohorts.length - 1 ? '。' : '；'}`),
    parts.cumulative,
  ];
}

export function fundsParagraph(metrics: Metrics, options: ParagraphOptions = {}): string {
  return `${fundsLines(fundsParts(metrics, options)).join('')}。`;
}
