import { readXlsx, type ReadXlsxResult } from '../../../src/adapters/xlsx';
import { readWorkbookFile } from '../../../src/adapters/file';
import { sniff, zipEntries } from '../../../src/adapters/xlsx/detect';
import { book, cfbWithStreams, randomBytes, storedZip } from './helpers';
import { sampleWith } from '../../fixtures/hostile';

function reasonOf(r: ReadXlsxResult): string {
  return r.ok ? 'ok' : r.reason;
}

function messageOf(r: ReadXlsxResult | Awaited<ReturnType<typeof readWorkbookFile>>): { 'zh-CN': string; 'en-US': string } {
  if (r.ok) throw new Error('expected a failure');
  return r.message;
}

const oneCell = () =>
  book((wb) => {
    wb.addWorksheet('项目台账').getCell('A1').value = '项目编号';
  });

describe('readXlsx: files that are not a readable .xlsx', () => {
  test('a renamed text (CSV) file is notZip with a Chinese explanation', async () => {
    const r = await readXlsx(new TextEncoder().encode('项目编号,项目名称\nZL-1,测试\n'));
    expect(reasonOf(r)).toBe('notZip');
    expect(messageOf(r)['zh-CN']).toContain('不是 Excel 工作簿');
    expect(messageOf(r)['en-US']).toContain('not an Excel workbook');
  });

  test('random bytes are notZip', async () => {
    const bytes = randomBytes(4096, 7);
    expect(bytes[0] === 0x50 && bytes[1] === 0x4b).toBe(false);
    expect(reasonOf(await readXlsx(bytes))).toBe('notZip');
  });

  test('a 0-byte file is empty and says so', async () => {
    const r = await readXlsx(new Uint8Array(0));
    expect(reasonOf(r)).toBe('empty');
    expect(messageOf(r)['zh-CN']).toContain('0 字节');
  });

  test('a truncated .xlsx (cut-off download) is corrupt', async () => {
    const full = await oneCell();
    const r = await readXlsx(full.subarray(0, Math.floor(full.length / 2)));
    expect(reasonOf(r)).toBe('corrupt');
    expect(messageOf(r)['zh-CN']).toContain('文件不完整');
  });

  test('an .xlsx whose directory is intact but whose sheet data is garbage is corrupt', async () => {
    const bytes = new Uint8Array(await oneCell());
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    // Find the sheet's local file header and overwrite its compressed data.
    let at = -1;
    for (let i = 0; i < bytes.length - name.length && at < 0; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
        const len = bytes[i + 26] | (bytes[i + 27] << 8);
        const extra = bytes[i + 28] | (bytes[i + 29] << 8);
        if (len === name.length && name.every((b, k) => bytes[i + 30 + k] === b)) at = i + 30 + len + extra;
      }
    }
    expect(at).toBeGreaterThan(0);
    bytes.set(randomBytes(64, 3), at);
    expect(reasonOf(await readXlsx(bytes))).toBe('corrupt');
  });

  test('a password-protected .xlsx (CFB with EncryptionInfo/EncryptedPackage) is encrypted', async () => {
    const r = await readXlsx(cfbWithStreams(['EncryptionInfo', 'EncryptedPackage']));
    expect(reasonOf(r)).toBe('encrypted');
    expect(messageOf(r)['zh-CN']).toBe('文件已加密（设置了打开密码），请在 Excel 中另存为无密码的副本后再检查。');
  });

  test('EncryptedPackage alone (name found anywhere in the container) is enough', async () => {
    expect(reasonOf(await readXlsx(cfbWithStreams(['\u0006DataSpaces', 'EncryptedPackage'])))).toBe('encrypted');
  });

  test('an old binary .xls (CFB with a Workbook stream) is oldXls', async () => {
    const r = await readXlsx(cfbWithStreams(['Workbook', '\u0005SummaryInformation']));
    expect(reasonOf(r)).toBe('oldXls');
    expect(messageOf(r)['zh-CN']).toBe('这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx。');
  });

  test('a BIFF5 .xls (stream named Book) is oldXls', async () => {
    expect(reasonOf(await readXlsx(cfbWithStreams(['Book'])))).toBe('oldXls');
  });

  test('another old Office file (a .doc renamed) is notXlsx, not oldXls', async () => {
    const r = await readXlsx(cfbWithStreams(['WordDocument', '1Table']));
    expect(reasonOf(r)).toBe('notXlsx');
    expect(messageOf(r)['zh-CN']).toContain('Word');
  });

  test('a zip that is not a workbook (a .docx, an .ods, an .xlsb) is notXlsx, naming the format', async () => {
    const docx = storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(reasonOf(await readXlsx(docx))).toBe('notXlsx');
    const ods = storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' });
    expect(messageOf(await readXlsx(ods))['zh-CN']).toContain('.ods');
    const xlsb = storedZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' });
    expect(messageOf(await readXlsx(xlsb))['zh-CN']).toContain('.xlsb');
  });

  test('a Word document or a presentation renamed .xlsx says what it is (its package names its own main part), not "no data"', async () => {
    const rels = (target: string): string =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
    const docx = storedZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': rels('word/document.xml'), 'word/document.xml': '<w:document/>' });
    const d = await readXlsx(docx);
    expect(reasonOf(d)).toBe('notXlsx');
    expect(messageOf(d)['zh-CN']).toContain('Word 文档（.docx）');
    expect(messageOf(d)['en-US']).toContain('Word document (.docx)');
    const pptx = storedZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': rels('ppt/presentation.xml'), 'ppt/presentation.xml': '<p:presentation/>' });
    expect(messageOf(await readXlsx(pptx))['zh-CN']).toContain('.pptx');
  });

  test('a Word document or a presentation under its own name (自评报告.docx) was chosen by mistake: not said to be renamed; under a workbook\'s name it may be', async () => {
    const rels = (target: string): string =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
    const docx = storedZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': rels('word/document.xml'), 'word/document.xml': '<w:document/>' });
    const pptx = storedZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': rels('ppt/presentation.xml'), 'ppt/presentation.xml': '<p:presentation/>' });
    const named = messageOf(await readWorkbookFile(docx, '示例-自评报告.DOCX'));
    expect(named).toEqual({
      'zh-CN': '这是 Word 文档（.docx），不是 Excel 工作簿。请选择台账所在的 .xlsx 文件。',
      'en-US': 'This is a Word document (.docx), not an Excel workbook. Choose the .xlsx file that holds the ledger.',
    });
    expect(messageOf(await readWorkbookFile(pptx, '汇报.pptx'))['zh-CN']).not.toContain('改了扩展名');
    expect(messageOf(await readWorkbookFile(docx, '台账.xlsx'))['zh-CN']).toContain('可能是改了扩展名');
    expect(messageOf(await readWorkbookFile(pptx, '台账.xlsx'))['en-US']).toContain('may have been renamed');
  });

  test('a workbook with no sheets is empty', async () => {
    expect(reasonOf(await readXlsx(await book(() => undefined)))).toBe('empty');
  });

  test('a workbook whose sheets hold nothing but blanks is empty', async () => {
    const bytes = await book((wb) => {
      wb.addWorksheet('配置');
      const ws = wb.addWorksheet('项目台账');
      ws.getCell('B2').value = '   ';
      ws.getCell('C3').border = { top: { style: 'thin' } };
    });
    const r = await readXlsx(bytes);
    expect(reasonOf(r)).toBe('empty');
    expect(messageOf(r)['zh-CN']).toBe('工作簿中没有任何数据。');
  });

  test('every failure has a message in both locales', async () => {
    const inputs = [
      new Uint8Array(0),
      new TextEncoder().encode('hello'),
      cfbWithStreams(['EncryptedPackage']),
      cfbWithStreams(['Workbook']),
      storedZip({ 'a.txt': 'a' }),
    ];
    for (const input of inputs) {
      const m = messageOf(await readXlsx(input));
      expect(m['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(m['en-US']).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('sniffing without unzipping', () => {
  test('lists the entries of a real .xlsx from its central directory', async () => {
    const entries = zipEntries(await oneCell());
    expect(entries?.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(entries?.filter((e) => !e.name.endsWith('/')).every((e) => e.size > 0)).toBe(true);
  });

  test('an ArrayBuffer is accepted as well as a Uint8Array', async () => {
    const bytes = await oneCell();
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(sniff(ab).kind).toBe('zip');
    const r = await readXlsx(ab);
    expect(r.ok && r.grid.sheets[0].values[0][0]).toBe('项目编号');
  });
});

describe('a zip directory whose entries overlap (hostile34)', () => {
  /** The sample with the directory entry of `victim` sent to the local header (and data) of `source`. */
  const overlapping = (victims: ReadonlyArray<string>, source: string): Uint8Array => {
    const b = Buffer.from(sampleWith());
    const central = (name: string): number => {
      const n = Buffer.from(name);
      for (let at = b.indexOf(n); at >= 0; at = b.indexOf(n, at + 1)) if (b.readUInt32LE(at - 46) === 0x02014b50) return at - 46;
      throw new Error(`no ${name}`);
    };
    const src = central(source);
    for (const v of victims) {
      const at = central(v);
      b.copy(b, at + 16, src + 16, src + 28); // CRC and sizes
      b.writeUInt32LE(b.readUInt32LE(src + 42), at + 42); // the local header's offset
    }
    return new Uint8Array(b);
  };

  // read, a sheet's XML was taken for the shared strings (every text lost: "no ledger"), or every sheet for the first
  test.each([
    ['the shared strings over the ledger sheet', ['xl/sharedStrings.xml'], 'xl/worksheets/sheet2.xml'],
    ['every sheet over the first one', ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'], 'xl/worksheets/sheet1.xml'],
  ])('%s: damaged, not read as something it is not', async (_what, victims, source) => {
    const r = await readXlsx(overlapping(victims, source));
    expect(reasonOf(r)).toBe('corrupt');
    expect(messageOf(r)['zh-CN']).toBe('文件已损坏，无法读取。请在 Excel 中打开并另存为新的 .xlsx 后再检查。');
  });

  test('a local header naming its entry in another case (part names are case-insensitive) is read', async () => {
    const b = Buffer.from(sampleWith());
    const n = Buffer.from('xl/worksheets/sheet2.xml');
    for (let at = b.indexOf(n); at >= 0; at = b.indexOf(n, at + 1)) if (b.readUInt32LE(at - 30) === 0x04034b50) b.write('XL', at, 'latin1');
    const r = await readXlsx(new Uint8Array(b));
    expect(r.ok && r.grid.sheets.map((s) => s.name)).toEqual(['配置', '项目台账', '绩效指标', '报告素材']);
  });
});

describe('damage Excel reports in a worksheet part: 文件已损坏 naming the part (and the cell), never an empty sheet or a guess', () => {
  const LEDGER = 1; // the sample's 项目台账, xl/worksheets/sheet2.xml
  const withLedgerXml = (edit: (xml: string) => string): Buffer => sampleWith(undefined, { sheetXml: (i, xml) => (i === LEDGER ? edit(xml) : xml) });
  const failure = async (bytes: Uint8Array): Promise<{ reason: string; zh: string; en: string }> => {
    const r = await readWorkbookFile(bytes, '台账.xlsx');
    if (r.ok) throw new Error('expected a failure');
    return { reason: r.reason, zh: r.message['zh-CN'], en: r.message['en-US'] };
  };

  test.each([
    ['text', () => '这不是 XML'],
    ['a picture', () => '\x89PNG\r\n\x1a\n\0\0\0\rIHDR'],
    ['nothing at all', () => ''],
    ['a declaration alone', () => '<?xml version="1.0" encoding="UTF-8"?>\n'],
    ['another root element', () => '<?xml version="1.0"?><html><body>x</body></html>'],
  ])('a worksheet part holding %s', async (_what, make) => {
    const f = await failure(withLedgerXml(make));
    expect(f.reason).toBe('corrupt');
    expect(f.zh).toMatch(/^文件已损坏：工作表“项目台账”的内容（文件中的“xl\/worksheets\/sheet2\.xml”）不是有效的工作表 XML/);
    expect(f.en).toContain('sheet "项目台账" (its part "xl/worksheets/sheet2.xml") is not valid worksheet XML');
    expect(f.en.replace('项目台账', '')).not.toMatch(/[\u3000-\u9fff]/);
  });

  test('a byte-order mark, comments and a DOCTYPE before the root are XML: read as before', async () => {
    const plain = await readWorkbookFile(withLedgerXml((x) => x), '台账.xlsx');
    const r = await readWorkbookFile(
      withLedgerXml((x) => '\ufeff' + x.replace('<worksheet', '<!-- 注释 --><!DOCTYPE worksheet>\n<!-- b --><worksheet')),
      '台账.xlsx',
    );
    expect(r.ok && plain.ok && r.grid).toEqual(plain.ok && plain.grid);
  });

  test.each(['q', '', 'S', 'number', 'inlineString'])('t="%s", no cell type of ST_CellType: damaged at that cell', async (t) => {
    const f = await failure(withLedgerXml((x) => x.replace(/(<c r="C5") t="s"/, `$1 t="${t}"`)));
    expect(f.reason).toBe('corrupt');
    expect(f.zh).toContain(`工作表“项目台账”的单元格 C5（文件中的“xl/worksheets/sheet2.xml”）标注的类型 t="${t}" 不是 Excel 的单元格类型`);
    expect(f.en).toContain(`cell C5 of sheet "项目台账" (part "xl/worksheets/sheet2.xml") has the type t="${t}"`);
  });

  test('every type ST_CellType has (and Office 2010\'s d) still reads', async () => {
    const xml = (x: string): string =>
      x.replace(
        '</sheetData>',
        '<row r="200"><c r="A200" t="b"><v>1</v></c><c r="B200" t="n"><v>2</v></c><c r="C200" t="e"><v>#N/A</v></c>' +
          '<c r="D200" t="str"><v>x</v></c><c r="E200" t="inlineStr"><is><t>y</t></is></c><c r="F200" t="d"><v>2019-03-01</v></c><c r="G200" t="s"><v>0</v></c></row></sheetData>',
      );
    const r = await readWorkbookFile(withLedgerXml(xml), '台账.xlsx');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const row = r.grid.sheets[LEDGER].values[199];
    expect(row.slice(0, 2)).toEqual([true, 2]);
    expect(row.slice(3, 5)).toEqual(['x', 'y']);
    expect(row[5]).toMatchObject({ year: 2019, month: 3, day: 1 });
  });
});
