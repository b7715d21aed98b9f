/**
 * The SAME 169 sample projects laid out the messy way people really send them, for the reader's
 * tests: title and unit rows above the header; columns shuffled and named by aliases (some with a
 * unit suffix, one amount column in 元); rows sorted by prefecture with 所属地区 merged down;
 * amounts as text with thousands separators or full-width digits; years like `2017年`; patent
 * numbers with ZL / CN prefixes and spaces; dates as Excel serials, date cells and several text
 * forms; a blank row in the middle and a correct 合计 row at the bottom.
 */
import { dateToSerial, type CellValue, type DateValue, type Grid, type Merge } from '../grid';
import { decimalToFen, fenTo, type Fen } from '../money';
import { sampleProjects, type SampleProject } from './projects';
import { REGIONS } from './tables';

export interface MessyLedgerExpected {
  /** 0-based sheet rows. */
  readonly titleRow: number;
  readonly unitRow: number;
  readonly headerRow: number;
  readonly blankRow: number;
  readonly totalRow: number;
  /** Project id → its 0-based sheet row. */
  readonly rowOf: Readonly<Record<string, number>>;
  /** Header text as written → 0-based column. */
  readonly columns: Readonly<Record<string, number>>;
  /** Projects in sheet order. */
  readonly ids: ReadonlyArray<string>;
}

interface MessyColumn {
  readonly header: string;
  /** Value of the project at position `i` (0-based, in sheet order). */
  readonly cell: (p: SampleProject, i: number) => CellValue;
  /** Value in the 合计 row, from the projects. */
  readonly total?: (ps: ReadonlyArray<SampleProject>) => CellValue;
}

const MESSY_SHEET = '项目明细';
const MESSY_TITLE = '2018年度自治区专利实施计划项目汇总表';

function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** `1514.9` → `1,514.9` */
function withThousands(decimal: string): string {
  const [int, frac] = decimal.split('.');
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? '.' + frac : '');
}

function fen(decimal: string): Fen {
  return decimalToFen(decimal, '万元')!;
}

function sumWan(ps: ReadonlyArray<SampleProject>, key: 'totalInvestment' | 'approved' | 'priorDisbursed' | 'disbursed' | 'socialInvestment'): number {
  return fenTo(ps.reduce((s, p) => s + fen(p[key]), 0), '万元');
}

/** Five ways a date turns up in a sheet. */
function messyDate(d: DateValue, form: number): CellValue {
  switch (form % 5) {
    case 0:
      return { kind: 'date', year: d.year, month: d.month, day: d.day };
    case 1:
      return dateToSerial(d);
    case 2:
      return `${d.year}/${d.month}/${d.day}`;
    case 3:
      return `${d.year}年${d.month}月${d.day}日`;
    default:
      return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  }
}

/** Patent number as staff type it: `ZL…`, `CN…`, spaced, plain, `ZL ` + spaced. */
function messyPatent(no: string, i: number): string {
  const spaced = `${no.slice(0, 4)} ${no.slice(4, 5)} ${no.slice(5)}`;
  return ['ZL' + no, 'CN' + no, spaced, no, 'ZL ' + spaced][i % 5];
}

function messyYear(y: number, i: number): CellValue {
  if (i % 5 === 1) return `${y}年`;
  if (i % 7 === 3) return fullWidth(String(y));
  return y;
}

/** The columns, in their (shuffled) sheet order. 所属地区 is filled in separately (merged). */
const COLUMNS: ReadonlyArray<MessyColumn> = [
  { header: '序号', cell: (_, i) => i + 1 },
  { header: '所属地区', cell: () => null },
  { header: '编号', cell: (p) => p.id },
  { header: '项目承担单位', cell: (p) => p.unit },
  { header: '信用代码', cell: (p) => p.creditCode },
  { header: '项目名称', cell: (p) => p.name },
  { header: '立项年份', cell: (p, i) => messyYear(p.cohortYear, i) },
  { header: '所属产业', cell: (p) => p.industry },
  { header: '专利申请号', cell: (p, i) => messyPatent(p.patentNo, i) },
  { header: '专利类型', cell: (p) => p.patentType },
  { header: '专利法律状态', cell: (p) => p.legalStatus },
  {
    header: '财政支持资金（万元）',
    cell: (p, i) => (i % 8 === 2 && !p.approved.includes('.') ? fullWidth(p.approved) : Number(p.approved)),
    total: (ps) => sumWan(ps, 'approved'),
  },
  {
    header: '总投资（万元）',
    cell: (p, i) => (Number(p.totalInvestment) >= 1000 && i % 2 === 0 ? withThousands(p.totalInvestment) : Number(p.totalInvestment)),
    total: (ps) => sumWan(ps, 'totalInvestment'),
  },
  { header: '社会投入', cell: (p) => Number(p.socialInvestment), total: (ps) => sumWan(ps, 'socialInvestment') },
  {
    header: '累计已拨付',
    cell: (p) => (p.cohortYear === 2018 ? null : Number(p.priorDisbursed)),
    total: (ps) => sumWan(ps, 'priorDisbursed'),
  },
  {
    header: '本年拨款(元)',
    cell: (p, i) => {
      const yuan = fen(p.disbursed) / 100;
      return yuan > 0 && i % 6 === 0 ? withThousands(String(yuan)) : yuan;
    },
    total: (ps) => ps.reduce((s, p) => s + fen(p.disbursed), 0) / 100,
  },
  { header: '开始日期', cell: (p, i) => messyDate(p.contractStart, i) },
  { header: '结束日期', cell: (p, i) => messyDate(p.contractEnd, i + 2) },
  { header: '状态', cell: (p) => p.status },
  { header: '新申请专利', cell: (p) => p.newPatents, total: (ps) => ps.reduce((s, p) => s + p.newPatents, 0) },
  { header: '培训人次', cell: (p) => p.trainees, total: (ps) => ps.reduce((s, p) => s + p.trainees, 0) },
  { header: '通过贯标', cell: (p, i) => (i % 10 === 0 ? (p.certified ? '√' : '×') : p.certified ? '是' : '否') },
  { header: '备注', cell: (p) => p.note },
];

/** Projects grouped by prefecture (official order), newest cohort first, then by id. */
function sheetOrder(ps: ReadonlyArray<SampleProject>): SampleProject[] {
  const rank = new Map(REGIONS.map((r, i) => [r.name, i]));
  return ps.slice().sort((a, b) => rank.get(a.region)! - rank.get(b.region)! || b.cohortYear - a.cohortYear || (a.id < b.id ? -1 : 1));
}

export function messyLedgerGrid(): { grid: Grid; ledgerSheet: string; expected: MessyLedgerExpected } {
  const width = COLUMNS.length;
  const regionCol = COLUMNS.findIndex((c) => c.header === '所属地区');
  const blankLine = (): CellValue[] => Array<CellValue>(width).fill(null);
  const projects = sheetOrder(sampleProjects());

  const title = blankLine();
  title[0] = MESSY_TITLE;
  const unitLine = blankLine();
  unitLine[0] = '单位：万元';
  const values: CellValue[][] = [title, unitLine, COLUMNS.map((c) => c.header)];
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: width - 1 }];
  const rowOf: Record<string, number> = {};

  // The blank row goes after the prefecture group that ends nearest the middle.
  const groups: SampleProject[][] = [];
  for (const p of projects) {
    const last = groups[groups.length - 1];
    if (last && last[0].region === p.region) last.push(p);
    else groups.push([p]);
  }
  let blankAfter = 0;
  let bestDistance = Infinity;
  for (let g = 0, seen = 0; g < groups.length - 1; g++) {
    seen += groups[g].length;
    const distance = Math.abs(seen - projects.length / 2);
    if (distance < bestDistance) [blankAfter, bestDistance] = [g, distance];
  }

  let blankRow = -1;
  let i = 0;
  groups.forEach((group, g) => {
    const top = values.length;
    for (const p of group) {
      const row = COLUMNS.map((c) => c.cell(p, i));
      if (values.length === top) row[regionCol] = p.region;
      rowOf[p.id] = values.length;
      values.push(row);
      i++;
    }
    if (group.length > 1) merges.push({ top, left: regionCol, bottom: values.length - 1, right: regionCol });
    if (g === blankAfter) {
      blankRow = values.length;
      values.push(blankLine());
    }
  });

  const totalRow = values.length;
  values.push(COLUMNS.map((c, k) => (k === 0 ? '合计' : c.total ? c.total(projects) : null)));

  const explanation = [['填表说明'], ['1. 金额单位为万元，本年拨款以元为单位填列。'], ['2. 专利号填写专利申请号（含校验位）。'], ['3. 请勿修改表头。']];
  return {
    grid: { sheets: [{ name: '填表说明', values: explanation }, { name: MESSY_SHEET, values, merges }] },
    ledgerSheet: MESSY_SHEET,
    expected: {
      titleRow: 0,
      unitRow: 1,
      headerRow: 2,
      blankRow,
      totalRow,
      rowOf,
      columns: Object.fromEntries(COLUMNS.map((c, k) => [c.header, k])),
      ids: projects.map((p) => p.id),
    },
  };
}
