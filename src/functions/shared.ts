/**
 * The one door from the other bundles into the model modules functions.js holds (scripts/functions-barrel.js).
 *
 * The task pane shares functions.js's modules (webpack `dependOn`). A module that code in another chunk imports
 * cannot be concatenated into functions.js's scope: webpack wraps it and every use of its exports becomes a property
 * read (stop 41: ~3.5 KB of the 60 KB budget). The build sends every import of a module listed here, made from a
 * module not listed here (the task pane, the pages, functions.ts and model/functions), to this module instead, so
 * this module is the only one shared across chunks and the modules below are concatenated behind it.
 *
 * Nothing imports this file by name: keep importing the modules themselves. List here a model module that
 * functions.ts reaches and the task pane imports too (the build fails naming it otherwise). Its values' names must
 * differ from every other listed module's (tsc says so: TS2308); the type re-exports at the end only settle names
 * that two modules give to different types, which the build never sees.
 *
 * This module is in several runtimes (the functions and pane, the standalone page, its worker), and webpack wraps a
 * module one of whose importers uses it in some of them only ("runtime-dependent referenced by", in
 * --stats-optimization-bailout). A module a listed one uses in every runtime but the functions alone use through
 * here is therefore not listed: the functions reach it through that listed module (algorithms/rmb.ts: rmbUpper,
 * through read/values.ts).
 */
export * from '../model/algorithms/halfwidth';
export * from '../model/algorithms/median';
export * from '../model/algorithms/patent';
export * from '../model/algorithms/uscc';
export * from '../model/arrays';
export * from '../model/findings';
export * from '../model/grid';
export * from '../model/ledgerCheck';
export * from '../model/messages/text';
export * from '../model/money';
export * from '../model/projectKeys';
export * from '../model/read/columns';
export * from '../model/read/defaults';
export * from '../model/read/header';
export * from '../model/read/indicators';
export * from '../model/read/ledger';
export * from '../model/read/merges';
export * from '../model/read/regions';
export * from '../model/read/status';
export * from '../model/read/table';
export * from '../model/read/targets';
export * from '../model/read/text';
export * from '../model/read/values';
export * from '../model/rules/context';
export * from '../model/rules/define';
export * from '../model/rules/firstSeen';
export * from '../model/rules/keys';
export * from '../model/rules/ledgerCross';
export * from '../model/rules/ledgerRow';
export * from '../model/rules/reading';
export * from '../model/rules/scoring';
export * from '../model/rules/sheets';
export * from '../model/rules/vocab';
export * from '../model/scoring/evaluate';
export * from '../model/scoring/grades';
export * from '../model/scoring/operators';
export * from '../model/scoring/rounding';
export * from '../model/selfeval/categories';
export type { IndicatorKey } from '../model/read/columns';
