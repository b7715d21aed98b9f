import type { ProjectKey } from '../records';

export const AMOUNT_KEYS = ['totalInvestment', 'approved', 'priorDisbursed', 'disbursed', 'socialInvestment'] as const satisfies ReadonlyArray<ProjectKey>;
export const COUNT_KEYS = ['newPatents', 'trainees'] as const satisfies ReadonlyArray<ProjectKey>;
