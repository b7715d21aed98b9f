/** Row rules of 项目台账: each looks at one project. One table entry per rule. */
import { parsePatentNumber } from '../algorithms/patent';
import { checkUscc } from '../algorithms/uscc';
import { compareDates, isoDate } from '../grid';
import { AMOUNT_KEYS, COUNT_KEYS } from './keys';
import { matchRegion } from '../read/regions';
import type { Project } from '../records';
import { fieldName, money, rowFinding, type Emit, type LedgerContext } from './context';

type RowRule = (p: Project, ctx: LedgerContext, emit: Emit) => void;

/** 0.01 in the profile unit, in 分. */
const tolerance = (ctx: LedgerContext): number => (ctx.profile.unit === '万元' ? 10_000 : 1);

export const ROW_RULES: ReadonlyArray<readonly [string, RowRule]> = [
  ['L005', (p, ctx, emit) => {
    const fy = ctx.fiscalYear;
    if (fy === undefined || p.cohortYear === undefined) return;
    const earliest = fy - ctx.profile.maxCarryYears;
    if (p.cohortYear > fy)
      emit(rowFinding(ctx, p, 'L005', 'error', 'cohortYear', { year: p.cohortYear, fiscalYear: fy }, 'future'));
    else if (p.cohortYear < earliest)
      emit(rowFinding(ctx, p, 'L005', 'error', 'cohortYear', { year: p.cohortYear, fiscalYear: fy, earliest, maxCarryYears: ctx.profile.maxCarryYears }, 'old'));
  }],
  ['L006', (p, ctx, emit) => {
    if (p.region === undefined) return;
    const m = matchRegion(p.region, ctx.allowedRegions);
    if (m.kind === 'short') emit(rowFinding(ctx, p, 'L006', 'info', 'region', { region: p.region, official: m.official }, 'short'));
    else if (m.kind === 'unknown') emit(rowFinding(ctx, p, 'L006', 'error', 'region', { region: p.region }));
  }],
  ['L007/L008', (p, ctx, emit) => {
    if (p.patentNo === undefined) return;
    const r = parsePatentNumber(p.patentNo);
    if (!r.ok) {
      if (r.reason === 'check')
        emit(rowFinding(ctx, p, 'L007', 'error', 'patentNo', { raw: p.patentNo, expected: r.expectedCheck ?? '' }, 'check'));
      else emit(rowFinding(ctx, p, 'L007', 'error', 'patentNo', { raw: p.patentNo }));
      return;
    }
    // `发明专利`, `实用新型专利`: the type with the word 专利 after it is the same type.
    if (p.patentType === undefined) return;
    const written = p.patentType.replace(/\s/g, '').replace(/专利$/, '');
    if (written !== r.type && !(written === '发明' && r.type === 'PCT发明') && !(written === '实用新型' && r.type === 'PCT实用新型'))
      emit(rowFinding(ctx, p, 'L008', 'warning', 'patentType', { written: p.patentType, raw: p.patentNo, type: r.type }));
  }],
  ['L009', (p, ctx, emit) => {
    if (p.legalStatus !== undefined && p.legalStatus !== '有效')
      emit(rowFinding(ctx, p, 'L009', 'error', 'legalStatus', { status: p.legalStatus }));
  }],
  ['L010', (p, ctx, emit) => {
    if (p.creditCode === undefined) return;
    const r = checkUscc(p.creditCode);
    if (r.ok) return;
    if (r.reason === 'orgCheck') emit(rowFinding(ctx, p, 'L010', 'warning', 'creditCode', { code: p.creditCode, expected: r.expected ?? '' }, 'org'));
    else if (r.reason === 'check') emit(rowFinding(ctx, p, 'L010', 'error', 'creditCode', { code: p.creditCode, expected: r.expected ?? '' }, 'check'));
    else if (r.reason === 'charset') emit(rowFinding(ctx, p, 'L010', 'error', 'creditCode', { code: p.creditCode, char: r.badChar ?? '' }, 'charset'));
    else emit(rowFinding(ctx, p, 'L010', 'error', 'creditCode', { code: p.creditCode, length: r.code.length }, 'length'));
  }],
  ['L011', (p, ctx, emit) => {
    if (p.approved === undefined || p.disbursed === undefined) return;
    const prior = p.priorDisbursed ?? 0;
    const sum = prior + p.disbursed;
    if (sum > p.approved)
      emit(rowFinding(ctx, p, 'L011', 'error', 'disbursed', {
        prior: money(ctx, prior), disbursed: money(ctx, p.disbursed), sum: money(ctx, sum),
        approved: money(ctx, p.approved), excess: money(ctx, sum - p.approved), unit: ctx.profile.unit,
      }));
  }],
  ['L012', (p, ctx, emit) => {
    for (const key of AMOUNT_KEYS) {
      const v = p[key];
      if (v !== undefined && v < 0) emit(rowFinding(ctx, p, 'L012', 'error', key, { field: fieldName(key), value: money(ctx, v), unit: ctx.profile.unit }));
    }
    for (const key of COUNT_KEYS) {
      const v = p[key];
      if (v !== undefined && v < 0) emit(rowFinding(ctx, p, 'L012', 'error', key, { field: fieldName(key), value: v, unit: '' }));
    }
  }],
  ['L014', (p, ctx, emit) => {
    if (p.socialInvestment === undefined || p.totalInvestment === undefined || p.approved === undefined) return;
    const expected = p.totalInvestment - p.approved;
    if (Math.abs(p.socialInvestment - expected) > tolerance(ctx))
      emit(rowFinding(ctx, p, 'L014', 'warning', 'socialInvestment', {
        given: money(ctx, p.socialInvestment), total: money(ctx, p.totalInvestment), approved: money(ctx, p.approved),
        expected: money(ctx, expected), unit: ctx.profile.unit,
      }));
  }],
  ['L016', (p, ctx, emit) => {
    if (p.contractStart && p.contractEnd && compareDates(p.contractEnd, p.contractStart) < 0) {
      emit(rowFinding(ctx, p, 'L016', 'error', 'contractEnd', { start: isoDate(p.contractStart), end: isoDate(p.contractEnd) }));
      return;
    }
    const fy = ctx.fiscalYear;
    // Overdue acceptance is judged only where the ledger states a 项目状态: without that column,
    // every finished contract would be flagged on the default 实施中.
    if (!ctx.ledger.table.columns.status) return;
    const status = p.status ?? '实施中';
    if (fy !== undefined && p.contractEnd && status === '实施中' && compareDates(p.contractEnd, { kind: 'date', year: fy, month: 12, day: 31 }) < 0)
      emit(rowFinding(ctx, p, 'L016', 'warning', 'contractEnd', { end: isoDate(p.contractEnd), fiscalYear: fy }, 'overdue'));
  }],
  ['L017', (p, ctx, emit) => {
    if (p.status === '终止' && (p.disbursed ?? 0) > 0)
      emit(rowFinding(ctx, p, 'L017', 'error', 'disbursed', { disbursed: money(ctx, p.disbursed!), unit: ctx.profile.unit }));
  }],
  ['L018', (p, ctx, emit) => {
    const max = ctx.profile.maxApproved;
    if (max !== undefined && p.approved !== undefined && p.approved > max)
      emit(rowFinding(ctx, p, 'L018', 'error', 'approved', { approved: money(ctx, p.approved), max: money(ctx, max), unit: ctx.profile.unit }));
  }],
  ['L019', (p, ctx, emit) => {
    const min = ctx.profile.minLeverage;
    if (min === undefined || p.totalInvestment === undefined || p.approved === undefined || p.approved <= 0) return;
    const leverage = (p.totalInvestment - p.approved) / p.approved;
    if (leverage < min)
      emit(rowFinding(ctx, p, 'L019', 'warning', 'totalInvestment', { leverage: Math.round(leverage * 100) / 100, min }));
  }],
  ['L020', (p, ctx, emit) => {
    if (ctx.industries.size && p.industry !== undefined && !ctx.industries.has(p.industry))
      emit(rowFinding(ctx, p, 'L020', 'warning', 'industry', { industry: p.industry, allowed: [...ctx.industries].join('、') }));
  }],
  ['L022', (p, ctx, emit) => {
    if (p.approved !== undefined && p.totalInvestment !== undefined && p.approved > p.totalInvestment)
      emit(rowFinding(ctx, p, 'L022', 'warning', 'approved', { approved: money(ctx, p.approved), total: money(ctx, p.totalInvestment), unit: ctx.profile.unit }));
  }],
];

export function runRowRules(projects: ReadonlyArray<Project>, ctx: LedgerContext, emit: Emit): void {
  for (const p of projects) for (const [, rule] of ROW_RULES) rule(p, ctx, emit);
}
