/**
 * The bundled sample ledger: 169 deterministic, fictional projects of the Xinjiang patent
 * implementation fund in fiscal year 2018, reproducing every figure of the source document
 * (see figures.ts). One function per concern; every random choice comes from a seeded stream.
 */
import { compareDates, dateValue, type DateValue } from '../grid';
import { fenToDecimal, FEN_PER, type Fen } from '../money';
import { patentCheckChar as patentCheckDigit } from '../algorithms/patent';
import { orgCodeCheckChar, USCC_ALPHABET as CREDIT_ALPHABET, usccCheckChar as creditCheckChar } from '../algorithms/uscc';
import { distribute } from './distribute';
import { SAMPLE_FIGURES } from './figures';
import { rngFor, type Rng } from './prng';
import { COMPANY_FORMS, INDUSTRIES, NOTES, PROJECT_SUFFIXES, REGIONS, TRADE_NAMES, type Industry, type RegionSpec } from './tables';

/** One project with the 22 ledger fields as clean values. Amounts: exact decimal strings in 万元. */
export interface SampleProject {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly creditCode: string;
  /** Official prefecture name. */
  readonly region: string;
  readonly cohortYear: number;
  readonly industry: string;
  /** Application number with its check digit: `201510123456.7` (no ZL prefix). */
  readonly patentNo: string;
  readonly patentType: '发明' | '实用新型';
  readonly legalStatus: '有效';
  readonly totalInvestment: string;
  readonly approved: string;
  readonly priorDisbursed: string;
  readonly disbursed: string;
  /** = 项目总投资 − 财政支持资金 */
  readonly socialInvestment: string;
  readonly contractStart: DateValue;
  readonly contractEnd: DateValue;
  readonly status: '实施中' | '已验收';
  readonly newPatents: number;
  readonly trainees: number;
  readonly certified: boolean;
  /** 备注, null when none. */
  readonly note: string | null;
}

const WAN = FEN_PER['万元'];
const FISCAL_YEAR = SAMPLE_FIGURES.fiscalYear;
const FISCAL_YEAR_END = dateValue(FISCAL_YEAR, 12, 31);

/** How this year's payments of a cohort are spread (projects receiving money, and at most what share of 财政支持资金). */
const PAYMENT_PLAN: Readonly<Record<number, { receivers: number; maxShare: number }>> = {
  2018: { receivers: 16, maxShare: 0.5 }, // first installment to the projects whose contracts were signed early
  2017: { receivers: 50, maxShare: 1 }, // the main installment of last year's cohort
  2016: { receivers: 8, maxShare: 0.6 }, // final payments after acceptance
  2015: { receivers: 14, maxShare: 0.6 },
  2014: { receivers: 10, maxShare: 0.6 },
};

interface Slot {
  readonly cohort: number;
  readonly seq: number;
  readonly region: RegionSpec;
}

interface Unit {
  readonly name: string;
  readonly creditCode: string;
  readonly region: RegionSpec;
  readonly industry: Industry;
  readonly firstCohort: number;
  projects: number;
}

/** Intermediate record; amounts in 分. */
interface Draft {
  slot: Slot;
  unit: Unit;
  name: string;
  patentNo: string;
  patentType: '发明' | '实用新型';
  approved: Fen;
  prior: Fen;
  disbursed: Fen;
  social: Fen;
  start: DateValue;
  end: DateValue;
  status: '实施中' | '已验收';
  newPatents: number;
  trainees: number;
  certified: boolean;
  note: string | null;
}

function wan(decimal: string): Fen {
  // Figures are whole or ≤ 2-decimal 万元 strings; go through integer 0.01-万元 units, never a float sum.
  const [int, frac = ''] = decimal.split('.');
  return (Number(int) * 100 + Number((frac + '00').slice(0, 2))) * (WAN / 100);
}

/** Every (cohort, seq) slot with its prefecture: the 169 regional labels, shuffled once. */
function makeSlots(): Slot[] {
  const labels: RegionSpec[] = [];
  for (const r of REGIONS) for (let i = 0; i < r.projects; i++) labels.push(r);
  const shuffled = rngFor('sample/regions').shuffle(labels);
  const slots: Slot[] = [];
  for (const c of SAMPLE_FIGURES.cohorts) {
    for (let seq = 1; seq <= c.projects; seq++) slots.push({ cohort: c.year, seq, region: shuffled[slots.length] });
  }
  return slots;
}

function projectId(slot: Slot): string {
  return `XJZL${slot.cohort}-${String(slot.seq).padStart(3, '0')}`;
}

/** A valid 统一社会信用代码: 91 (enterprise) + division + organization code (with its GB 11714 check) + check. */
function makeCreditCode(rng: Rng, region: RegionSpec, recent: boolean, used: Set<string>): string {
  for (;;) {
    let body: string;
    if (recent) {
      // Codes issued since 2015 start with MA.
      body = 'MA';
      for (let i = 0; i < 6; i++) body += rng.pick(CREDIT_ALPHABET.split(''));
    } else {
      body = String(rng.pick([5, 6, 7])) + String(rng.int(0, 9_999_999)).padStart(7, '0');
    }
    const first17 = '91' + rng.pick(region.divisions) + body + orgCodeCheckChar(body);
    const code = first17 + creditCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function makeCompanyName(rng: Rng, region: RegionSpec, industry: Industry, used: Set<string>): string {
  for (;;) {
    const place = rng.chance(0.55) ? '新疆' : rng.pick(region.places);
    const name = place + rng.pick(TRADE_NAMES) + rng.pick(INDUSTRIES[industry].business) + rng.weighted(COMPANY_FORMS);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/**
 * Assigns a 承担单位 to each slot. Oldest cohorts first, so that a firm that comes back with a
 * second project (about one in ten) does so in a later cohort, in the same prefecture.
 */
function assignUnits(slots: ReadonlyArray<Slot>): Map<Slot, Unit> {
  const rng = rngFor('sample/units');
  const names = new Set<string>();
  const codes = new Set<string>();
  const units: Unit[] = [];
  const byslot = new Map<Slot, Unit>();
  const oldestFirst = slots.slice().sort((a, b) => a.cohort - b.cohort || a.seq - b.seq);
  for (const slot of oldestFirst) {
    const returning = units.filter((u) => u.region === slot.region && u.firstCohort < slot.cohort && u.projects === 1);
    if (returning.length > 0 && rng.chance(0.1)) {
      const u = rng.pick(returning);
      u.projects++;
      byslot.set(slot, u);
      continue;
    }
    const industry = rng.weighted(slot.region.industries);
    const unit: Unit = {
      name: makeCompanyName(rng, slot.region, industry, names),
      creditCode: makeCreditCode(rng, slot.region, slot.cohort >= 2016 && rng.chance(0.4), codes),
      region: slot.region,
      industry,
      firstCohort: slot.cohort,
      projects: 1,
    };
    units.push(unit);
    byslot.set(slot, unit);
  }
  return byslot;
}

/** Exactly `certifiedUnits` distinct firms hold the certificate; long-standing ones first. */
function pickCertified(units: Iterable<Unit>): Set<Unit> {
  const distinct = [...new Set(units)];
  const shuffled = rngFor('sample/certified').shuffle(distinct);
  shuffled.sort((a, b) => Number(a.firstCohort > 2016) - Number(b.firstCohort > 2016));
  return new Set(shuffled.slice(0, SAMPLE_FIGURES.certifiedUnits));
}

function makeProjectName(rng: Rng, industry: Industry, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    let name = rng.pick(INDUSTRIES[industry].products) + rng.pick(PROJECT_SUFFIXES);
    if (attempt > 20) name += '（二期）';
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** A granted invention or utility-model patent applied for before the cohort year, unique, with its check digit. */
function makePatent(rng: Rng, cohort: number, used: Set<string>): { patentNo: string; patentType: '发明' | '实用新型' } {
  const invention = rng.chance(0.6);
  for (;;) {
    const year = invention ? cohort - rng.int(2, 6) : cohort - rng.int(1, 4);
    const serial = String(rng.int(0, invention ? 1_299_999 : 2_199_999)).padStart(7, '0');
    const digits = String(year) + (invention ? '1' : '2') + serial;
    if (used.has(digits)) continue;
    used.add(digits);
    return { patentNo: `${digits}.${patentCheckDigit(digits)}`, patentType: invention ? '发明' : '实用新型' };
  }
}

function addYearsMinusDay(d: DateValue, years: number): DateValue {
  const t = new Date(Date.UTC(d.year + years, d.month - 1, d.day) - 86_400_000);
  return dateValue(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Contract signed in the cohort year, running 2 or 3 years; a contract ended within the fiscal year has been accepted. */
function makeContract(rng: Rng, cohort: number): { start: DateValue; end: DateValue; status: '实施中' | '已验收' } {
  const start = dateValue(cohort, rng.int(4, 10), rng.int(1, 28));
  const end = addYearsMinusDay(start, rng.int(2, 3));
  return { start, end, status: compareDates(end, FISCAL_YEAR_END) < 0 ? '已验收' : '实施中' };
}

/** 财政支持资金 of one cohort: around the cohort's mean, in steps of 5 万元, adding up to the figure. */
function allocateApproved(drafts: Draft[], total: Fen): void {
  const rng = rngFor(`sample/approved/${drafts[0].slot.cohort}`);
  const parts = distribute(total, drafts.map(() => rng.real(0.55, 1.5)), { step: 5 * WAN });
  drafts.forEach((d, i) => (d.approved = parts[i]));
}

/**
 * 以前年度累计拨付 and 本年拨付 of one cohort. The cohort before the fiscal year got a first
 * installment for about a third of its projects last year; older accepted projects were paid in
 * full except the final payment some receive this year.
 */
function allocatePayments(drafts: Draft[], disbursedTotal: Fen): void {
  const cohort = drafts[0].slot.cohort;
  const rng = rngFor(`sample/payments/${cohort}`);
  const plan = PAYMENT_PLAN[cohort];
  const isNew = cohort === FISCAL_YEAR;
  for (const d of drafts) {
    d.prior = !isNew && cohort === FISCAL_YEAR - 1 && rng.chance(1 / 3) ? Math.round(d.approved * 0.4 / WAN) * WAN : 0;
  }
  const receivers = rng.shuffle(drafts).slice(0, plan.receivers);
  const caps = receivers.map((d) => Math.min(Math.floor(d.approved * plan.maxShare / WAN) * WAN, d.approved - d.prior));
  const parts = distribute(disbursedTotal, receivers.map((d) => d.approved), { step: WAN, caps });
  for (const d of drafts) d.disbursed = 0;
  receivers.forEach((d, i) => (d.disbursed = parts[i]));
  for (const d of drafts) {
    if (isNew || cohort === FISCAL_YEAR - 1) continue;
    d.prior =
      d.status === '已验收'
        ? d.approved - d.disbursed
        : Math.min(Math.round(d.approved * rng.real(0.5, 0.7) / WAN) * WAN, d.approved - d.disbursed);
  }
}

/** 带动社会投入 (and so 项目总投资) over a group of projects, by a leverage drawn per project. */
function allocateSocial(drafts: Draft[], total: Fen, leverage: readonly [number, number], seed: string): void {
  const rng = rngFor(seed);
  const parts = distribute(total, drafts.map((d) => d.approved * rng.real(leverage[0], leverage[1])), { step: WAN / 10 });
  drafts.forEach((d, i) => (d.social = parts[i]));
}

/** 新申请专利数 and 培训人次: older projects have filed more; about a third of the firms trained nobody this year. */
function allocateCounts(drafts: Draft[]): void {
  const rng = rngFor('sample/counts');
  const patentWeight = (d: Draft) => (d.slot.cohort === FISCAL_YEAR ? (rng.chance(0.5) ? 0.6 : 0) : d.slot.cohort === FISCAL_YEAR - 1 ? 2 : 3.5) * rng.real(0.3, 1.7);
  const patents = distribute(SAMPLE_FIGURES.newPatents, drafts.map(patentWeight));
  const trainees = distribute(SAMPLE_FIGURES.trainees, drafts.map(() => (rng.chance(0.35) ? 0 : rng.real(0.4, 1.6))));
  drafts.forEach((d, i) => {
    d.newPatents = patents[i];
    d.trainees = trainees[i];
  });
}

function noteFor(rng: Rng, d: Draft): string | null {
  if (d.status === '已验收' && d.disbursed > 0) return NOTES.acceptedFinal;
  if (d.status === '已验收') return rng.chance(0.3) ? NOTES.acceptedPaid : null;
  if (d.slot.cohort === FISCAL_YEAR) return d.disbursed > 0 ? NOTES.firstPayment : rng.chance(0.4) ? NOTES.awaiting : null;
  return rng.chance(0.25) ? NOTES.midterm : null;
}

function finish(d: Draft): SampleProject {
  const dec = (fen: Fen) => fenToDecimal(fen, '万元');
  return {
    id: projectId(d.slot),
    name: d.name,
    unit: d.unit.name,
    creditCode: d.unit.creditCode,
    region: d.slot.region.name,
    cohortYear: d.slot.cohort,
    industry: d.unit.industry,
    patentNo: d.patentNo,
    patentType: d.patentType,
    legalStatus: '有效',
    totalInvestment: dec(d.approved + d.social),
    approved: dec(d.approved),
    priorDisbursed: dec(d.prior),
    disbursed: dec(d.disbursed),
    socialInvestment: dec(d.social),
    contractStart: d.start,
    contractEnd: d.end,
    status: d.status,
    newPatents: d.newPatents,
    trainees: d.trainees,
    certified: d.certified,
    note: d.note,
  };
}

function generate(): SampleProject[] {
  const slots = makeSlots();
  const units = assignUnits(slots);
  const certified = pickCertified(units.values());
  const nameRng = rngFor('sample/names');
  const patentRng = rngFor('sample/patents');
  const contractRng = rngFor('sample/contracts');
  const names = new Set<string>();
  const patents = new Set<string>();
  const drafts: Draft[] = slots.map((slot) => {
    const unit = units.get(slot)!;
    const contract = makeContract(contractRng, slot.cohort);
    return {
      slot,
      unit,
      name: makeProjectName(nameRng, unit.industry, names),
      ...makePatent(patentRng, slot.cohort, patents),
      approved: 0, prior: 0, disbursed: 0, social: 0,
      ...contract,
      newPatents: 0, trainees: 0,
      certified: certified.has(unit),
      note: null,
    };
  });

  for (const c of SAMPLE_FIGURES.cohorts) {
    const cohort = drafts.filter((d) => d.slot.cohort === c.year);
    allocateApproved(cohort, wan(c.approved));
    allocatePayments(cohort, wan(c.disbursed));
  }
  const fresh = drafts.filter((d) => d.slot.cohort === FISCAL_YEAR);
  const carried = drafts.filter((d) => d.slot.cohort !== FISCAL_YEAR);
  const newSocial = wan(SAMPLE_FIGURES.newSocialInvestment);
  allocateSocial(fresh, newSocial, [8, 50], 'sample/social/new');
  allocateSocial(carried, wan(SAMPLE_FIGURES.cumulativeSocialInvestment) - newSocial, [3, 24], 'sample/social/carried');
  allocateCounts(drafts);
  const noteRng = rngFor('sample/notes');
  for (const d of drafts) d.note = noteFor(noteRng, d);
  return drafts.map(finish);
}

let cache: ReadonlyArray<SampleProject> | undefined;

/** The 169 sample projects, newest cohort first, by 项目编号 within a cohort. Every call returns fresh copies. */
export function sampleProjects(): SampleProject[] {
  cache ??= generate();
  return cache.map((p) => ({ ...p, contractStart: { ...p.contractStart }, contractEnd: { ...p.contractEnd } }));
}
