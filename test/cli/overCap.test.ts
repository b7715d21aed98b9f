/**
 * An indicator table longer than a form is laid out for (S022, selfeval/cap.ts): `jx check` reports it as an error and
 * still checks and scores; selfeval, report and monitor build nothing from it, with the finding as the one reason
 * (exit 1, `{refused: true}` under --json) — and --draft does not change that, since a draft would be the same form.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/model/grid';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { MAX_FORM_INDICATORS } from '../../src/model/selfeval';
import { capture } from './support';

let dir: string;
let file: string;
const count = MAX_FORM_INDICATORS + 1;
/** The 三级指标 of the first indicator past the cap (the header on row 1, indicators from row 2). */
const cell = `C${MAX_FORM_INDICATORS + 2}`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-cap-'));
  file = path.join(dir, '台账.xlsx');
  const sheets = sampleWorkbookGrid().sheets.map((s) => {
    if (s.name !== '绩效指标') return s;
    const [header, ...body] = s.values;
    const rows: CellValue[][] = Array.from({ length: count }, (_, i) => {
      const row = [...body[i % body.length]];
      row[2] = `${String(row[2])}${i + 1}`;
      return row;
    });
    return { name: s.name, values: [header, ...rows] };
  });
  await fs.writeFile(file, await writeXlsx(sheets.map((grid) => ({ grid }))));
});
afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

const noFile = async (f: string): Promise<void> => expect(fs.stat(f)).rejects.toThrow();

describe(`more than ${MAX_FORM_INDICATORS} indicators`, () => {
  it('jx check: S022, an error at the first indicator past the cap, in plain words; the scores still run (W004)', async () => {
    const c = capture();
    expect(await main(['check', file], c.io)).toBe(1);
    expect(c.out).toContain(
      `  S022 错误 绩效指标!${cell} “绩效指标”有 ${count} 个指标，超过一张绩效自评表可排版的上限 ${MAX_FORM_INDICATORS} 个，无法生成绩效自评表（检查和评分照常进行）。一张绩效自评表通常只有几十个指标：请核对“绩效指标”中是否混入了误粘贴、下拉填充或其他表格的多余行（本条指向第 ${MAX_FORM_INDICATORS + 1} 个指标）；如确有这么多指标，请按项目或地州市拆成几个工作簿，分别生成绩效自评表。`,
    );
    // the sample's points, repeated, add up far past 100: the scoring said so
    expect(c.out.some((l) => l.startsWith('  W004 '))).toBe(true);
  });

  it.each([['selfeval', '.xlsx'], ['report', '.docx'], ['monitor', '.xlsx']])('jx %s: refused with S022 its one error (text and --json), also with --draft; nothing written; exit 1', async (cmd, ext) => {
    const out = path.join(dir, `out-${cmd}${ext}`);
    for (const draft of [[], ['--draft']]) {
      const c = capture();
      expect(await main([cmd, file, '-o', out, ...draft], c.io)).toBe(1);
      expect(c.err.filter((l) => l.startsWith('  '))).toEqual([expect.stringMatching(new RegExp(`^  S022 错误 绩效指标!${cell} `))]);
      expect(c.err.join('\n')).not.toMatch(/--draft/);
      const j = capture();
      expect(await main([cmd, file, '-o', out, '--json', ...draft], j.io)).toBe(1);
      const json = JSON.parse(j.out.join('\n'));
      expect(json).toMatchObject({ input: file, file: null, refused: true });
      expect(json.errors.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual([`S022@${cell}`]);
      await noFile(out);
    }
  });
});
