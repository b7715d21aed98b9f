/**
 * A file without sheets (a CSV, tab-separated text, a web page's one table) has its table named
 * after the file: S005 on such a file speaks of the file name, not of sheet names it has none of,
 * and says what can be done with it (the year in the file name or a title line, or .xlsx with 配置).
 */
import { readWorkbookFile } from '../../../src/adapters/file';
import { evaluateWorkbook, readSummaryOf } from '../../../src/model/evaluate';
import { readSummaryText } from '../../../src/model/messages/read';
import type { Locale } from '../../../src/model/messages/types';
import type { Finding } from '../../../src/model/findings';
import type { Grid } from '../../../src/model/grid';
import { findingText } from '../../../src/model/messages';
import { sampleWorkbookGrid, SAMPLE_SHEETS } from '../../../src/model/sample';
import { toCsv } from '../../support/shapes';
import { writeXlsx } from '../../../src/adapters/xlsx/write';

/** The sample ledger without its title lines (which name the year). */
const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.ledger)!;
const untitled = { ...ledger, values: ledger.values.slice(2), merges: [] };

async function s005(bytes: Uint8Array, name: string): Promise<Finding[]> {
  const r = await readWorkbookFile(bytes, name);
  if (!r.ok) throw new Error(r.message['zh-CN']);
  const grid: Grid = r.grid;
  return evaluateWorkbook(grid).findings.filter((f) => f.rule === 'S005');
}

describe('S005 on a file without sheets', () => {
  const csv = new TextEncoder().encode(toCsv(untitled));

  it('a CSV: the file name (with its .csv: it said 文件名（专利实施项目台账）), not sheet names; what to do with a CSV', async () => {
    const [f] = await s005(csv, '专利实施项目台账.csv');
    expect(f.variant).toBe('noProfileFile');
    expect(findingText(f, 'zh-CN')).toBe(
      '这个文件不是工作簿（是 CSV、文本或网页表格），只有一张表，没有“配置”可读，台账标题（标题行之上无文字）和文件名（专利实施项目台账.csv）中也没有年度（如“2018年”）：请在文件名或表头上方的标题行中写明年度（如“2018年度项目台账”），或在 Excel 中另存为 .xlsx 并添加“配置”工作表，填写“评价年度 | 2018”。',
    );
    const en = findingText(f, 'en-US');
    expect(en).toContain('or the file name (专利实施项目台账.csv)');
    expect(en).not.toMatch(/sheet names/);
    // no Chinese but the user's file name and the texts to write as they are (配置, 评价年度, a title with its year)
    expect(en).toContain('written as in "2018年度项目台账"');
    expect(en.replace('专利实施项目台账', '').replace(/配置|评价年度|2018年度项目台账/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('the year in the CSV file name is found, as it was', async () => {
    expect(await s005(csv, '2018年专利实施项目台账.csv')).toEqual([]);
  });

  it('a web page table saved as .xls: the same words', async () => {
    const html = `<html><body><table>${untitled.values.map((row) => `<tr>${row.map((v) => `<td>${v === null ? '' : typeof v === 'object' ? '' : String(v)}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    const [f] = await s005(new TextEncoder().encode(html), '导出.xls');
    expect(f.variant).toBe('noProfileFile');
  });

  it('an .xlsx of one sheet is a workbook: the words on its sheet names and a 配置 sheet, as before', async () => {
    const [f] = await s005(await writeXlsx([{ grid: untitled }]), '台账.xlsx');
    expect(f.variant).toBe('noProfile');
    expect(findingText(f, 'zh-CN')).toContain(`工作表名称（${SAMPLE_SHEETS.ledger}）`);
  });
});

describe('S001 on a file without sheets', () => {
  it('a CSV without a header row is told so by its name: it was told to name a sheet 项目台账 (a CSV has no sheets)', async () => {
    const r = await readWorkbookFile(new TextEncoder().encode('甲,乙,丙\n1,2,3\n4,5,6\n'), '2018年度台账.csv');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const [f] = evaluateWorkbook(r.grid).findings.filter((x) => x.rule === 'S001');
    expect(findingText(f, 'zh-CN')).toBe('“2018年度台账.csv”的前 30 行内没有找到标题行（至少需要 3 个可识别的列标题，如 项目编号、项目名称、承担单位）。');
    const en = findingText(f, 'en-US');
    expect(en).toBe('No header row in the first 30 rows of "2018年度台账.csv" (at least 3 known headers such as 项目编号, 项目名称, 承担单位 are needed).');
    expect(en).not.toMatch(/sheet/);
  });
});

describe('S001 on a CSV of one of the two tables a year-end form needs (stop 37: told of sheets a CSV has none of)', () => {
  const indicators = sampleWorkbookGrid().sheets.find((s) => s.name === SAMPLE_SHEETS.indicators)!;
  const read = async (sheet: typeof ledger, name: string, forSelfEval: boolean): Promise<Finding[]> => {
    const r = await readWorkbookFile(new TextEncoder().encode(toCsv(sheet)), name);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    return evaluateWorkbook(r.grid, { forSelfEval }).findings.filter((x) => x.rule === 'S001');
  };
  it('the 绩效指标 as a CSV, checked: its name, read as the indicators, no ledger in it (it said no header row in its first 30 rows)', async () => {
    const [f] = await read(indicators, '2018年度绩效指标.csv', false);
    expect(findingText(f, 'zh-CN')).toBe('“2018年度绩效指标.csv”只有一张表，已读作绩效指标，其中没有项目台账：CSV 等文本文件只能放一张表。请在 Excel 中把项目台账和绩效指标放进同一个工作簿的两个工作表（如 项目台账、绩效指标），另存为 .xlsx 后再检查。');
    expect(findingText(f, 'en-US')).toBe('"2018年度绩效指标.csv" holds one table, read as the indicator table; there is no ledger table in it: a CSV or text file holds one table only. In Excel, put the ledger and the indicators on two sheets of one workbook (such as 项目台账, 绩效指标), save it as .xlsx and check that.');
  });
  it('the ledger as a CSV, asked for a 自评表: its name, read as the ledger, no indicators in it (it said name a sheet 绩效指标)', async () => {
    const fs = await read(ledger, '2018年度项目台账.csv', true);
    expect(fs.map((f) => f.variant)).toEqual(['oneTable']);
    expect(findingText(fs[0], 'zh-CN')).toMatch(/^“2018年度项目台账.csv”只有一张表，已读作项目台账，其中没有绩效指标：/);
    expect(findingText(fs[0], 'en-US')).not.toMatch(/sheet "|name a sheet/);
  });
  it('an .xlsx without its 绩效指标 is still told to name or add a sheet', async () => {
    const bytes = await writeXlsx([{ grid: ledger }]);
    const r = await readWorkbookFile(bytes, '台账.xlsx');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(evaluateWorkbook(r.grid, { forSelfEval: true }).findings.filter((x) => x.rule === 'S001').map((f) => f.variant)).toEqual(['indicators']);
  });
});

describe('what a check read, on a file without sheets', () => {
  const read = async (bytes: Uint8Array, name: string): Promise<Record<Locale, string>> => {
    const r = await readWorkbookFile(bytes, name);
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const summary = readSummaryOf(evaluateWorkbook(r.grid))!;
    return { 'zh-CN': readSummaryText(summary, 'zh-CN'), 'en-US': readSummaryText(summary, 'en-US') };
  };

  it('a CSV is a file, not a sheet: 已读取文件“…” / Read … from file "…"', async () => {
    const t = await read(new TextEncoder().encode(toCsv(ledger)), '2018年度项目台账.csv');
    // by the file's name as it is (with .csv: it read 文件“2018年度项目台账”, a name no file has)
    expect(t['zh-CN']).toBe('已读取文件“2018年度项目台账.csv”中的 169 个项目。');
    expect(t['en-US']).toBe('Read 169 project(s) from file "2018年度项目台账.csv".');
    expect(t['en-US'].replace('2018年度项目台账', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('an .xlsx of one sheet keeps its sheet', async () => {
    const t = await read(await writeXlsx([{ grid: ledger }]), '台账.xlsx');
    expect(t['zh-CN']).toBe(`已读取工作表“${SAMPLE_SHEETS.ledger}”中的 169 个项目。`);
    expect(t['en-US']).toBe(`Read 169 project(s) from sheet "${SAMPLE_SHEETS.ledger}".`);
  });
});

// stop 41's Left (targets41): a CSV whose headings name the year (2020年拨付, 2020年度资金, a 2020年 group over the amounts)
// still got S005 (no year), and 2020年拨付 was an unknown column with S002 (本年拨付 missing).
describe('the year the headings write, when nothing else names one', () => {
  const header = untitled.values[0] as ReadonlyArray<string>;
  const at = (name: string): number => header.findIndex((h) => String(h).startsWith(name));
  const headed = (rename: Record<string, string>, above: string[][] = []): Uint8Array => {
    const values = [...above, header.map((h) => rename[String(h)] ?? h), ...untitled.values.slice(1)];
    return new TextEncoder().encode(toCsv({ ...untitled, values }));
  };
  const disbursed = String(header[at('本年拨付')]);
  it.each([
    ['2018年拨付（万元）', { [disbursed]: '2018年拨付（万元）' }],
    ['2018年度拨付资金（万元）', { [disbursed]: '2018年度拨付资金（万元）' }],
    ['2018年度资金 beside 本年拨付 (an unknown column)', { 备注: '2018年度资金' }],
    ['2017年拨付 and 2018年拨付: the latest', { [disbursed]: '2018年拨付（万元）', 备注: '2017年拨付' }],
    ['2018年拨付 beside next year\'s plan (2019年计划拨付)', { [disbursed]: '2018年拨付（万元）', 备注: '2019年计划拨付' }],
    ['2018年拨付 beside 2019年预计拨付', { [disbursed]: '2018年拨付（万元）', 备注: '2019年预计拨付' }],
    ['2018年拨付 beside 2019年预算数', { [disbursed]: '2018年拨付（万元）', 备注: '2019年预算数' }],
  ])('%s: the year is read (no S005), the year\'s column is 本年拨付 (no S002)', async (_, rename) => {
    const r = await readWorkbookFile(headed(rename), '专利实施项目台账.csv');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    const e = evaluateWorkbook(r.grid);
    expect(e.findings.filter((f) => f.rule === 'S005' || f.rule === 'S002')).toEqual([]);
    expect(e.check.fiscalYear).toBe(2018);
    expect(e.check.ledger!.table.columns.disbursed?.col).toBe(at('本年拨付'));
  });
  it('a 2018年 group over the amounts in a header of two rows: read as a title line above the header (as before)', async () => {
    const group = header.map((h, c) => (c >= at('财政支持资金') && c <= at('本年拨付') ? '2018年' : ''));
    const values = [group, header, ...untitled.values.slice(1)];
    const r = await readWorkbookFile(new TextEncoder().encode(toCsv({ ...untitled, values })), '台账.csv');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(evaluateWorkbook(r.grid).check.fiscalYear).toBe(2018);
  });
  it.each(['截至2017年底累计拨付', '2017年底累计拨付', '2017年及以前拨付', '2017年度以前拨付'])('%p names the years before, no fiscal year: S005 as before', async (h) => {
    expect((await s005(headed({ 备注: h }), '专利实施项目台账.csv')).map((f) => f.variant)).toEqual(['noProfileFile']);
  });
  it('a plan\'s heading alone still names its year (2018年计划拨付)', async () => {
    const r = await readWorkbookFile(headed({ 备注: '2018年计划拨付' }), '专利实施项目台账.csv');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(evaluateWorkbook(r.grid).check.fiscalYear).toBe(2018);
  });
  it('a title line\'s year still comes first (2019年度 over a 2018年拨付 heading)', async () => {
    const r = await readWorkbookFile(headed({ 备注: '2018年度资金' }, [['2019年度专利实施项目台账']]), '台账.csv');
    if (!r.ok) throw new Error(r.message['zh-CN']);
    expect(evaluateWorkbook(r.grid).check.fiscalYear).toBe(2019);
  });
});

