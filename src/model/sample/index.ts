/** The bundled sample of the source year (2018): model data and grids. */
export { SAMPLE_FIGURES, type CohortFigure } from './figures';
export { sampleProjects, type SampleProject } from './projects';
export { sampleProfileRows, SAMPLE_GOAL, SAMPLE_GOAL_RESULT } from './profile';
export { INDICATOR_HEADER, sampleIndicatorRows, sampleIndicatorValues, type SampleIndicatorRow } from './indicators';
export { sampleWorkbookGrid, materialSheet, MATERIAL_HEADER, LEDGER_HEADERS, LEDGER_TITLE, CLEAN_LEDGER_ROWS, SAMPLE_SHEETS, AMOUNT_KEYS, cleanCell } from './workbook';
export { SAMPLE_MATERIAL } from './material';
export { messyLedgerGrid, type MessyLedgerExpected } from './messy';
export { sampleMidYearGrid, midYearProjects, MIDYEAR_MONTH, MIDYEAR_INDICATOR_HEADER } from './midyear';
