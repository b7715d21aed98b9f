/**
 * A prefecture's ledger without a 地州市 column names its prefecture in its title (伊犁州2018年专利实施资金项目台账), in a line
 * above the header (填报单位：巴州知识产权局) or in its file name (伊犁州项目台账.xlsx): every project is that prefecture's, as
 * with a sheet named for it. It was S002 (缺少必填列“地州市”) and stopped `jx merge`.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import type { CellValue } from '../../src/model/grid';
import { DEFAULT_REGIONS } from '../../src/model/read/regions';
import { regionNamedIn } from '../../src/model/read/regionNames';
import { splitSample, type SplitFile } from '../support/split';
import { capture } from './support';

let dir: string;
let profile: string;
const split = splitSample();
const yili = split.files.find((f) => f.file === '伊犁哈萨克自治州.xlsx')!;
const aksu = split.files.find((f) => f.file === '阿克苏地区.xlsx')!;

/** A prefecture's file without its 地州市 column, its title (row 0) written as given. */
function withoutRegionColumn(f: SplitFile, title: string): SplitFile {
  const sheets = f.grid.sheets.map((s) => {
    const header = s.values.findIndex((r) => r.includes('地州市'));
    const col = s.values[header].indexOf('地州市');
    const values = s.values.map((r, i): CellValue[] => {
      const c = [...r];
      c.splice(col, 1);
      if (i === 0) c[0] = title;
      return c;
    });
    return { ...s, values };
  });
  return { file: f.file, grid: { sheets } };
}

async function save(f: SplitFile, name: string): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, await writeXlsx(f.grid.sheets.map((grid) => ({ grid }))));
  return p;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-title-region-'));
  profile = await save(split.province, '自治区配置.xlsx');
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const s002 = (findings: ReadonlyArray<{ rule: string }>): number => findings.filter((f) => f.rule === 'S002').length;

describe('a ledger whose title or file name names its prefecture', () => {
  it('jx merge reads every project of 伊犁州2018年专利实施资金项目台账 as 伊犁哈萨克自治州’s (the short name made official)', async () => {
    const one = await save(withoutRegionColumn(yili, '伊犁州2018年专利实施资金项目台账'), 'ledger-a.xlsx');
    const other = await save(aksu, 'ledger-b.xlsx');
    const out = path.join(dir, 'merged-title.xlsx');
    const c = capture();
    expect(await main(['merge', one, other, '--profile', profile, '-o', out, '--json'], c.io)).toBe(0);
    const j = JSON.parse(c.out.join('\n'));
    expect(j.regions).toEqual(
      expect.arrayContaining([expect.objectContaining({ region: '伊犁哈萨克自治州', projects: 12 }), expect.objectContaining({ region: '阿克苏地区', projects: 9 })]),
    );
  });

  it('jx merge reads the prefecture from the file name when the title names none (伊犁州项目台账.xlsx)', async () => {
    const one = await save(withoutRegionColumn(yili, '2018年专利实施资金项目台账'), '伊犁州项目台账.xlsx');
    const out = path.join(dir, 'merged-file.xlsx');
    const c = capture();
    expect(await main(['merge', one, '--profile', profile, '-o', out, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n')).regions).toEqual([expect.objectContaining({ region: '伊犁哈萨克自治州', projects: 12 })]);
  });

  it('jx check: a line above the header naming the submitter (填报单位：伊犁州知识产权局) names it too', async () => {
    const f = withoutRegionColumn(yili, '2018年专利实施资金项目台账');
    const sheets = f.grid.sheets.map((s) => ({ ...s, values: [s.values[0], ['填报单位：伊犁州知识产权局'], ...s.values.slice(1)] }));
    const file = await save({ file: f.file, grid: { sheets: [...split.province.grid.sheets, ...sheets] } }, 'ledger-c.xlsx');
    const c = capture();
    await main(['check', file, '--json'], c.io);
    expect(s002(JSON.parse(c.out.join('\n'))[0].findings)).toBe(0);
  });

  it('a title naming two prefectures, or none, leaves the column missing (S002): no guess', () => {
    for (const title of ['乌鲁木齐市、伊犁州2018年专利实施资金项目台账', '2018年专利实施资金项目台账']) {
      const f = withoutRegionColumn(yili, title);
      const e = evaluateWorkbook({ sheets: [...split.province.grid.sheets, ...f.grid.sheets] }, { fileName: '项目台账.xlsx' });
      expect(s002(e.findings)).toBe(1);
    }
  });

  it('regionNamedIn: official names and short forms, one prefecture only', () => {
    const allowed = new Set(DEFAULT_REGIONS);
    expect(
      [
        ['伊犁州2019年专利实施资金项目台账'],
        ['2018年度项目台账', '填报单位：巴州知识产权局'],
        ['阿克苏地区项目台账.xlsx'],
        ['乌鲁木齐市本级项目台账'],
        ['自治区本级项目台账'],
        ['乌鲁木齐市、昌吉州项目台账'],
        ['2018年度自治区专利实施项目台账'],
      ].map((t) => regionNamedIn(t, allowed)),
    ).toEqual(['伊犁哈萨克自治州', '巴音郭楞蒙古自治州', '阿克苏地区', '乌鲁木齐市', '自治区本级', undefined, undefined]);
  });
});
