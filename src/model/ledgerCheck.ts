/**
 * The ledger part of the check: the sheets looked for, the year inferred from titles, and every
 * ledger rule over a read ledger. checkWorkbook (check.ts) and FINDINGS (functions/ledger.ts) both
 * run it; it reads no 配置 (FINDINGS has none). The whole ledger's run (ledgerFindings) is in ledgerFindings.ts: only
 * checkWorkbook needs it, and what the task pane uses of a module the custom functions import is bundled into
 * functions.js (the pane depends on it: webpack dependOn).
 */
import type { Finding } from './findings';
import type { Profile, ProjectKey } from './records';
import { LEDGER_COLUMNS } from './read/columns';
export { inferYear } from './read/text';
import type { LedgerRead } from './read/ledger';
import { PROFILE_SHEET } from './read/defaults';
import type { Table } from './read/table';
import type { LedgerContext } from './rules/context';
import { columnFindings } from './rules/sheets';

export const SHEET_NAMES = {
  profile: [PROFILE_SHEET, '参数', '基本信息'],
  ledger: ['项目台账', '台账', '项目清单', '项目明细'],
  indicators: ['绩效指标', '指标', '绩效目标'],
} as const;

/** Headers S001 names as examples of what a ledger's header row has. */
export const HEADER_EXAMPLES: ReadonlyArray<string> = LEDGER_COLUMNS.slice(0, 3).map((d) => d.header);

export function ledgerContext(ledger: LedgerRead, profile: Profile, fiscalYear: number | undefined, counties?: ReadonlyMap<string, string>): LedgerContext {
  return {
    profile, fiscalYear, ledger, sheet: ledger.table.sheet.name,
    allowedRegions: new Set(profile.regions), ...(counties ? { counties } : {}), industries: new Set(profile.industries), regionMatches: new Map(), creditCodesValid: new Map(),
  };
}

/** The columns only a patent fund's ledger has: required (S002) of a ledger that shows it is one. */
const PATENT_COLUMNS: ReadonlyArray<ProjectKey> = ['patentNo', 'legalStatus'];
/** Any of these read, the ledger is a patent fund's (新申请专利数 too: it counts the fund's patents). */
const PATENT_SIGNS: ReadonlyArray<ProjectKey> = ['patentNo', 'patentType', 'legalStatus', 'newPatents'];

/**
 * Whether a ledger is a patent fund's: a patent column is read, or a header, title line or the sheet's name says 专利,
 * or the workbook's 配置 names the fund so (`fundNames`: 项目名称 / 报告称谓 as written there, never the defaults).
 * A ledger of another special fund (科技, 农业, 商务, 文旅, 就业 …) has no patents: its projects have no 专利号 or
 * 法律状态 to give, and asking for them (S002, an error) refused its 自评表 over columns it cannot have.
 */
export function isPatentLedger(table: Table<ProjectKey>, fundNames: ReadonlyArray<string> = []): boolean {
  if (PATENT_SIGNS.some((k) => table.columns[k] !== undefined)) return true;
  const says = (t: string): boolean => t.includes('专利');
  return says(table.sheet.name) || table.titleTexts.some(says) || table.unknown.some((u) => says(u.header)) || fundNames.some(says);
}

/** Column findings (S002–S004) of a ledger table (no S002 for a 地州市 or 立项年度 the sheet name gives, nor for patents in another fund's). */
export function ledgerColumnFindings(table: Table<ProjectKey>, regionFromSheet = false, fundNames: ReadonlyArray<string> = [], yearFromSheet = false): Finding[] {
  const out: Finding[] = [];
  const given = new Set<ProjectKey>(regionFromSheet ? ['region'] : []);
  if (yearFromSheet) given.add('cohortYear');
  if (!isPatentLedger(table, fundNames)) for (const k of PATENT_COLUMNS) given.add(k);
  columnFindings(table, LEDGER_COLUMNS, (f) => void out.push(f), given);
  return out;
}
