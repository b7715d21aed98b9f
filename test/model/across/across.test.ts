/**
 * Issue 20: the cross-file rules on the sample split into its 14 prefectures' files — none on the
 * clean split, and each rule planted across two files found on both sides, naming the other.
 */
import { checkAcross, type AcrossFinding } from '../../../src/model/across';
import { a1 } from '../../../src/model/grid';
import { decimalToFen, fenToDecimal } from '../../../src/model/money';
import { sumFen } from '../../../src/model/aggregates';
import { MAX_FINDINGS_PER_RULE } from '../../../src/model/findings';
import { countBySeverity } from '../../../src/model/findingsShown';
import { formatFinding } from '../../../src/model/messages';
import { syntheticLedger } from '../../../bench/ledger';
import { projectsByPrefecture } from '../../support/shapes';
import { cellOf, splitSample, withCell, withProfileRows, type SplitFile } from '../../support/split';

const COL = { id: 0, region: 4, cohort: 5, patent: 7, approved: 11, disbursed: 13 } as const;
const FIRST = 3; // sheet row of a file's first project
const LEDGER = '项目台账';

/** `file:Sheet!A1` of a finding. */
const where = (f: AcrossFinding): string => `${f.file}:${f.sheet}!${a1(f.row, f.col)}`;
const of = (findings: ReadonlyArray<AcrossFinding>, rule: string): AcrossFinding[] => findings.filter((f) => f.rule === rule);

/** 2018's allocation table: each 地州市 allocated what its projects were paid, `off` 万元 more for the first. */
function allocationRows(off: number): Array<[string, number | string]> {
  return projectsByPrefecture().map(([region, ps], i) => {
    const paid = sumFen(ps.map((p) => decimalToFen(String(p.disbursed), '万元')!));
    return [region, Number(fenToDecimal(paid + (i === 0 ? decimalToFen(String(off), '万元')! : 0), '万元'))];
  });
}

describe('the sample split into its 14 prefectures\' files', () => {
  const { files, province } = splitSample();

  it('is 14 files of all 169 projects, each clean on its own against the province\'s 配置, and nothing across', () => {
    expect(files).toHaveLength(14);
    const r = checkAcross(files, { profile: province });
    expect(r.files.reduce((n, f) => n + f.evaluation.check.ledger!.projects.length, 0)).toBe(169);
    for (const f of r.files) expect([f.file, countBySeverity(f.evaluation.findings).error]).toEqual([f.file, 0]);
    expect(r.findings).toEqual([]);
    expect(r.pairs).toEqual([]);
  });

  it('with an allocation table that each 地州市 was paid exactly: nothing across', () => {
    const p = withProfileRows(province, [[], ['地州市', '分配金额'], ...allocationRows(0)]);
    const r = checkAcross(files, { profile: p });
    expect(r.province?.allocations?.allocations).toHaveLength(14);
    expect(r.findings).toEqual([]);
  });

  const [a, b] = [files[0], files[1]];
  const replaceRow = (target: SplitFile, source: SplitFile): SplitFile => {
    let out = target;
    for (let c = 0; c < 22; c++) out = withCell(out, FIRST, c, cellOf(source, FIRST, c));
    return out;
  };
  const run = (x: SplitFile, y: SplitFile, profile: SplitFile = province) => checkAcross([x, y, ...files.slice(2)], { profile }).findings;

  it('X001: a project sent by two prefectures is found in both files, each naming the other\'s file, sheet and cell', () => {
    const found = run(a, replaceRow(b, a));
    const x = of(found, 'X001');
    expect(x.map(where)).toEqual([`${a.file}:${LEDGER}!A4`, `${b.file}:${LEDGER}!A4`]);
    expect(x[0].params).toEqual({ id: cellOf(a, FIRST, COL.id), otherFile: b.file, otherSheet: LEDGER, otherCell: 'A4' });
    expect(x[1].params).toMatchObject({ otherFile: a.file, otherSheet: LEDGER, otherCell: 'A4' });
    // the same figures: nothing else across
    expect(found.filter((f) => f.rule !== 'X001')).toEqual([]);
  });

  it('X001.file: a prefecture\'s ledger sent again inside another file says so once, with the count, before its projects one by one', () => {
    const all = a.grid.sheets.find((x) => x.name === LEDGER)!.values.length - FIRST; // a's projects
    // b carries a's whole ledger below its own rows
    const bLedger = b.grid.sheets.find((x) => x.name === LEDGER)!;
    const aRows = a.grid.sheets.find((x) => x.name === LEDGER)!.values.slice(FIRST);
    const both: SplitFile = { ...b, grid: { sheets: b.grid.sheets.map((x) => (x === bLedger ? { ...x, values: [...x.values, ...aRows] } : x)) } };
    const x = of(run(a, both), 'X001');
    const lines = x.filter((f) => f.variant === 'file');
    expect(lines.map((f) => [where(f), f.params])).toEqual([
      [`${a.file}:${LEDGER}!A3`, { count: all, total: all, otherFile: b.file }],
      [`${b.file}:${LEDGER}!A3`, { count: all, total: bLedger.values.length - FIRST + all, otherFile: a.file }],
    ]);
    expect(x.length - lines.length).toBe(2 * all); // each project still listed, in each file
    expect(formatFinding(lines[1], 'zh-CN')).toBe(`本文件有 ${all} 个项目（共 ${bLedger.values.length - FIRST + all} 个）也在文件“${a.file}”中报送，汇总时会重复计算：请核实是否重复报送。各重复项目另行列出。`);
    expect(formatFinding(lines[0], 'en-US')).toBe(`All ${all} projects of this file are in file "${b.file}" too: the same ledger was sent twice (or one is a resubmitted version); keep only one of the files in the consolidation. Each repeated project is listed separately.`);
  });

  it('X002: the same patent behind another project of another file, on both sides', () => {
    const found = run(a, withCell(b, FIRST, COL.patent, cellOf(a, FIRST, COL.patent)));
    expect(found.map((f) => `${f.rule} ${where(f)}`)).toEqual([`X002 ${a.file}:${LEDGER}!H4`, `X002 ${b.file}:${LEDGER}!H4`]);
    expect(found[0].params).toMatchObject({ otherId: cellOf(b, FIRST, COL.id), otherFile: b.file, otherCell: 'H4' });
  });

  it('X003: the same project with another 财政支持资金 and cohort, each field on both sides', () => {
    let twin = replaceRow(b, a);
    twin = withCell(twin, FIRST, COL.approved, Number(cellOf(a, FIRST, COL.approved)) + 1);
    twin = withCell(twin, FIRST, COL.cohort, Number(cellOf(a, FIRST, COL.cohort)) - 1);
    const x = of(run(a, twin), 'X003');
    expect(x.map(where)).toEqual([`${a.file}:${LEDGER}!F4`, `${a.file}:${LEDGER}!L4`, `${b.file}:${LEDGER}!F4`, `${b.file}:${LEDGER}!L4`]);
    expect(x.find((f) => f.variant === undefined && f.file === b.file)!.params).toMatchObject({ value: String(Number(cellOf(a, FIRST, COL.approved)) + 1), otherValue: String(cellOf(a, FIRST, COL.approved)), otherFile: a.file, otherCell: 'L4' });
  });

  it('X004: a 地州市 paid 1 万元 less than allocated: at the allocation and in its file, naming each other', () => {
    const p = withProfileRows(province, [[], ['地州市', '分配金额'], ...allocationRows(1)]);
    const found = checkAcross(files, { profile: p }).findings;
    const profileRows = province.grid.sheets.find((s) => s.name === '配置')!.values.length;
    const allocCell = a1(profileRows + 2, 1);
    expect(found.map((f) => `${f.rule}${f.variant ? '.' + f.variant : ''} ${where(f)}`)).toEqual([`X004.ledger ${a.file}:${LEDGER}!N3`, `X004 ${province.file}:配置!${allocCell}`]);
    expect(found[0].params).toMatchObject({ region: cellOf(a, FIRST, COL.region), otherFile: province.file, otherSheet: '配置', otherCell: allocCell });
    expect(found[1].params).toMatchObject({ files: [a.file], diff: '-1' });
  });

  /** A file's ledger as a CSV gives it: its one table named after the file (csv.ts: GridSheet.namedAfterFile). */
  const asCsv = (f: SplitFile): SplitFile => {
    const base = f.file.replace(/\.xlsx$/, '');
    const ledger = f.grid.sheets.find((x) => x.name === LEDGER)!;
    return { file: `${base}.csv`, grid: { sheets: [{ ...ledger, name: base, namedAfterFile: base }] } };
  };

  it('X001, X002, X003 naming a CSV: its file and cell, no 工作表 (a CSV has none), as the read summary says 文件', () => {
    let twin = replaceRow(b, a);
    twin = withCell(twin, FIRST, COL.approved, Number(cellOf(a, FIRST, COL.approved)) + 1);
    twin = withCell(twin, FIRST, COL.cohort, Number(cellOf(a, FIRST, COL.cohort)) - 1);
    twin = withCell(twin, FIRST + 1, COL.patent, cellOf(a, FIRST + 1, COL.patent));
    const csv = asCsv(twin);
    const found = run(a, csv);
    const inA = (rule: string, variant?: string): AcrossFinding => found.find((f) => f.rule === rule && f.variant === variant && f.file === a.file)!;
    const inCsv = (rule: string, variant?: string): AcrossFinding => found.find((f) => f.rule === rule && f.variant === variant && f.file === csv.file)!;
    const id = cellOf(a, FIRST, COL.id);
    expect(inA('X001').params).toEqual({ id, otherFile: csv.file, otherCell: 'A4' });
    expect(formatFinding(inA('X001'), 'zh-CN')).toBe(`项目编号“${id}”也出现在文件“${csv.file}”的 A4：同一项目由两个文件报送，汇总时会重复计算。`);
    expect(formatFinding(inA('X001'), 'en-US')).toBe(`Project id "${id}" also appears in file "${csv.file}", cell A4: the same project is sent in two files and would be counted twice.`);
    expect(formatFinding(inA('X003'), 'zh-CN')).toMatch(new RegExp(`而文件“${csv.file.replace('.', '\\.')}”的 L4 为 `));
    expect(formatFinding(inA('X003'), 'en-US')).toMatch(new RegExp(`in file "${csv.file.replace('.', '\\.')}", cell L4\\.$`));
    expect(formatFinding(inA('X003', 'cohort'), 'zh-CN')).toMatch(/而文件“[^”]+\.csv”的 F4 为 /);
    expect(formatFinding(inA('X002'), 'zh-CN')).toMatch(/中的项目 \S+（H5）：同一专利重复支持。$/);
    expect(formatFinding(inA('X002'), 'en-US')).toMatch(/ \(cell H5\): the same patent is funded twice\.$/);
    // the other way: the CSV's findings name the workbook's sheet as before
    expect(inCsv('X001').params).toEqual({ id, otherFile: a.file, otherSheet: LEDGER, otherCell: 'A4' });
    expect(formatFinding(inCsv('X001'), 'zh-CN')).toBe(`项目编号“${id}”也出现在文件“${a.file}”工作表“${LEDGER}”的 A4：同一项目由两个文件报送，汇总时会重复计算。`);
    for (const f of found) expect([f.rule, formatFinding(f, 'zh-CN'), formatFinding(f, 'en-US')].join(' ')).not.toMatch(/工作表“[^”]*”[^。]*\.csv|sheet "[^"]*\.csv|工作表“2|sheet "2/);
  });

  it('X004 naming a 配置 read from a CSV: its file and cell, no 工作表', () => {
    const p = withProfileRows(province, [[], ['地州市', '分配金额'], ...allocationRows(1)]);
    const profile = p.grid.sheets.find((s) => s.name === '配置')!;
    const csvProfile: SplitFile = { file: '配置.csv', grid: { sheets: [{ ...profile, namedAfterFile: '配置' }, ...p.grid.sheets.filter((s) => s !== profile)] } };
    const found = checkAcross(files, { profile: csvProfile }).findings;
    const ledger = found.find((f) => f.rule === 'X004' && f.variant === 'ledger')!;
    expect(ledger.params).not.toHaveProperty('otherSheet');
    expect(formatFinding(ledger, 'zh-CN')).toMatch(/，与文件“配置\.csv”B\d+ 的分配金额 /);
    expect(formatFinding(ledger, 'en-US')).toMatch(/its allocation in file "配置\.csv", cell B\d+ is /);
  });

  it('the file pairs name each pair once, with its findings by rule', () => {
    const r = checkAcross([a, replaceRow(withCell(b, FIRST + 1, COL.patent, cellOf(a, FIRST + 1, COL.patent)), a), ...files.slice(2)], { profile: province });
    expect(r.pairs).toEqual([{ files: [a.file, b.file].sort(), rules: { X001: 2, X002: 2 }, counts: { error: 2, warning: 2, info: 0 } }]);
  });
});

describe('cross-file findings are capped per rule in each file, as a file\'s own are', () => {
  it('a ledger of 1,001 projects sent by two prefectures: 1,000 X001 listed in each file (the file\'s one line first) and one S007 counting the rest; the counts and pairs stay true', () => {
    const { grid } = syntheticLedger(MAX_FINDINGS_PER_RULE + 1);
    const r = checkAcross([{ file: 'a.xlsx', grid }, { file: 'b.xlsx', grid }]);
    for (const file of ['a.xlsx', 'b.xlsx']) {
      const mine = r.findings.filter((f) => f.file === file);
      expect(of(mine, 'X001')).toHaveLength(MAX_FINDINGS_PER_RULE);
      // the one line naming the cause is never the one cut
      expect(of(mine, 'X001').filter((f) => f.variant === 'file').map((f) => f.params)).toEqual([{ count: MAX_FINDINGS_PER_RULE + 1, total: MAX_FINDINGS_PER_RULE + 1, otherFile: file === 'a.xlsx' ? 'b.xlsx' : 'a.xlsx' }]);
      const s007 = mine.filter((f) => f.rule === 'S007' && (f.params as { rule: string }).rule === 'X001');
      expect(s007.map((f) => [f.file, f.severity, f.params])).toEqual([[file, 'error', { rule: 'X001', count: 2, shown: MAX_FINDINGS_PER_RULE }]]);
      expect(countBySeverity(of(mine, 'X001')).error + countBySeverity(s007).error).toBe(MAX_FINDINGS_PER_RULE + 2);
    }
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].rules.X001).toBe(2 * (MAX_FINDINGS_PER_RULE + 2));
  });
});

describe('the province\'s budget (W001, W002 on its 配置) is checked on the consolidated payments', () => {
  const { files, province } = splitSample();
  // the first prefecture's file also carries the province's 配置 and 绩效指标 (no --profile)
  const first: SplitFile = { file: files[0].file, grid: { sheets: [...province.grid.sheets, ...files[0].grid.sheets] } };
  const budget = <F extends { rule: string }>(findings: ReadonlyArray<F>): F[] => findings.filter((f) => f.rule === 'W001' || f.rule === 'W002');

  it('the file carrying it gets no budget finding for paying only its own part; nothing across when all files pay the budget', () => {
    const r = checkAcross([first, ...files.slice(1)]);
    expect(r.province?.file).toBe(first.file);
    for (const f of r.files) expect([f.file, budget(f.evaluation.findings)]).toEqual([f.file, []]);
    expect(budget(r.findings)).toEqual([]);
  });

  it('a payment that makes the total differ from 全年执行数: one W001 on the province\'s 配置, with the consolidated sum', () => {
    const paid = Number(cellOf(files[3], FIRST, COL.disbursed));
    const r = checkAcross([first, ...files.slice(1, 3), withCell(files[3], FIRST, COL.disbursed, paid + 1), ...files.slice(4)]);
    const w = budget(r.findings);
    expect(w.map((f) => [f.rule, f.file, f.sheet])).toEqual([['W001', first.file, '配置']]);
    expect(w[0].params).toMatchObject({ sum: '1201', executed: '1200', diff: '1' });
    for (const f of r.files) expect([f.file, budget(f.evaluation.findings)]).toEqual([f.file, []]);
    // some of the province's files, not all: their payments are not short of the budget, and nothing is said
    const some = checkAcross([first, files[1], withCell(files[3], FIRST, COL.disbursed, paid + 1)]);
    expect([budget(some.findings), ...some.files.map((f) => budget(f.evaluation.findings))]).toEqual([[], [], [], []]);
  });
});
