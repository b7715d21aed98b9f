import type { Finding } from '../findings';
import type { SheetLayout } from '../layout';
import type { Metrics } from '../metrics';
import type { Indicator, Profile, Project } from '../records';
import type { Evaluation, Grade, IndicatorColumns, IndicatorScore } from '../scoring';

export type LayoutKind = '2018' | '2020';

export interface SelfEvalInput {
  readonly profile: Profile;
  readonly projects: ReadonlyArray<Project>;
  readonly indicators: ReadonlyArray<Indicator>;
  /** Computed from the projects when absent. */
  readonly metrics?: Metrics;
  readonly layout: LayoutKind;
  readonly indicatorSheet: string;
  readonly ledgerSheet: string;
  /** Shown in the note below the table, as given (e.g. `2019-03-01 10:20`). */
  readonly generatedAt?: string;
  /** Sheet names already in the workbook: the new sheet never takes one of them. */
  readonly existingSheets?: ReadonlyArray<string>;
  /** Passed on to the scoring (column positions of the indicator sheet, header row, 配置 cell). */
  readonly columns?: IndicatorColumns;
  readonly headerRow?: number;
  readonly profileCell?: { readonly sheet: string; readonly row: number; readonly col: number };
  /** Built over structural errors at the user's explicit request: marked `草稿：数据存在错误`. */
  readonly draft?: boolean;
}

/** One indicator row as the table shows it. */
export interface SelfEvalIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly points?: number;
  readonly score?: number;
}

export interface SelfEval {
  readonly layout: SheetLayout;
  readonly sheetName: string;
  readonly budget: { readonly rate?: number; readonly score?: number };
  readonly indicators: ReadonlyArray<SelfEvalIndicator>;
  /** Every indicator as scored, in the sheet's order (the 自评报告 words its completion from them). */
  readonly scores: ReadonlyArray<IndicatorScore>;
  readonly total?: number;
  readonly grade?: Grade;
  readonly findings: ReadonlyArray<Finding>;
  readonly paragraph: string;
  /** A draft over structural errors (see draft.ts). */
  readonly draft?: boolean;
}

/** What both layouts are drawn from. */
export interface LayoutInput {
  readonly profile: Profile;
  readonly metrics: Metrics;
  readonly evaluation: Evaluation;
  readonly sheetName: string;
  readonly paragraph: string;
  readonly note: string;
}

export interface LayoutResult {
  readonly layout: SheetLayout;
  readonly indicators: ReadonlyArray<SelfEvalIndicator>;
}
