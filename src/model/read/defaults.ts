/**
 * The fund profile's defaults (workbook.md): what a workbook without 配置 gets, and what the custom
 * functions use (a formula has no 配置). Kept apart from the 配置 reader so that the functions'
 * bundle carries the defaults without the reader and the layout registry the reader consults.
 */
import type { MoneyUnit } from '../money';
import type { Profile } from '../records';
import { DEFAULT_REGIONS } from './regions';

/**
 * The 配置 sheet's name as workbook.md gives it, and the parameter its full-year budget is read from: one place for the
 * reader (profile.ts, ledgerCheck.ts SHEET_NAMES) and the messages that say where to write it (W009), kept here so
 * the functions' bundle names them without carrying the reader.
 */
export const PROFILE_SHEET = '配置';
export const BUDGET_PARAM = '全年预算数';

export const PROFILE_DEFAULTS = {
  projectName: '自治区专利实施计划项目',
  agency: '自治区知识产权局',
  unit: '万元' as MoneyUnit,
  maxCarryYears: 4,
  inverseMethod: '线性' as const,
};

/** The profile of a workbook without 配置, 分值方案 left to the caller (the registry's default). */
export function defaultProfile(): Profile {
  return {
    projectName: PROFILE_DEFAULTS.projectName,
    agency: PROFILE_DEFAULTS.agency,
    implementer: PROFILE_DEFAULTS.agency,
    unit: PROFILE_DEFAULTS.unit,
    maxCarryYears: PROFILE_DEFAULTS.maxCarryYears,
    regions: [...DEFAULT_REGIONS],
    industries: [],
    inverseMethod: PROFILE_DEFAULTS.inverseMethod,
    rateCaps: [],
  };
}
