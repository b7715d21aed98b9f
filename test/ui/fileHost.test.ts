/** The web page's host with the real xlsx adapter (ExcelJS): open, check, generate, download. */
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { analyse } from '../../src/ui/engine';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { createFileHost } from '../../src/standalone/fileHost';
import { inProcessSession } from '../../src/standalone/session';
import { writtenFileName } from '../../src/model/text/fileNames';
import { fileLabelOf } from '../../src/model/selfeval/layouts';
import { reportText } from '../../src/model/report';
import { readDocx } from '../adapters/docx/read';
import { report } from '../model/report/support';
import { sampleWithFormulas } from '../support/formulas';

const opts = (): TaskOptions => ({ signal: new AbortController().signal });

async function sampleFile(name = '2018台账.xlsx'): Promise<{ file: File; bytes: Uint8Array }> {
  const bytes = await writeXlsx(sampleWorkbookGrid().sheets.map((grid) => ({ grid })));
  return { file: new File([bytes.slice() as BlobPart], name), bytes };
}

describe('file host', () => {
  test('opens an .xlsx, checks it as the model does, and downloads the table as a NEW file', async () => {
    const downloads: Array<{ bytes: Uint8Array; name: string }> = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    const { file, bytes } = await sampleFile();
    const original = new Uint8Array(await file.arrayBuffer());

    expect(await host.openFile!(file, opts())).toEqual({ name: '2018台账.xlsx' });
    const view = await host.check(opts());
    expect(view.preview?.cohorts.map((c) => c.disbursed)).toEqual([160, 680, 90, 160, 110]);
    expect(view.counts).toEqual(analyse(sampleWorkbookGrid()).view.counts);

    const r = await host.generate({ ...opts(), layout: '2020' });
    expect(r).toEqual({ downloadName: '2018台账-自评表.xlsx' });
    expect(downloads).toHaveLength(1);
    const back = await readXlsx(downloads[0].bytes);
    if (!back.ok) throw new Error('generated file unreadable');
    expect(back.grid.sheets.map((s) => s.name)).toEqual(['2018年度绩效自评表']);
    const cells = back.grid.sheets[0].values.flat();
    expect(cells).toContain('项目支出绩效自评表'); // the 2020 form
    expect(cells).toContain('自评等级：优');
    // the user's file is untouched
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(original);
    expect(original).toEqual(bytes);
  });

  test('an unreadable file is a HostError with the adapter words (zh-CN and en-US)', async () => {
    const host = createFileHost();
    const bad = new File(
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])],
      'old.xls'
    );
    const e = (await host.openFile!(bad, opts()).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(e.text['en-US']).toMatch(/[A-Za-z]/);
    // it names the file: once a read fails the page's file line says 请先打开…, so the notice is all that says which
    expect(e.text['zh-CN']).toMatch(/^文件“old\.xls”：\S/);
    expect(e.text['en-US']).toMatch(/^File "old\.xls": \S/);
    // text is read as CSV; bytes that are neither a workbook nor text are not
    const junk = new File([new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10])], 'notes.txt');
    await expect(host.openFile!(junk, opts())).rejects.toThrow(HostError);
  });

  test('a file that can no longer be read (deleted since it was chosen) is named, as before the session read it', async () => {
    const host = createFileHost();
    const gone = new File([new Uint8Array(10)], '台账.xlsx');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError')) });
    const e = (await host.openFile!(gone, opts()).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe('fileReadFailed');
    expect(e.text['zh-CN']).toContain('无法读取文件“台账.xlsx”');
    expect(e.text['en-US']).toContain('Could not read the file "台账.xlsx"');
  });

  test('several files: each is read by the session where it runs, in turn; one that can no longer be read is named', async () => {
    const opened: Array<{ bytes: unknown; name: string }> = [];
    const { file: a } = await sampleFile('a.xlsx');
    const session = inProcessSession();
    const host = createFileHost({
      session: {
        ...session,
        openMany: (files, o) => {
          opened.push(...files);
          return session.openMany(files, o);
        },
      },
    });
    const gone = new File([new Uint8Array(10)], '乙地台账.xlsx');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The requested file could not be read', 'NotReadableError')) });
    const e = (await host.openFiles!([a, gone], opts()).catch((x: unknown) => x)) as HostError;
    // the Files themselves went to the session, not bytes read here first
    expect(opened.map((f) => f.bytes)).toEqual([a, gone]);
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe('fileReadFailed');
    expect(e.text['zh-CN']).toContain('无法读取文件“乙地台账.xlsx”');
  });

  test('a CSV whose quote never closes: S012 listed as an error like the other sheet rules; no table and no report from it', async () => {
    const host = createFileHost({ download: () => undefined });
    const lines = ['项目编号,项目名称,承担单位,地州市', 'P1,甲项目,某公司,乌鲁木齐市', 'P2,"乙项目,某公司,昌吉回族自治州', 'P3,丙项目,某公司,哈密市'];
    await host.openFile!(new File([lines.join('\n')], '台账.csv'), opts());
    const view = await host.check(opts());
    const s012 = view.findings.filter((f) => f.rule === 'S012');
    expect(s012.map((f) => [f.severity, f.sheet, f.row, f.col, f.params])).toEqual([['error', '台账', 2, 1, { value: '乙项目,某公司,昌吉回族自治州', lines: 1 }]]);
    const table = (await host.generate({ ...opts(), layout: '2020' }).catch((x: unknown) => x)) as HostError;
    expect(table).toBeInstanceOf(HostError);
    expect(table.text['zh-CN']).toContain('S012');
    const rep = (await host.report!({ ...opts(), layout: '2020', draft: false }).catch((x: unknown) => x)) as HostError;
    expect(rep).toBeInstanceOf(HostError);
    expect(rep.text['zh-CN']).toContain('S012');
  });

  test('before a file: check and generate say to open one; the sample stands in for a file', async () => {
    const host = createFileHost({ download: () => undefined });
    await expect(host.check(opts())).rejects.toMatchObject({ text: { 'zh-CN': '请先打开一个 .xlsx、.xls 或 .csv 文件。' } });
    await expect(host.generate({ ...opts(), layout: '2020' })).rejects.toThrow(HostError);
    await host.useSample!();
    expect((await host.check(opts())).preview?.newCount).toBe(49);
    expect(await host.generate({ ...opts(), layout: '2018' })).toEqual({ downloadName: '示例数据-自评表.xlsx' });
  });

  test('cancelled while opening: rejects with AbortError and keeps no file', async () => {
    const host = createFileHost();
    const { file } = await sampleFile();
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(host.openFile!(file, { signal: ctrl.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await expect(host.check(opts())).rejects.toThrow(HostError);
  });

  test('output names', () => {
    const selfEval = { label: fileLabelOf('2020') };
    expect(writtenFileName('台账.xlsx', selfEval, '.xlsx', 'zh-CN')).toBe('台账-自评表.xlsx');
    expect(writtenFileName('a.b.xlsx', selfEval, '.xlsx', 'zh-CN')).toBe('a.b-自评表.xlsx');
    expect(writtenFileName('.xlsx', selfEval, '.xlsx', 'zh-CN')).toBe('台账-自评表.xlsx');
  });
});

describe('file host in English (the page in an English browser)', () => {
  test('names what it writes without Chinese but the user\'s file name: it wrote 台账-自评表.xlsx, 台账-自评报告.docx and 示例数据.xlsx on an English page', async () => {
    const names: string[] = [];
    const host = createFileHost({ locale: 'en-US', download: (_b, name) => void names.push(name) });
    await host.openFile!((await sampleFile('2018台账.xlsx')).file, opts());
    expect(await host.generate({ ...opts(), layout: '2020' })).toEqual({ downloadName: '2018台账-self-evaluation.xlsx' });
    expect(await host.report!({ ...opts(), layout: '2020', draft: false })).toMatchObject({ downloadName: '2018台账-self-evaluation-report.docx' });
    expect(await host.useSample!()).toEqual({ name: 'sample.xlsx' });
    expect(await host.generate({ ...opts(), layout: '2018' })).toEqual({ downloadName: 'sample-self-evaluation.xlsx' });
    expect(names).toEqual(['2018台账-self-evaluation.xlsx', '2018台账-self-evaluation-report.docx', 'sample-self-evaluation.xlsx']);
    expect(writtenFileName('.xlsx', { label: fileLabelOf('2020', 'en-US') }, '.xlsx', 'en-US')).toBe('ledger-self-evaluation.xlsx');
    expect([fileLabelOf('monitor', 'en-US'), fileLabelOf('monitor'), fileLabelOf('2020')]).toEqual(['monitoring', '绩效监控表', '自评表']);
    // the consolidated workbook of several files
    await host.openFiles!([(await sampleFile('a.xlsx')).file, (await sampleFile('b.xlsx')).file], opts());
    expect(await host.downloadMerged!(opts())).toEqual({ downloadName: 'consolidated.xlsx' });
  });
});

describe('file host: the 自评报告', () => {
  test('downloads <name>-自评报告.docx: the report of the opened file, the file untouched', async () => {
    const downloads: Array<{ bytes: Uint8Array; name: string; mime?: string }> = [];
    const host = createFileHost({ download: (bytes, name, mime) => downloads.push({ bytes, name, mime }) });
    const { file } = await sampleFile();
    const original = new Uint8Array(await file.arrayBuffer());
    await host.openFile!(file, opts());
    const r = await host.report!({ ...opts(), layout: '2020', draft: false });
    expect(r).toMatchObject({ downloadName: '2018台账-自评报告.docx', placeholders: 0 });
    expect(downloads.map((d) => [d.name, d.mime])).toEqual([['2018台账-自评报告.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
    const doc = readDocx(downloads[0].bytes);
    const expected = reportText(report(sampleWorkbookGrid(), '2020')).split('\n');
    // the last paragraph is the empty one between the appendix's two tables (the header repeats from the second)
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.pop()).toBe('');
    while (texts[texts.length - 1] === '') texts.pop(); // the appendix's joints: one between each two of its tables (pages)
    expect(texts.filter((t) => !/^\d{4}年\d+月\d+日$/.test(t))).toEqual(
      expected.slice(0, texts.length).filter((t) => t !== '2019年3月1日')
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(original);
  });

  test('before a file: says to open one; the sample works', async () => {
    const host = createFileHost({ download: () => undefined });
    await expect(host.report!({ ...opts(), layout: '2020', draft: false })).rejects.toMatchObject({ text: { 'zh-CN': '请先打开一个 .xlsx、.xls 或 .csv 文件。' } });
    await host.useSample!();
    expect(await host.report!({ ...opts(), layout: '2018', draft: false })).toMatchObject({ downloadName: '示例数据-自评报告.docx' });
  });
});

describe('the page reads formulas saved without results as the CLI does', () => {
  test('S016 among its findings, no S002 整列为空; with the results saved, none', async () => {
    const host = createFileHost();
    await host.openFile!(new File([(await sampleWithFormulas('bare')).slice() as BlobPart], '台账.xlsx'), opts());
    const view = await host.check(opts());
    expect(view.findings.map((f) => `${f.rule}${f.variant ?? ''} ${f.severity}`)).toEqual(['S016 error']);
    const cached = createFileHost();
    await cached.openFile!(new File([(await sampleWithFormulas('cached')).slice() as BlobPart], '台账.xlsx'), opts());
    expect((await cached.check(opts())).findings).toEqual([]);
  });
});
