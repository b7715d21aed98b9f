/**
 * Deterministic synthetic workbooks for the benchmark: 配置, 项目台账 with N projects in the 22
 * columns of workbook.md, 绩效指标 (the sample's 2020 indicators).
 *
 * Each project is one of the 169 bundled sample projects (sampleProjects()) replicated with
 * variations drawn from a seeded PRNG: its own 项目编号 and patent number (valid check digit),
 * amounts scaled by 0.5–1.5 (kept consistent: 带动社会投入 = 项目总投资 − 财政支持资金, payments
 * within 财政支持资金), shifted contract days, counts varied. Cells look like a real ledger read
 * from Excel: amounts as numbers (a few as text with thousands separators or full-width digits),
 * dates as date cells (a few as text), a few regions in their short form, a few patent numbers
 * with a ZL prefix. About 1 % of the rows carry a defect (see DEFECTS), so the rules have work.
 */
import { dateValue, type CellValue, type DateValue, type Grid, type GridSheet } from '../src/model/grid';
import { decimalToFen, fenToDecimal, FEN_PER, type Fen } from '../src/model/money';
import { patentCheckChar as patentCheckDigit } from '../src/model/algorithms/patent';
import { sampleIndicatorValues } from '../src/model/sample/indicators';
import { sampleProfileRows } from '../src/model/sample/profile';
import { sampleProjects, type SampleProject } from '../src/model/sample/projects';
import { LEDGER_HEADERS, LEDGER_TITLE } from '../src/model/sample/workbook';
import { Rng } from '../src/model/sample/prng';

const WAN = FEN_PER['万元'];

/** The defects planted, one kind per defective row, in turn. */
export const DEFECTS = [
  'patentCheck', // L007: wrong check digit
  'unknownRegion', // L006
  'overpaid', // L011: prior + disbursed > approved
  'negative', // L012
  'unreadableAmount', // L003
  'missingRequired', // L002
  'duplicateId', // L004
  'lapsedPatent', // L009
  'badCreditCode', // L010
  'endBeforeStart', // L016
] as const;
export type Defect = (typeof DEFECTS)[number];

export interface SyntheticLedger {
  readonly grid: Grid;
  readonly rows: number;
  /** Defects planted, by kind. */
  readonly defects: Readonly<Record<Defect, number>>;
  /** 0-based column of 立项年度 and 本年拨付 in 项目台账, and the sheet row of the first project. */
  readonly cols: { readonly cohortYear: number; readonly disbursed: number };
  readonly firstRow: number;
}

const COL = Object.fromEntries(LEDGER_HEADERS.map(([k], i) => [k, i])) as Record<
  (typeof LEDGER_HEADERS)[number][0],
  number
>;

const SHORT_REGION: Readonly<Record<string, string>> = {
  乌鲁木齐市: '乌市',
  昌吉回族自治州: '昌吉州',
  巴音郭楞蒙古自治州: '巴州',
  伊犁哈萨克自治州: '伊犁州',
  博尔塔拉蒙古自治州: '博州',
};

function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function withThousands(decimal: string): string {
  const [int, frac] = decimal.split('.');
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? '.' + frac : '');
}

function shiftDays(d: DateValue, days: number): DateValue {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * 86_400_000);
  return dateValue(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Scales an amount in 分 by f, to whole 0.01 万元. */
function scale(fen: Fen, f: number): Fen {
  return Math.round((fen * f) / 10_000) * 10_000;
}

function amountCell(fen: Fen, rng: Rng): CellValue {
  const dec = fenToDecimal(fen, '万元');
  const x = rng.next();
  if (x < 0.03) return withThousands(dec);
  if (x < 0.04) return fullWidthDigits(dec);
  return Number(dec);
}

function dateCell(d: DateValue, rng: Rng): CellValue {
  const x = rng.next();
  if (x < 0.03) return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  if (x < 0.05) return `${d.year}年${d.month}月${d.day}日`;
  return d;
}

function projectRow(
  i: number,
  base: SampleProject,
  rng: Rng,
  usedPatents: Set<string>
): { cells: CellValue[]; disbursed: Fen } {
  const f = rng.real(0.5, 1.5);
  const approved = scale(decimalToFen(base.approved, '万元')!, f);
  const social = scale(decimalToFen(base.socialInvestment, '万元')!, rng.real(0.5, 1.5));
  const prior = Math.min(scale(decimalToFen(base.priorDisbursed, '万元')!, f), approved);
  const disbursed = Math.min(scale(decimalToFen(base.disbursed, '万元')!, f), approved - prior);
  const total = approved + social;

  const invention = base.patentType === '发明';
  let digits: string;
  do {
    const year = base.cohortYear - (invention ? rng.int(2, 6) : rng.int(1, 4));
    digits = String(year) + (invention ? '1' : '2') + String(rng.int(0, 9_999_999)).padStart(7, '0');
  } while (usedPatents.has(digits));
  usedPatents.add(digits);
  const patent = `${digits}.${patentCheckDigit(digits)}`;

  const shift = rng.int(-20, 20);
  const region = SHORT_REGION[base.region] && rng.chance(0.05) ? SHORT_REGION[base.region] : base.region;
  const cells: CellValue[] = new Array<CellValue>(LEDGER_HEADERS.length).fill(null);
  cells[COL.id] = `XJZL${base.cohortYear}-${String(i + 1).padStart(6, '0')}`;
  cells[COL.name] = base.name;
  cells[COL.unit] = base.unit;
  cells[COL.creditCode] = base.creditCode;
  cells[COL.region] = region;
  cells[COL.cohortYear] = rng.chance(0.02) ? `${base.cohortYear}年` : base.cohortYear;
  cells[COL.industry] = base.industry;
  cells[COL.patentNo] = rng.chance(0.1) ? `ZL${patent}` : patent;
  cells[COL.patentType] = base.patentType;
  cells[COL.legalStatus] = base.legalStatus;
  cells[COL.totalInvestment] = amountCell(total, rng);
  cells[COL.approved] = amountCell(approved, rng);
  cells[COL.priorDisbursed] = amountCell(prior, rng);
  cells[COL.disbursed] = amountCell(disbursed, rng);
  cells[COL.socialInvestment] = amountCell(social, rng);
  cells[COL.contractStart] = dateCell(shiftDays(base.contractStart, shift), rng);
  cells[COL.contractEnd] = dateCell(shiftDays(base.contractEnd, shift), rng);
  cells[COL.status] = base.status;
  cells[COL.newPatents] = Math.max(0, base.newPatents + rng.int(-1, 1));
  cells[COL.trainees] = Math.max(0, base.trainees + rng.int(-5, 5));
  cells[COL.certified] = base.certified ? '是' : '否';
  cells[COL.note] = base.note;
  return { cells, disbursed };
}

function plant(defect: Defect, cells: CellValue[], prevId: CellValue): void {
  switch (defect) {
    case 'patentCheck': {
      const p = String(cells[COL.patentNo]);
      const last = p.slice(-1);
      cells[COL.patentNo] = p.slice(0, -1) + (last === '0' ? '1' : '0');
      return;
    }
    case 'unknownRegion':
      cells[COL.region] = '东城区';
      return;
    case 'overpaid':
      cells[COL.disbursed] = (typeof cells[COL.approved] === 'number' ? (cells[COL.approved] as number) : 100) + 10;
      return;
    case 'negative':
      cells[COL.socialInvestment] = -12.5;
      return;
    case 'unreadableAmount':
      cells[COL.approved] = '约50万';
      return;
    case 'missingRequired':
      cells[COL.unit] = null;
      return;
    case 'duplicateId':
      cells[COL.id] = prevId;
      return;
    case 'lapsedPatent':
      cells[COL.legalStatus] = '失效';
      return;
    case 'badCreditCode':
      cells[COL.creditCode] = String(cells[COL.creditCode]).slice(0, 17) + 'I';
      return;
    case 'endBeforeStart':
      cells[COL.contractEnd] = dateValue(2010, 1, 1);
      return;
  }
}

/** N projects; about one row in a hundred has one of DEFECTS. Same N and seed → same workbook. */
export function syntheticLedger(rows: number, seed = 2018): SyntheticLedger {
  const rng = new Rng(seed ^ rows);
  const base = sampleProjects();
  const used = new Set<string>();
  const defects = Object.fromEntries(DEFECTS.map((d) => [d, 0])) as Record<Defect, number>;
  const width = LEDGER_HEADERS.length;
  const pad = (first: CellValue): CellValue[] => [first, ...new Array<CellValue>(width - 1).fill(null)];
  const values: CellValue[][] = [pad(LEDGER_TITLE), pad('单位：万元'), LEDGER_HEADERS.map(([, h]) => h)];
  let disbursedSum = 0;
  let planted = 0;
  for (let i = 0; i < rows; i++) {
    const { cells, disbursed } = projectRow(i, base[i % base.length], rng, used);
    if (i > 0 && rng.chance(0.01)) {
      const d = DEFECTS[planted++ % DEFECTS.length];
      plant(d, cells, values[values.length - 1][COL.id]);
      defects[d]++;
    }
    disbursedSum += disbursed;
    values.push(cells);
  }
  const ledger: GridSheet = { name: '项目台账', values, merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }] };

  // 配置: the sample's, with the executed sum matching the (clean) payments and a budget a little above.
  const executed = Number(fenToDecimal(disbursedSum, '万元'));
  const budget = Number(fenToDecimal(Math.round((disbursedSum * 1.02) / WAN) * WAN, '万元'));
  const profileRows = sampleProfileRows().map(([k, v]): [string, string | number] =>
    /执行数$/.test(k) ? [k, executed] : /预算数$/.test(k) ? [k, budget] : [k, v]
  );
  const profile: GridSheet = { name: '配置', values: [['参数', '值'], ...profileRows] };
  const indicators: GridSheet = { name: '绩效指标', values: sampleIndicatorValues() };
  return {
    grid: { sheets: [profile, ledger, indicators] },
    rows,
    defects,
    cols: { cohortYear: COL.cohortYear, disbursed: COL.disbursed },
    firstRow: 3,
  };
}
