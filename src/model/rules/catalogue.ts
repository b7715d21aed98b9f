/**
 * The rule catalogue (docs/rules.md) written from the registry, so the document a reviewer reads
 * cannot drift from the rules the tool runs: id, severity, title and every message in both
 * locales, its parameters shown as {name}. `npm run docs:rules` writes it; a test compares.
 */
import { RULES, RULE_IDS, ruleById } from './index';
import type { RuleCategory, Severity } from './define';

const CATEGORY: Readonly<Record<RuleCategory, string>> = {
  sheet: '工作表与列 / Sheets and columns',
  reading: '读取 / Reading',
  ledger: '项目台账 / Ledger',
  budget: '预算与配置 / Budget and profile',
  indicators: '绩效指标与目标审核 / Indicators and target review',
  scoring: '评分 / Scoring',
  report: '自评报告素材 / Report material',
  monitor: '绩效监控 / Monitoring',
  across: '跨文件 / Across files',
};

const SEVERITY: Readonly<Record<Severity, string>> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };

/** A cell of a Markdown table: pipes escaped, line breaks as spaces. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Every parameter shown as `{name}`. */
function placeholders(params: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.keys(params).map((k) => [k, `{${k}}`]));
}

export function ruleCatalogue(): string {
  const out: string[] = [
    '# 规则目录 / Rule catalogue',
    '',
    '<!-- Written by `npm run docs:rules` from src/model/rules (the registry); do not edit by hand. -->',
    '',
    `${RULES.length} 条规则。参数写作 {名称}；“变体”是同一规则的另一条消息。 / ${RULES.length} rules. Parameters are shown as {name}; a variant is another message of the same rule.`,
    '',
  ];
  const categories = [...new Set(RULE_IDS.map((id) => ruleById(id)!.category))];
  for (const category of categories) {
    out.push(`## ${CATEGORY[category]}`, '', '| 规则 rule | 严重程度 severity | 名称 title | 消息 message (zh-CN) | message (en-US) |', '|---|---|---|---|---|');
    for (const id of RULE_IDS) {
      const rule = ruleById(id)!;
      if (rule.category !== category) continue;
      for (const [variant, m] of Object.entries(rule.messages)) {
        const p = placeholders(m.params);
        const name = variant === 'main' ? id : `${id}.${variant}`;
        const severity = m.severity ?? rule.severity;
        const own = variant === 'main' ? rule.title : m.title;
        const title = own ? `${own['zh-CN']} / ${own['en-US']}` : '';
        out.push(`| ${name} | ${SEVERITY[severity]} | ${cell(title)} | ${cell(m['zh-CN'](p))} | ${cell(m['en-US'](p))} |`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
