/**
 * BUDGETSCORE, INDICATORSCORE, EVALGRADE: thin shells over the scoring model (scoring.ts), so a
 * formula, the task pane and the generated 自评表 can never disagree.
 *
 * INDICATORSCORE puts its arguments in a one-row 绩效指标 table and runs the indicator reader and
 * `evaluate` on it: 指标性质 is read from `op` or from a target such as `≥90`, a `%` target
 * converts an actual written as a fraction, and qualitative grades and bands are the model's.
 * - A W007 (explicit score outside its grade's band) is #VALUE! with the finding's text: the
 *   score given is not used.
 * - No score can be given (部分达成 / 未达成 without `score`: W007.missing; an actual naming no
 *   grade: W011): #N/A with the finding's text.
 * - Profile options (反向指标算法, 偏离扣分) are the defaults: a formula has no 配置.
 * - No ledger: the actual is what is given (a formula has no 数据来源 column to take one from).
 */
import { formatFindingIn, ruleLookup } from '../messages/text';
import type { Locale } from '../messages/types';
import type { Finding, FindingMessage } from '../findings';
import type { CellValue, GridSheet } from '../grid';
import { INDICATOR_HEADERS, type IndicatorKey } from '../read/columns';
import { readIndicators, readOpColumn } from '../read/indicators';
import { defaultProfile } from '../read/defaults';
import { readTable } from '../read/table';
import { rawText } from '../read/values';
import { INDICATOR_SCORING_RULES } from '../rules/scoring';
// from the modules themselves, not '../scoring': its whole evaluation would bring the table's rules (W003 W004 W009
// W010), which one indicator never meets, into functions.js (≤ 60 KB gzipped, issue 4)
import { scoreIndicators } from '../scoring/evaluate';
import { BUDGET_POINTS, gradeOf } from '../scoring/grades';
import { OP_RULES, budgetScore } from '../scoring/operators';
import { defineFunction, unreadable } from './args';
import { executionRate } from './funds';
import { FN_MESSAGES } from './messages';
import { fnError, isFnError, type Bilingual } from './types';

export const BUDGETSCORE = defineFunction({
  id: 'BUDGETSCORE',
  result: 'number',
  description: { 'zh-CN': '预算执行得分 = min(执行率, 1) × 分值，保留 2 位小数。', 'en-US': 'Budget execution score = min(rate, 1) × points, rounded to 2 decimals.' },
  params: [
    { name: 'executed', type: 'amount', description: { 'zh-CN': '全年执行数（万元）', 'en-US': 'Full-year executed amount (万元)' } },
    { name: 'budget', type: 'amount', description: { 'zh-CN': '全年预算数（万元）', 'en-US': 'Full-year budget (万元)' } },
    { name: 'points', type: 'number', optional: true, description: { 'zh-CN': '分值，默认 10', 'en-US': 'Points available, default 10' } },
  ],
  run: (a) => {
    const points = a.points ?? BUDGET_POINTS;
    if (points < 0) return fnError('#VALUE!', FN_MESSAGES.negative(String(points), 'points'));
    const rate = executionRate(a.executed, a.budget);
    if (isFnError(rate)) return rate;
    // The model's budget score is for 10 points; other points: the model's `≥` rule with the rate
    // against a target of 1 (full marks at 100 %), which is min(rate, 1) × points, rounded alike.
    return points === BUDGET_POINTS ? budgetScore(rate)! : OP_RULES['≥'](1, rate, points, '线性');
  },
});

export const EVALGRADE = defineFunction({
  id: 'EVALGRADE',
  result: 'string',
  description: { 'zh-CN': '评价等级：≥90 优，80–90 良，60–80 中，<60 差。', 'en-US': 'Evaluation grade: ≥90 优, 80–90 良, 60–80 中, <60 差.' },
  params: [
    { name: 'total', type: 'number', description: { 'zh-CN': '总分', 'en-US': 'The total score' } },
  ],
  run: (a) => gradeOf(a.total),
});

const PROFILE = defaultProfile();
const INDICATOR_NAME: Bilingual = { 'zh-CN': '本指标', 'en-US': 'this indicator' };
const HEADERS: ReadonlyArray<[IndicatorKey, string]> = [
  ['level3', '三级指标'], ['op', '指标性质'], ['target', '年度指标值'], ['actual', '实际完成值'], ['points', '分值'], ['score', '得分'],
];

/** INDICATORSCORE's messages are one indicator's scoring rules' (W007, W011): not the whole registry (functions.js ≤ 60 KB gz). */
export const INDICATORSCORE_RULES = ruleLookup(INDICATOR_SCORING_RULES);

function findingMessage(f: Finding): Bilingual {
  const text = (l: Locale): string => formatFindingIn(INDICATORSCORE_RULES, { ...f, params: { ...f.params, name: INDICATOR_NAME[l] } } as FindingMessage, l);
  return { 'zh-CN': text('zh-CN'), 'en-US': text('en-US') };
}

export const INDICATORSCORE = defineFunction({
  id: 'INDICATORSCORE',
  result: 'number',
  description: { 'zh-CN': '绩效指标得分（按《项目支出绩效评价管理办法》记分），保留 2 位小数。', 'en-US': 'Score of a performance indicator under the 2020 rules (财预〔2020〕10号), rounded to 2 decimals.' },
  params: [
    { name: 'actual', type: 'cell', description: { 'zh-CN': '实际完成值；定性指标为评价档次（达成 / 部分达成 / 未达成）', 'en-US': 'Actual value; for a qualitative indicator its grade (achieved / partly achieved / not achieved)' } },
    { name: 'target', type: 'cell', description: { 'zh-CN': '年度指标值，可带指标性质，如 ≥90', 'en-US': 'Target value, may carry the comparison, e.g. ≥90' } },
    { name: 'points', type: 'number', description: { 'zh-CN': '分值', 'en-US': 'Points available' } },
    { name: 'op', type: 'text', optional: true, description: { 'zh-CN': '指标性质：≥、≤、= 或 定性；省略时从年度指标值读取', 'en-US': 'Comparison: ≥, ≤, = or qualitative; read from the target when omitted' } },
    { name: 'score', type: 'number', optional: true, description: { 'zh-CN': '定性指标的评分（须在所评档次的分数段内）', 'en-US': 'Score given to a qualitative indicator (must lie in its grade\'s band)' } },
  ],
  run: (a) => {
    if (a.points < 0) return fnError('#VALUE!', FN_MESSAGES.negative(String(a.points), 'points'));
    if (a.op !== undefined && !readOpColumn(a.op)) return unreadable(a.op, 'op', 'op');
    const cells: Record<string, CellValue> = {
      level3: INDICATOR_NAME['zh-CN'], op: a.op ?? null, target: a.target, actual: a.actual, points: a.points, score: a.score ?? null,
    };
    const sheet: GridSheet = { name: '绩效指标', values: [HEADERS.map(([, h]) => h), HEADERS.map(([k]) => cells[k])] };
    const table = readTable<IndicatorKey>(sheet, INDICATOR_HEADERS)!;
    const read = readIndicators(table);
    const ind = read.indicators[0];
    const found: Finding[] = [];
    const scored = scoreIndicators(PROFILE, [ind], undefined, { indicatorSheet: sheet.name, columns: read.cols }, (f) => void found.push(f as Finding)).scored[0];
    const mine = found.filter((f) => f.row === ind.row);
    const rejected = mine.find((f) => f.rule === 'W007' && !f.variant);
    if (rejected) return fnError('#VALUE!', findingMessage(rejected));
    const unscored = mine.find((f) => f.rule === 'W011' || (f.rule === 'W007' && f.variant === 'missing'));
    if (unscored) return fnError('#N/A', findingMessage(unscored));
    if (scored.score !== undefined) return scored.score;
    // A quantitative indicator whose target or actual is not a number.
    if (scored.target === undefined) return unreadable(rawText(a.target), 'number', 'target');
    return unreadable(rawText(a.actual), 'number', 'actual');
  },
});
