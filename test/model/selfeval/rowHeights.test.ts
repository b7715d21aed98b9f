/**
 * The rows of the printed forms as tall as the tallest host draws their lines: Excel and WPS set 宋体 11 pt 14.25 pt a
 * line or less, LibreOffice (in Noto Serif CJK SC, the sheet's fallback) 15.79 pt — the 监控表's six-line 年度指标值 lost
 * half its last line in LibreOffice at 14.25.
 */
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { sampleMidYearGrid } from '../../../src/model/sample';
import { heightFor, lineCount } from '../../../src/model/selfeval/sheet';
import { HOST_LINE_POINTS } from '../../support/hostLines';

describe('row heights', () => {
  test.each([11, 10, 9, 8])('at %i pt a row of n lines holds n of LibreOffice\'s lines, up to the tallest row a host allows', (size) => {
    for (let n = 1; n * HOST_LINE_POINTS * (size / 11) <= 409; n++) expect(heightFor(n, size)).toBeGreaterThanOrEqual(n * HOST_LINE_POINTS * (size / 11));
  });

  test('the 监控表\'s six-line target prints whole: its row is six of LibreOffice\'s lines tall', () => {
    const layout = evaluateWorkbook(sampleMidYearGrid(), { forSelfEval: true, layout: 'monitor' }).selfEval!.layout;
    const target = layout.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('项目实施推动科技进步'))!;
    const width = layout.columnWidths[target.col];
    expect(lineCount(target.value as string, width)).toBe(6);
    expect(layout.rowHeights[target.row]).toBeGreaterThanOrEqual(6 * HOST_LINE_POINTS);
  });
});
