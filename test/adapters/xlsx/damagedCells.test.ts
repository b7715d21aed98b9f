/**
 * Damaged cells of an .xlsx (S021): a shared-string cell whose index is past the end of the string table, and a cell whose
 * address is no cell reference. Excel repairs such a file (it empties or drops the cell); the reader reads the rest and
 * says each at its cell, so that no value is read blank, dropped or moved unsaid.
 */
import { readXlsx } from '../../../src/adapters/xlsx';
import { evaluateWorkbook } from '../../../src/model/evaluate';
import { findingText } from '../../../src/model/messages';
import { a1, type Grid } from '../../../src/model/grid';
import { sampleWith, SAMPLE_LEDGER_INDEX, xlsx } from '../../fixtures/hostile';

const onLedger = (edit: (xml: string) => string): Buffer => sampleWith(undefined, { sheetXml: (i, xml) => (i === SAMPLE_LEDGER_INDEX ? edit(xml) : xml) });

async function gridOf(bytes: Uint8Array): Promise<Grid> {
  const r = await readXlsx(bytes);
  if (!r.ok) throw new Error(r.message['zh-CN']);
  return r.grid;
}

const s021 = (g: Grid): Array<{ at: string; zh: string; en: string }> =>
  evaluateWorkbook(g)
    .findings.filter((f) => f.rule === 'S021')
    .map((f) => ({ at: `${f.sheet}!${a1(f.row, f.col)}`, zh: findingText(f, 'zh-CN'), en: findingText(f, 'en-US') }));

const ledger = (g: Grid) => g.sheets.find((s) => s.name === '项目台账')!;

describe('a shared-string index past the end of the table', () => {
  test('the cell is read blank and said at its cell, naming the index and the size of the table', async () => {
    const g = await gridOf(onLedger((xml) => xml.replace(/(<c r="B4" t="s"><v>)\d+(<\/v>)/, '$1987654$2')));
    expect(ledger(g).values[3][1]).toBeNull();
    const [f, ...rest] = s021(g);
    expect(rest).toEqual([]);
    expect(f.at).toBe('项目台账!B4');
    expect(f.zh).toMatch(/^此单元格在文件中引用编号为 987654 的共享字符串，但文件的共享字符串表只有 \d+ 项，没有这一项：文件已损坏/);
    expect(f.en).toMatch(/shared string number 987654, but the file's shared-string table has only \d+ items/);
  });
});

describe('a shared-string index past the end of the table, more', () => {
  test('read by the general path (a cell the fast run leaves to it) the same', async () => {
    const g = await gridOf(onLedger((xml) => xml.replace(/<c r="B4" t="s"><v>\d+<\/v>/, '<c r="B4" t="s"> <v>987654</v>')));
    expect(ledger(g).values[3][1]).toBeNull();
    expect(s021(g).map((f) => f.at)).toEqual(['项目台账!B4']);
  });

  test('a workbook whose string table is empty: every text cell said, the first 20 one by one and then how many more', async () => {
    const bytes = sampleWith(undefined, { replace: { 'xl/sharedStrings.xml': { name: 'xl/sharedStrings.xml', data: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>' } } });
    const r = await readXlsx(bytes);
    // no text anywhere: nothing to check (the numbers alone), but never a silent blank
    const sheets = r.ok ? r.grid.sheets : [];
    expect(r.ok).toBe(true);
    const found = sheets.flatMap((s) => s.readFindings ?? []);
    const first = sheets[0];
    expect(found.filter((f) => f.sheet === first.name)).toHaveLength(21);
    expect(found[0].variant).toBe('noStrings');
    expect(found[20].variant).toBe('more');
  });
});

describe('a cell whose address is no cell reference', () => {
  // row 4 of the ledger: A4, B4, then C4 written with a malformed address
  test.each(['4B$$', 'B', '$C$4', 'A0', '$$'])('r="%s" is placed by its order in its row, and said naming the address and the value', async (ref) => {
    const plain = await gridOf(onLedger((xml) => xml));
    const g = await gridOf(onLedger((xml) => xml.replace('<c r="C4"', () => `<c r="${ref}"`)));
    const want = ledger(plain).values[3][2];
    expect(want).not.toBeNull();
    // nothing lost or moved: the row as in the file undamaged, nothing written elsewhere
    expect(ledger(g).values).toEqual(ledger(plain).values);
    const [f, ...rest] = s021(g);
    expect(rest).toEqual([]);
    expect(f.at).toBe('项目台账!C4');
    expect(f.zh).toContain(`此单元格在文件中的地址写作“${ref}”，不是有效的单元格地址（文件已损坏），已按它在第 4 行中的先后顺序放在此处读取，值为“${String(want)}”`);
    expect(f.en).toContain(`written "${ref}" in the file, which is no cell reference`);
  });

  test('an empty styled cell with a malformed address loses nothing: not said', async () => {
    const g = await gridOf(xlsx([{ name: 'S', rows: new Map([[1, new Map([[1, 'a']])]]) }], { sheetXml: (_, x) => x.replace('</row>', '<c r="Q"/></row>') }));
    expect(s021(g)).toEqual([]);
  });
});
