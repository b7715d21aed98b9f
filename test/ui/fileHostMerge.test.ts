/** The page's host with several files (issue 20), in-process: open together, check across, download the consolidated workbook. */
import { readXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { HostError, type TaskOptions } from '../../src/ui/host';
import { createFileHost, MERGED_FILE_NAME } from '../../src/standalone/fileHost';
import { cellOf, splitSample, withCell, type SplitFile } from '../support/split';

const opts = (): TaskOptions => ({ signal: new AbortController().signal });
const fileOf = async (f: SplitFile): Promise<File> => new File([(await writeXlsx(f.grid.sheets.map((grid) => ({ grid })))).slice() as BlobPart], f.file);

describe('file host, several files', () => {
  const { files, province } = splitSample();

  test('the 14 prefectures and the province: nothing across, the consolidated workbook of 169 projects downloaded', async () => {
    const downloads: Array<{ bytes: Uint8Array; name: string }> = [];
    const host = createFileHost({ download: (bytes, name) => downloads.push({ bytes, name }) });
    const all = await Promise.all([province, ...files].map(fileOf));
    expect((await host.openFiles!(all, opts())).names).toHaveLength(15);
    const v = await host.checkAcross!(opts());
    expect([v.projects, v.findings.length, v.profileFile, v.files.map((f) => f.counts.error)]).toEqual([169, 0, province.file, Array(15).fill(0)]);
    expect(await host.downloadMerged!(opts())).toEqual({ downloadName: MERGED_FILE_NAME });
    const back = await readXlsx(downloads[0].bytes);
    if (!back.ok) throw new Error('unreadable');
    expect(back.grid.sheets.map((s) => s.name)).toEqual(['汇总', '项目台账', '配置', '绩效指标']);
    expect(back.grid.sheets[1].values.length - 3).toBe(169);
  });

  test('a patent behind projects of two files: the finding in both files; an unreadable file names itself', async () => {
    const host = createFileHost({ download: () => undefined });
    const [a, b] = files;
    await host.openFiles!(await Promise.all([a, withCell(b, 3, 7, cellOf(a, 3, 7))].map(fileOf)), opts());
    const v = await host.checkAcross!(opts());
    expect(v.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([`${a.file} X002`, `${b.file} X002`]);
    const bad = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], '坏文件.xlsx');
    const e = (await host.openFiles!([await fileOf(a), bad], opts()).catch((x: unknown) => x)) as HostError;
    expect(e).toBeInstanceOf(HostError);
    expect(e.text['zh-CN']).toMatch(/^文件“坏文件\.xlsx”：/);
    await expect(host.checkAcross!(opts())).rejects.toThrow();
  });
});
