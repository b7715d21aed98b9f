/**
 * A hostile .xls never hangs the reader (DEVELOPERS.md): SheetJS's X.read is synchronous, and a BIFF record shorter
 * than its fixed part made it loop forever, memory growing (fuzz42: a LABEL whose length word was 0 hung `jx check`
 * past 60 s and 700 MB). Such a file is refused as damaged before SheetJS parses it.
 */
import * as X from '@e965/xlsx';
import { readWorkbookFile } from '../../../src/adapters/file';
import { impossibleRecord } from '../../../src/adapters/file/xls';

const DAMAGED = '无法读取这个 .xls 文件（文件已损坏，或是本工具不支持的旧版本）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查。';

/** A 50-project ledger as SheetJS writes it in BIFF8, and its workbook stream's records as [offset in the file, type, length]. */
function ledgerXls(): { bytes: Buffer; records: Array<[number, number, number]> } {
  const rows: unknown[][] = [['项目编号', '项目名称', '承担单位', '统一社会信用代码', '专利号', '立项年度', '财政支持资金', '本年拨付']];
  for (let i = 1; i <= 50; i++) rows.push([`XJZL2018-${String(i).padStart(3, '0')}`, `辣椒红色素${i}`, '新疆某公司', '91650100MA77XXXX0X', 'ZL201710736136.2', 2018, 25, 10]);
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(rows), '项目台账');
  const bytes = X.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  // the workbook stream is the file's one run of BIFF8 records (a small file: its sectors in order); its first BOF starts it
  let at = 512;
  while (!(bytes.readUInt16LE(at) === 0x0809 && bytes.readUInt16LE(at + 2) === 16)) at++;
  const records: Array<[number, number, number]> = [];
  let eofs = 0;
  while (eofs < 2) {
    const type = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    records.push([at, type, length]);
    if (type === 0x000a) eofs++;
    at += 4 + length;
  }
  return { bytes, records };
}

function withLength(bytes: Buffer, at: number, length: number): Buffer {
  const b = Buffer.from(bytes);
  b.writeUInt16LE(length, at + 2);
  return b;
}

describe('an .xls with an impossible record length is damaged, read at once', () => {
  const { bytes, records } = ledgerXls();

  it('the ledger as written reads', async () => {
    const r = await readWorkbookFile(bytes, '台账.xls');
    expect(r.ok).toBe(true);
  });

  // row 7, column 0: the LABEL's body read as the next record is type 0x0007 (BIFF2 STRING), length 0 — the hang fuzz42 found
  it('a LABEL of length 0 (its body then read as a BIFF2 STRING of length 0): damaged, not a hang', async () => {
    const label = records.find(([at, type]) => type === 0x0204 && bytes.readUInt16LE(at + 4) === 7 && bytes.readUInt16LE(at + 6) === 0);
    expect(label).toBeDefined();
    const r = await readWorkbookFile(withLength(bytes, label![0], 0), '台账.xls');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('corrupt');
    expect(!r.ok && r.message['zh-CN']).toBe(DAMAGED);
  });

  it.each([
    ['LABEL', 0x0204, 7],
    ['NUMBER', 0x0203, 13],
    ['SST', 0x00fc, 7],
    ['BOUNDSHEET', 0x0085, 6],
  ] as const)('a %s one byte shorter than its fixed part: damaged', async (_name, type, length) => {
    const rec = records.find(([, t]) => t === type);
    expect(rec).toBeDefined();
    const r = await readWorkbookFile(withLength(bytes, rec![0], length), '台账.xls');
    expect(!r.ok && r.message['zh-CN']).toBe(DAMAGED);
  });

  it('a record running past the workbook stream: damaged', async () => {
    const last = records.filter(([, t]) => t === 0x0204).pop()!;
    const r = await readWorkbookFile(withLength(bytes, last[0], 0xffff), '台账.xls');
    expect(!r.ok && r.message['zh-CN']).toBe(DAMAGED);
  });
});

describe('a shared-strings table (SST) whose last string is cut after one byte', () => {
  // SheetJS writes an empty SST followed by the globals' EOF: the SST takes the EOF's 4 bytes, as two strings, the
  // second cut after its first byte (the reader took 6.5 s and 2.5 GB before a RangeError)
  it('is damaged, refused before SheetJS reads it', async () => {
    const { bytes, records } = ledgerXls();
    const i = records.findIndex(([, type]) => type === 0x00fc);
    const [at, , length] = records[i];
    expect(length).toBe(8);
    expect(records[i + 1].slice(1)).toEqual([0x000a, 0]);
    const b = Buffer.from(bytes);
    b.writeUInt16LE(12, at + 2);
    b.writeUInt32LE(2, at + 4);
    b.writeUInt32LE(2, at + 8);
    b.writeUInt16LE(0, at + 12); // "" (cch 0, flags 0)
    b[at + 14] = 0;
    b[at + 15] = 0x01; // a count's first byte, nothing after it
    const r = await readWorkbookFile(b, '台账.xls');
    expect(!r.ok && r.message['zh-CN']).toBe(DAMAGED);
    expect(impossibleRecord(b)).toBe(true); // refused before X.read (which reads it as damaged too, after 2.5 GB)
    // one string only (the unique count 1): the cut byte is never read as a string
    b.writeUInt32LE(1, at + 4);
    b.writeUInt32LE(1, at + 8);
    expect(impossibleRecord(b)).toBe(false);
    expect(impossibleRecord(bytes)).toBe(false);
  });
});

describe('a BIFF record type SheetJS does not know', () => {
  it('is skipped without a line on the console (SheetJS writes "Missing Info for XLS Record" there, in English)', async () => {
    const { bytes, records } = ledgerXls();
    const label = records.find(([, type]) => type === 0x0204)!;
    const b = Buffer.from(bytes);
    b.writeUInt16LE(0x0704, label[0]); // no BIFF record has this type
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const r = await readWorkbookFile(b, '台账.xls');
      expect(r.ok).toBe(true);
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
