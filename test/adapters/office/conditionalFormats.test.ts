/**
 * The monitoring table's lights in Excel: the Office adapter adds one CellValue conditional format
 * per colour over the light cells, each comparing with the light's text written as a formula, and
 * the fake Excel refuses what Excel refuses (a rule on another kind of format, an unknown operator).
 */
import { renderLayout } from '../../../src/adapters/office';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { LIGHT_COLOURS, LIGHT_WORD, LIGHTS } from '../../../src/model/monitor';
import { sampleMidYearGrid } from '../../../src/model/sample';
import { createFakeExcel, snapshotWorkbook } from '../../fakes/excel';

describe('conditional formats through the Office adapter', () => {
  it('colours the light cells of the monitoring table by their text', async () => {
    const layout = evaluateWorkbook(sampleMidYearGrid(), { generatedAt: '2018-08-05 10:00' }).selfEval!.layout;
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    await fake.run((ctx) => renderLayout(ctx, layout));
    const sheet = snapshotWorkbook(fake).sheets.find((s) => s.name === '2018年度绩效监控表')!;
    const total = sheet.conditionalFormats.filter((c) => c.range === 'O5');
    expect(total).toEqual(LIGHTS.map((l) => ({
      range: 'O5', type: 'CellValue', rule: { formula1: `="${LIGHT_WORD[l]}"`, operator: 'EqualTo' }, fill: LIGHT_COLOURS[l].fill, font: LIGHT_COLOURS[l].font,
    })));
    expect(sheet.conditionalFormats.filter((c) => /^O\d+:O\d+$/.test(c.range))).toHaveLength(3);
    // The cells hold the formulas that give the light's text.
    expect(sheet.cells.O5.formula).toMatch(/^=IF\(ISNUMBER\(G5\)/);
  });

  it('the fake refuses a cellValue rule on another kind of format, and an operator Excel does not have', async () => {
    const fake = createFakeExcel();
    fake.workbook.addSheet('Sheet1');
    await expect(fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('DataBar' as Excel.ConditionalFormatType);
      cf.cellValue.rule = { formula1: '="红灯"', operator: 'EqualTo' };
      await ctx.sync();
    })).rejects.toThrow(/cellValue of a DataBar/);
    await expect(fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      cf.cellValue.rule = { formula1: '="红灯"', operator: 'Equals' as Excel.ConditionalCellValueOperator };
      await ctx.sync();
    })).rejects.toThrow(/operator Equals/);
  });
});
