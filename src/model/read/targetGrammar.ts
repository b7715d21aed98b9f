/**
 * The target grammar of read/targets.ts as a table: its classes, with examples of what each written target reads as
 * (documentation, and the examples test/model/read/targets.test.ts runs). A module of its own, which nothing in the
 * product imports: functions.js (≤ 60 KB gzipped) carried its 3.7 KB of examples for nothing while it was targets.ts'.
 */
import type { TargetContext } from './targets';

export interface GrammarRow {
  readonly class: string;
  /** Written → the canonical print of what it reads as ('' for qualitative text). */
  readonly examples: ReadonlyArray<readonly [written: string, reads: string, context?: TargetContext]>;
}

const COST: TargetContext = { level2: '成本指标' };
const TIME: TargetContext = { level2: '时效指标' };

export const TARGET_GRAMMAR: ReadonlyArray<GrammarRow> = [
  { class: 'comparison word after a subject', examples: [
    ['出具评估报告总成本不超过0.3万元', '≤0.3万元'], ['成本不超过13.7584万元', '≤13.7584万元'], ['满意度不低于90%', '≥90%'],
  ] },
  { class: '达到 / 达 / 完成', examples: [['达到95%以上', '≥95%'], ['达到90%', '≥90%'], ['完成95%', '≥95%'], ['达95%', '≥95%']] },
  { class: 'Chinese numerals', examples: [
    ['半小时内', '≤0.5小时'], ['两栋', '≥2栋'], ['三小时内', '≤3小时'], ['≧两场', '≥2场'], ['十二个月', '≥12个月', { level2: '数量指标' }], ['一百二十人次', '≥120人次'],
  ] },
  { class: 'scale words', examples: [['1.5万人次', '≥1.5万人次'], ['3亿元', '≥3亿元'], ['总成本1200万', '≤1200万', COST]] },
  { class: 'subject then number', examples: [['应急人员合格率90%', '≥90%'], ['总成本1200万', '≤1200万', COST], ['覆盖99个住宅区（城中村）', '≥99个住宅区']] },
  { class: 'comparison words', examples: [
    ['大于5次', '≥5次'], ['大于或等于50%', '≥50%'], ['小于或等于12小时', '≤12小时'], ['约6.6万人次', '约6.6万人次'], ['提升20%', '提升20%'], ['降低15%', '降低15%'],
  ] },
  { class: 'time limits and cost caps', examples: [
    ['3个小时内', '≤3个小时'], ['15天以内', '≤15天'], ['3个工作日', '≤3个工作日', TIME], ['160000元', '≤160000元', COST],
  ] },
  { class: 'what should not happen (UNWANTED)', examples: [
    ['5‰', '≤5‰', { level2: '质量指标', level3: '差错率' }], ['投诉率0.5%', '≤0.5%'], ['2次', '≤2次', { level2: '质量指标', level3: '安全事故发生次数' }],
    ['98%', '≥98%', { level2: '质量指标', level3: '投诉处理率' }], ['100%', '≥100%', { level2: '质量指标', level3: '隐患整改率' }],
  ] },
  { class: 'deadlines', examples: [
    ['11月底前完成', '11月底前'], ['2023年12月30日前', '2023年12月30日前'], ['2023/11/30', '2023年11月30日前'], ['年底前', '12月底前'],
  ] },
  { class: 'several values', examples: [['28515株；1241625.93㎡', '≥28515株；≥1241625.93㎡']] },
  { class: 'line breaks', examples: [['≥90%\n≥90%', '≥90%']] },
  { class: 'units kept', examples: [['1处', '≥1处'], ['≥95分', '≥95分'], ['≤15万元', '≤15万元'], ['5次/年', '≥5次/年'], ['800元/亩', '≥800元/亩']] },
  { class: 'percent and 个百分点', examples: [['百分之九十', '≥90%'], ['提高5个百分点', '提高5个百分点']] },
  { class: 'nothing may happen', examples: [['零', '≤0'], ['零事故', '≤0'], ['无', '≤0', { level3: '安全事故' }], ['无', '≤0', { level3: '投诉率' }]] },
  { class: 'not applicable', examples: [['不适用', '不适用'], ['无', '不适用'], ['/', '不适用'], ['—', '不适用']] },
  { class: 'qualitative', examples: [['按时完成', ''], ['有效提升群众获得感', '']] },
  { class: 'codes and rough numerals, no number', examples: [['0991-1234567', ''], ['符合GB/T 19001-2016', ''], ['三五年', ''], ['两三个工作日', '']] },
  { class: 'periods of years', examples: [['2019-2020年', '2020年12月底前'], ['二〇二三年底前', '2023年12月底前']] },
];
