/**
 * Texts of the scoring findings (scoring.md): W003 W004 W006 W007 W009 W010 W011.
 */
import type { MessagePart } from './types';

const s = (v: unknown): string => (v === undefined || v === '' ? '—' : String(v));
const unit = (v: unknown): string => (v === undefined ? '' : String(v));

export const SCORING_MESSAGES: MessagePart = {
  'zh-CN': {
    W003: (p) => `各指标分值合计 ${s(p.points)} 分，加预算执行 ${s(p.budget)} 分共 ${s(p.total)} 分，应为 100 分。`,
    W004: (p) => `${s(p.level1)}分值合计 ${s(p.points)} 分，按财预〔2020〕10号原则上应为 ${s(p.expected)} 分（产出 50、效益 30、满意度 10）。`,
    W006: (p) =>
      `指标“${s(p.name)}”实际完成值 ${s(p.actual)}${unit(p.unit)} 与年度指标值 ${s(p.target)}${unit(p.unit)} 偏离 ${s(p.share)}%（达到 30%），请填写偏差原因分析及改进措施。`,
    W007: (p) =>
      p.grade
        ? `定性指标“${s(p.name)}”评为“${s(p.grade)}”，得分 ${s(p.score)} 不在该档 ${s(p.lower)}–${s(p.upper)} 分之间（分值 ${s(p.points)}），未采用。`
        : `指标“${s(p.name)}”得分 ${s(p.score)} 超出 0–${s(p.upper)} 分（分值 ${s(p.points)}），未采用。`,
    'W007.missing': (p) =>
      `定性指标“${s(p.name)}”评为“${s(p.grade)}”，须填写得分（该档为 ${s(p.lower)}–${s(p.upper)} 分，分值 ${s(p.points)}）。`,
    W009: (p) =>
      `全年预算数为 ${p.budget === '' ? '空' : `${s(p.budget)} ${s(p.unit)}`}，无法计算预算执行率（执行数 ${s(p.executed)} ${s(p.unit)}），执行率与得分显示为“—”。`,
    W010: (p) =>
      `预算执行率 ${s(p.rate)}（执行 ${s(p.executed)} ${s(p.unit)} / 预算 ${s(p.budget)} ${s(p.unit)}）低于 90%，请在“实际完成情况”中说明执行率偏低的原因。`,
    W011: (p) =>
      `定性指标“${s(p.name)}”的实际完成值“${s(p.actual)}”不是可识别的评价档次（达成 / 部分达成 / 未达成），且未填写得分，计 0 分（分值 ${s(p.points)}）。`,
  },
  'en-US': {
    W003: (p) => `The indicator points add up to ${s(p.points)}; with ${s(p.budget)} for the budget that is ${s(p.total)}, expected 100.`,
    W004: (p) =>
      `${s(p.level1)} carries ${s(p.points)} points; 财预〔2020〕10号 sets ${s(p.expected)} as the default (outputs 50, outcomes 30, satisfaction 10).`,
    W006: (p) =>
      `Indicator "${s(p.name)}": actual ${s(p.actual)}${unit(p.unit)} deviates ${s(p.share)}% from the target ${s(p.target)}${unit(p.unit)} (30% or more); explain the deviation.`,
    W007: (p) =>
      p.grade
        ? `Qualitative indicator "${s(p.name)}" graded "${s(p.grade)}": score ${s(p.score)} is outside its band ${s(p.lower)}–${s(p.upper)} (points ${s(p.points)}); not used.`
        : `Indicator "${s(p.name)}": score ${s(p.score)} is outside 0–${s(p.upper)} (points ${s(p.points)}); not used.`,
    'W007.missing': (p) =>
      `Qualitative indicator "${s(p.name)}" graded "${s(p.grade)}" needs a score (its band is ${s(p.lower)}–${s(p.upper)}, points ${s(p.points)}).`,
    W009: (p) =>
      `The full-year budget is ${p.budget === '' ? 'empty' : `${s(p.budget)} ${s(p.unit)}`}: no execution rate can be computed (executed ${s(p.executed)} ${s(p.unit)}); rate and score show "—".`,
    W010: (p) =>
      `Budget execution rate ${s(p.rate)} (executed ${s(p.executed)} ${s(p.unit)} of ${s(p.budget)} ${s(p.unit)}) is below 90%; explain it in 实际完成情况.`,
    W011: (p) =>
      `Qualitative indicator "${s(p.name)}": the actual "${s(p.actual)}" names no grade (达成 / 部分达成 / 未达成) and no score is given; it scores 0 (points ${s(p.points)}).`,
  },
};
