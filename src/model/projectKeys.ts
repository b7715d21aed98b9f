/**
 * The fields of a project (records.ts's projectSchema), in the order the ledger reader fills them. Kept apart from
 * records.ts so that code that only needs the keys — the ledger reader behind FINDINGS — does not bring zod and the
 * schemas into functions.js (≤ 60 KB gzipped, issues 4 and 8). Each is a field of the schema (a type check).
 */
import type { Project } from './records';

export const PROJECT_KEYS = [
  'id', 'name', 'unit', 'creditCode', 'region', 'cohortYear', 'industry', 'patentNo', 'patentType',
  'legalStatus', 'totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment',
  'contractStart', 'contractEnd', 'status', 'newPatents', 'trainees', 'certified', 'note', 'planned',
] as const satisfies ReadonlyArray<keyof Project>;
export type ProjectKey = (typeof PROJECT_KEYS)[number];
