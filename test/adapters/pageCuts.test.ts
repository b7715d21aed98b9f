/**
 * A long form cut at its printed pages (selfeval/sheet.ts SheetBuilder.buildPaged) is carried out alike by every writer: the file
 * writer (read back with ExcelJS and the sheet XML), the Office adapter on the fake Excel and the WPS adapter on the
 * fake ET each break the pages where the layout says, and none has a merged block over a page start whose label would
 * print blank or cut there: the first row of every page names its 一级 and 二级 again, with （续）.
 */
import * as office from '../../src/adapters/office';
import * as wps from '../../src/adapters/wps';
import { writeXlsx } from '../../src/adapters/xlsx';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { columnLetters } from '../../src/model/grid';
import type { SheetLayout } from '../../src/model/layout';
import { CONTINUED } from '../../src/model/selfeval/sheet';
import { createFakeEt } from '../fakes/et';
import { createFakeExcel, snapshotWorkbook } from '../fakes/excel';
import { manyIndicators } from '../support/longForm';
import { neutralFromFake, neutralFromXlsx, type NeutralSheet } from '../support/sheetDump';

async function throughEach(layout: SheetLayout): Promise<Array<[string, NeutralSheet]>> {
  const excel = createFakeExcel({ pageLayoutTab: true });
  excel.workbook.addSheet('Sheet1');
  await excel.run((ctx) => office.renderLayout(ctx, layout));
  const et = createFakeEt();
  et.workbook.addSheet('Sheet1');
  wps.renderLayout(et.Application, layout);
  const named = (sheets: NeutralSheet[]): NeutralSheet => sheets.find((s) => s.name === layout.name)!;
  return [
    ['xlsx', named(await neutralFromXlsx(await writeXlsx([{ layout }])))],
    ['Excel (fake)', named(neutralFromFake(snapshotWorkbook(excel), ['Sheet1']))],
    ['WPS (fake ET)', named(neutralFromFake(snapshotWorkbook(et), ['Sheet1']))],
  ];
}

/** `B12:B20` → rows 12..20 (1-based). */
const rowsOf = (range: string): [number, number] => {
  const m = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range)!;
  return [Number(m[1]), Number(m[2] ?? m[1])];
};

describe.each(['2020', '2018'] as const)('the %s form of 34 indicators, through every writer', (kind) => {
  const layout = evaluateWorkbook(manyIndicators(34), { forSelfEval: true, layout: kind }).selfEval!.layout;
  const breaks = layout.page!.rowBreaks ?? [];

  test('pages break where the layout cut the labels, and no merged block runs over a page start', async () => {
    expect(breaks.length).toBeGreaterThan(0);
    for (const [host, sheet] of await throughEach(layout)) {
      const page = sheet.page!;
      // printed at the model's scale, not fitted: a host ignores manual breaks under a fit to pages (SheetState.printedRowBreaks)
      expect({ host, breaks: page.breaks }).toEqual({ host, breaks: breaks.map((r) => r + 1) });
      expect({ host, fit: page.fit }).toEqual({ host, fit: `${layout.page!.scale}%` });
      // its pages numbered: 第 1 页，共 N 页 centred in the footer
      expect({ host, footer: page.footer }).toEqual({ host, footer: '&C第 &P 页，共 &N 页' });
      for (const b of page.breaks) {
        expect({ host, b, over: sheet.merges.filter((m) => { const [top, bottom] = rowsOf(m); return top < b && b <= bottom; }) }).toEqual({ host, b, over: [] });
        // 一级 and 二级 (columns B and C) written on the page's first row, （续） where they continue from the page before
        for (const col of [1, 2]) expect(String(sheet.cells[`${columnLetters(col)}${b}`]?.value ?? '')).not.toBe('');
      }
      expect(Object.values(sheet.cells).some((c) => String(c.value ?? '').endsWith(CONTINUED))).toBe(true);
    }
  });
});
