/**
 * The clean bundled sample workbook as a host-neutral grid: 配置, 项目台账, 绩效指标.
 *
 * 项目台账 has a title row, a unit row and the canonical headers of workbook.md in canonical
 * order, then one row per project. It has NO 合计 row on purpose: the clean sample is a plain
 * data table (sortable, filterable); the messy grid (messy.ts) carries a 合计 row instead.
 */
import type { CellValue, Grid, GridSheet, Merge } from '../grid';
import type { ProjectKey } from '../records';
import { SAMPLE_FIGURES } from './figures';
import { SECTIONS } from '../report/outline';
import { sampleIndicatorValues } from './indicators';
import { SAMPLE_MATERIAL } from './material';
import { sampleProfileRows } from './profile';
import { sampleProjects, type SampleProject } from './projects';

/** Canonical 项目台账 headers (workbook.md), in canonical order. */
export const LEDGER_HEADERS: ReadonlyArray<readonly [ProjectKey, string]> = [
  ['id', '项目编号'],
  ['name', '项目名称'],
  ['unit', '承担单位'],
  ['creditCode', '统一社会信用代码'],
  ['region', '地州市'],
  ['cohortYear', '立项年度'],
  ['industry', '产业领域'],
  ['patentNo', '专利号'],
  ['patentType', '专利类型'],
  ['legalStatus', '法律状态'],
  ['totalInvestment', '项目总投资'],
  ['approved', '财政支持资金'],
  ['priorDisbursed', '以前年度累计拨付'],
  ['disbursed', '本年拨付'],
  ['socialInvestment', '带动社会投入'],
  ['contractStart', '合同开始日期'],
  ['contractEnd', '合同结束日期'],
  ['status', '项目状态'],
  ['newPatents', '新申请专利数'],
  ['trainees', '培训人次'],
  ['certified', '贯标认证'],
  ['note', '备注'],
];

export const AMOUNT_KEYS = ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'] as const;

export const SAMPLE_SHEETS = { profile: '配置', ledger: '项目台账', indicators: '绩效指标', material: '报告素材' } as const;

/** Headers of the 报告素材 sheet: the section, its heading (for the person filling it in; not read), the text. */
export const MATERIAL_HEADER = ['章节', '标题', '内容'] as const;

/** The ledger title (row 1 of 项目台账). */
export const LEDGER_TITLE = `${SAMPLE_FIGURES.fiscalYear}年度自治区专利实施项目台账`;

/** 0-based rows of the clean 项目台账: title, unit line, header, first project. */
export const CLEAN_LEDGER_ROWS = { title: 0, unit: 1, header: 2, firstProject: 3 } as const;

/** A project's clean cell value for a column. Amounts are numbers in 万元; 贯标认证 is 是 / 否. */
export function cleanCell(p: SampleProject, key: ProjectKey): CellValue {
  switch (key) {
    case 'totalInvestment':
    case 'approved':
    case 'priorDisbursed':
    case 'disbursed':
    case 'socialInvestment':
      return Number(p[key]);
    case 'certified':
      return p.certified ? '是' : '否';
    case 'contractStart':
    case 'contractEnd':
      return { kind: 'date', year: p[key].year, month: p[key].month, day: p[key].day };
    case 'planned': // not a column of the sample
      return null;
    default:
      return p[key];
  }
}

function profileSheet(): GridSheet {
  return { name: SAMPLE_SHEETS.profile, values: [['参数', '值'], ...sampleProfileRows()] };
}

function ledgerSheet(): GridSheet {
  const width = LEDGER_HEADERS.length;
  const pad = (first: CellValue): CellValue[] => [first, ...Array<CellValue>(width - 1).fill(null)];
  const values: CellValue[][] = [
    pad(LEDGER_TITLE),
    pad('单位：万元'),
    LEDGER_HEADERS.map(([, h]) => h),
    ...sampleProjects().map((p) => LEDGER_HEADERS.map(([k]) => cleanCell(p, k))),
  ];
  const merges: Merge[] = [{ top: CLEAN_LEDGER_ROWS.title, left: 0, bottom: CLEAN_LEDGER_ROWS.title, right: width - 1 }];
  return { name: SAMPLE_SHEETS.ledger, values, merges };
}

function indicatorSheet(): GridSheet {
  return { name: SAMPLE_SHEETS.indicators, values: sampleIndicatorValues() };
}

/**
 * 报告素材: one row per section of the report (report.md), with the source's own text where the
 * source has text that no figure of the workbook gives; `withText: false` leaves 内容 empty (the template).
 */
export function materialSheet(withText = true): GridSheet {
  const text = new Map(SAMPLE_MATERIAL.map(([id, paras]) => [id, paras.join('\n')]));
  return {
    name: SAMPLE_SHEETS.material,
    values: [[...MATERIAL_HEADER], ...SECTIONS.map((d): CellValue[] => [d.id, d.heading, withText ? (text.get(d.id) ?? null) : null])],
  };
}

/** The clean bundled sample workbook (sheets 配置, 项目台账, 绩效指标, 报告素材). */
export function sampleWorkbookGrid(): Grid {
  return { sheets: [profileSheet(), ledgerSheet(), indicatorSheet(), materialSheet()] };
}
