/**
 * Both writers carry out the same layout description: each layout (both 自评表 layouts and the
 * templates on the sample, and a layout with a list that cannot be inline) rendered through the
 * Office adapter into the fake Excel and through the file writer (read back with ExcelJS) gives
 * the same host-neutral snapshot (test/support/sheetDump.ts).
 */
import { renderLayout } from '../../src/adapters/office';
import { writeXlsx } from '../../src/adapters/xlsx';
import { LISTS_SHEET, type SheetLayout } from '../../src/model/layout';
import { createFakeExcel, snapshotWorkbook } from '../fakes/excel';
import { goldenCases, listsLayout, longTable, problemListLayoutsOfPlanted } from '../support/goldenLayouts';
import { type NeutralSheet, neutralFromFake, neutralFromXlsx } from '../support/sheetDump';

async function throughOffice(layouts: ReadonlyArray<SheetLayout>): Promise<NeutralSheet[]> {
  // An Excel that applies a fit to pages (its Page Layout tab selected, office-js#1860): the page setup as written
  // compares with the file's; where Excel ignores the fit, render.test.ts shows the scale that stands in for it.
  const fake = createFakeExcel({ pageLayoutTab: true });
  fake.workbook.addSheet('Sheet1');
  for (const layout of layouts) await fake.run((ctx) => renderLayout(ctx, layout));
  return neutralFromFake(snapshotWorkbook(fake), ['Sheet1']);
}

async function throughFile(layouts: ReadonlyArray<SheetLayout>): Promise<NeutralSheet[]> {
  return neutralFromXlsx(await writeXlsx(layouts.map((layout) => ({ layout }))));
}

const byName = (xs: NeutralSheet[]): NeutralSheet[] => [...xs].sort((a, b) => a.name.localeCompare(b.name));


describe('parity: the Office adapter (fake Excel) and the file writer (ExcelJS) render a layout alike', () => {
  const cases = [
    ...goldenCases(),
    { name: 'lists that cannot be inline', layouts: [listsLayout()] },
    { name: 'a long table: print titles and a manual page break', layouts: [longTable()] },
    { name: '问题清单 of a planted ledger: AutoFilter, frozen header, footer', layouts: problemListLayoutsOfPlanted() },
  ];
  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const office = byName(await throughOffice(c.layouts));
    const file = byName(await throughFile(c.layouts));
    expect(office.map((s) => s.name)).toEqual(file.map((s) => s.name));
    for (let i = 0; i < office.length; i++) expect({ sheet: office[i].name, ...office[i] }).toEqual({ sheet: file[i].name, ...file[i] });
    // Not vacuous: the snapshot holds the table.
    expect(Object.keys(office[0].cells).length).toBeGreaterThan(3);
  });

  test('a list goes where the layout placed it in both: a `"` or a `,` in an item, or over 255 characters, to the hidden lists sheet', async () => {
    const [office, file] = [await throughOffice([listsLayout()]), await throughFile([listsLayout()])];
    for (const sheets of [office, file]) {
      const s = sheets.find((x) => x.name === '名单')!;
      expect(s.validations.map((v) => [v.range, v.place])).toEqual([
        ['A2:A51', 'sheet'],
        ['B2:B51', 'sheet'],
        ['A52:B61', 'inline'],
      ]);
      expect(s.validations.find((v) => v.range === 'A2:A51')!.items).toEqual(['他说"是"', '否']);
      const lists = sheets.find((x) => x.name === LISTS_SHEET.name)!;
      expect(lists.visibility).toBe('hidden');
      // '001' stays text: written under @ in both.
      expect(s.cells.A2).toMatchObject({ value: '001', format: '@' });
    }
  });

  test('the 问题清单 carries its AutoFilter and page footer through both writers', async () => {
    const layouts = problemListLayoutsOfPlanted();
    for (const sheets of [await throughOffice(layouts), await throughFile(layouts)]) {
      const list = sheets.find((x) => x.filter !== null)!;
      expect(list.filter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(list.page?.footer).toMatch(/^&C.*&P.*&N/);
    }
  });
});
