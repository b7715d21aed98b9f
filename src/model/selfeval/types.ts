import type { Locale } from '../messages/types';
import type { Finding } from '../findings';
import type { SheetLayout } from '../layout';
import type { Metrics } from '../metrics';
import type { Indicator, Profile, Project, ProjectKey } from '../records';
import type { Localized } from '../rules/define';
import type { Evaluation, Grade, IndicatorColumns, IndicatorScore } from '../scoring';
import type { Level1Category } from './categories';
import type { LayoutId } from './layouts';
import type { Monitor } from '../monitor';

export interface SelfEvalInput {
  readonly profile: Profile;
  readonly projects: ReadonlyArray<Project>;
  readonly indicators: ReadonlyArray<Indicator>;
  /** Computed from the projects when absent. */
  readonly metrics?: Metrics;
  readonly layout: LayoutId;
  readonly indicatorSheet: string;
  /** Every sheet of the indicator table when it goes on in others (CheckResult.indicatorSheets): the note names them all. */
  readonly indicatorSheets?: ReadonlyArray<string>;
  readonly ledgerSheet: string;
  /** Shown in the note below the table, as given (e.g. `2019-03-01 10:20`). */
  readonly generatedAt?: string;
  /** Sheet names already in the workbook: the new sheet never takes one of them. */
  readonly existingSheets?: ReadonlyArray<string>;
  /** Passed on to the scoring (column positions of the indicator sheet, header row, 配置 cell). */
  readonly columns?: IndicatorColumns;
  readonly headerRow?: number;
  readonly profileCell?: { readonly sheet: string; readonly row: number; readonly col: number };
  /** The mid-year monitoring (a monitoring layout's input); computed from the records when absent. */
  readonly monitor?: Monitor;
  /** The cut-off month asked for (`--month`), when the monitoring is computed here. */
  readonly monitorMonth?: number;
  /** The workbook is checked as of a cut-off month (no year-end budget findings). */
  readonly midYear?: boolean;
  /** Built over structural errors at the user's explicit request: marked `草稿：数据存在错误`. */
  readonly draft?: boolean;
}

/** One indicator row as the table shows it. */
export interface SelfEvalIndicator {
  /** The indicator's row in its sheet (Indicator.row): what the report finds the table's words by (indicatorPlace). */
  readonly row: number;
  /** Indicator.sheet: the sheet of `row` when the indicator table goes on in another sheet. */
  readonly sheet?: string;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly points?: number;
  readonly score?: number;
  /** A target adjusted in the year: the one it replaced and the adjusted one, as the form prints a target (values.ts adjustment). */
  readonly adjusted?: { readonly from: string; readonly to: string };
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
  /** The monitoring the table shows, for a monitoring layout. */
  readonly monitor?: Monitor;
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
  /** The mid-year monitoring, for a layout whose entry says `monitor`. */
  readonly monitor?: Monitor;
}

export interface LayoutResult {
  readonly layout: SheetLayout;
  readonly indicators: ReadonlyArray<SelfEvalIndicator>;
}

/** A level-1 category as a form names it. */
export interface Level1Def {
  readonly category: Level1Category;
  readonly name: string;
}

/**
 * A form the product builds from the workbook: one registry entry (layouts.ts) holds every
 * decision about it that the rest of the product reads.
 */
export interface LayoutDef<Id extends string = string> {
  /** What 配置's 分值方案, `--layout` and the pane call it. */
  readonly id: Id;
  /**
   * The pane's and the CLI's name of the form; a form of a cut-off month names it (绩效监控表（1—7月…）) from the
   * month it would be built for, none known (no workbook checked yet) without one. Read through layoutLabel.
   */
  readonly label: Localized | ((month: number | undefined) => Localized);
  /** Chosen by 配置's 分值方案 (a 自评表 form); false: only chosen by name (a form that is not a 自评表). */
  readonly scheme: boolean;
  /** The level-1 categories in the form's order and words. */
  readonly level1: ReadonlyArray<Level1Def>;
  /** The form has 分值 and 得分: a profile choosing it holds the level-1 points to the national defaults (W004). */
  readonly hasPoints: boolean;
  /** The new sheet's name (before a ` (2)` makes it unique): `2018年度绩效自评表`. */
  readonly sheetName: (fiscalYear: number | undefined) => string;
  /** A form of the mid-year monitoring (monitor.md): built from the monitoring, which makes the workbook a mid-year one. */
  readonly monitor?: boolean;
  /**
   * The ledger fields the form reads. A required column missing or blank (S002) outside them does
   * not refuse the form (draft.ts); absent: the form reads the whole ledger, every S002 refuses it.
   */
  readonly ledgerFields?: ReadonlyArray<ProjectKey>;
  /** What a written file is called after its input (`台账-自评表.xlsx`, `ledger-self-evaluation.xlsx`); default 自评表. */
  readonly fileLabel?: Readonly<Record<Locale, string>>;
  readonly build: (x: LayoutInput) => LayoutResult;
}

/** A layout's registry entry, its id kept as a literal type. */
export function defineLayout<const Id extends string>(def: LayoutDef<Id>): LayoutDef<Id> {
  return def;
}
