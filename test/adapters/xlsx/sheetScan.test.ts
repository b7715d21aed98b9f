/**
 * The sheet scanner's own shortcuts, which the reader tests through ExcelJS-written files do not
 * reach: the usual `<c …><v>…</v></c>` read at once (same values as the general path, wherever
 * the chunks of inflated bytes are cut), and rows sharing one array of number formats (a row met
 * again, or cleared by a merge, never changes another row's formats).
 */
import { Budget, PAGE_LIMITS } from '../../../src/adapters/xlsx/budget';
import { DateCache } from '../../../src/adapters/xlsx/sheet';
import { SheetReader } from '../../../src/adapters/xlsx/sheetScan';
import { dateValue, errorValue, type GridSheet } from '../../../src/model/grid';

const STRINGS = ['项目编号', 'XJ-001', '自治区知识产权局'];
// style 1: a date format; style 2: a percentage
const STYLES = { format: [null, 'yyyy-mm-dd', '0.00%'], isDate: [false, true, false] };

/** The sheet read from `xml` fed in chunks of `size` bytes (whole when omitted). */
function scan(xml: string, size?: number): GridSheet {
  const bytes = new TextEncoder().encode(xml);
  const reader = new SheetReader('S', false, { styles: STYLES, strings: STRINGS, dates: new DateCache(false), budget: new Budget(PAGE_LIMITS), cells: { n: 0, max: Infinity } });
  const step = size ?? bytes.length;
  // copies, as an inflater hands out buffers it may reuse
  for (let p = 0; p < bytes.length; p += step) reader.push(bytes.slice(p, p + step));
  return reader.finish().sheet;
}

const sheetXml = (rows: string, tail = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe('the usual cell, read at once', () => {
  // Each kind of value as `<c><v>…</v></c>`, and the same values written so that the general path reads them.
  const plain = sheetXml(
    '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>684.53</v></c><c r="C1" s="1"><v>43347</v></c><c r="D1" t="b"><v>1</v></c>' +
      '<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><v>a&amp;b</v></c><c r="G1" s="2"><v>0.25</v></c><c r="H1" t="d"><v>2018-09-04T00:00:00Z</v></c>' +
      '<c r="I1" t="s"><v>7</v></c><c r="J1"><v></v></c><c r="K1" t="inlineStr"><v>5</v></c></row>',
  );
  const general = sheetXml(
    '<row r="1"><c r="A1" t="s"><v xml:space="preserve">1</v></c><c r="B1"><f>1+1</f><v>684.53</v></c><c r="C1" s="1"> <v>43347</v> </c><c r="D1" t="b"><v><![CDATA[1]]></v></c>' +
      '<c r="E1" t="e"><v>#N/A</v><!-- x --></c><c r="F1" t="str"><v>a&amp;b</v> </c><c r="G1" s="2"><v >0.25</v></c><c r="H1" t="d"><v>2018-09-04T00:00:00Z</v>\n</c>' +
      '<c r="I1" t="s"> <v>7</v></c><c r="J1"> <v></v></c><c r="K1" t="inlineStr"> <v>5</v></c></row>',
  );
  const expected = ['XJ-001', 684.53, dateValue(2018, 9, 4), true, errorValue('#N/A'), 'a&b', 0.25, dateValue(2018, 9, 4)];

  test('each kind of value as the general path reads it: shared string, number, date, boolean, error, formula text, ISO date; an unknown string index, an empty <v> and an inline string without <is> are empty', () => {
    expect(scan(plain).values).toEqual([expected]);
    expect(scan(general).values).toEqual([expected]);
    expect(scan(plain).numberFormats).toEqual([[null, null, 'yyyy-mm-dd', null, null, null, '0.00%']]);
  });

  test('wherever the chunks are cut, the same grid', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 3}</v></c><c r="B${i + 1}"><v>${i * 1.5}</v></c><c r="C${i + 1}" s="1"><v>${43000 + i}</v></c></row>`).join('');
    const whole = scan(sheetXml(rows));
    expect(whole.values).toHaveLength(40);
    for (const size of [1, 2, 3, 5, 8, 13, 31, 64]) expect(scan(sheetXml(rows), size)).toEqual(whole);
  });
});

describe('number formats shared between rows', () => {
  const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
  const dated = (r: number): string => `<c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>43347</v></c>`;

  test('rows formatting the same columns read their formats; a row met again with one more formatted cell changes only itself', () => {
    const s = scan(sheetXml(row(1, dated(1)) + row(2, dated(2)) + row(3, dated(3)) + row(2, '<c r="C2" s="2"><v>0.5</v></c>')));
    expect(s.values).toEqual([
      [1, dateValue(2018, 9, 4)],
      [2, dateValue(2018, 9, 4), 0.5],
      [3, dateValue(2018, 9, 4)],
    ]);
    expect(s.numberFormats).toEqual([
      [null, 'yyyy-mm-dd'],
      [null, 'yyyy-mm-dd', '0.00%'],
      [null, 'yyyy-mm-dd'],
    ]);
  });

  test('a merge clearing a formatted cell of one row leaves the same formats of the rows around it', () => {
    const s = scan(sheetXml(row(1, dated(1)) + row(2, dated(2)) + row(3, dated(3)), '<mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>'));
    expect(s.values).toEqual([[1, dateValue(2018, 9, 4)], [2], [3, dateValue(2018, 9, 4)]]);
    expect(s.numberFormats).toEqual([[null, 'yyyy-mm-dd'], [], [null, 'yyyy-mm-dd']]);
  });
});
