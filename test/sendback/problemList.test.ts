/**
 * The 问题清单 of the sample with planted defects, written as .xlsx and read back with ExcelJS:
 * one row per finding in the findings' order, the counts of `jx check --json`, the summary's
 * tables, the sheet set-up (frozen header, filter, A4 landscape, header repeated), a 文件 column
 * for several files, English on request, and user text made safe.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../../src/adapters/xlsx/write';
import { main } from '../../src/cli/main';
import { evaluateWorkbook } from '../../src/model/evaluate';
import { findingCell } from '../../src/model/findingsShown';
import type { Grid } from '../../src/model/grid';
import { formatFinding, SEVERITY_LABEL } from '../../src/model/messages';
import { ruleTitle } from '../../src/model/rules';
import { sampleWorkbookGrid } from '../../src/model/sample';
import { cellValueText, problemListFileName, problemListLayouts, problemRows, annotatedFileName } from '../../src/model/sendback/problemList';
import { X001, X004 } from '../../src/model/rules/across';
import { planted } from '../model/support/planted';
import { fitScale, printAreaSize, printableSize } from '../../src/model/layout';
import { lineCount, MIN_FIT_SCALE, printedChars, textWidth } from '../../src/model/selfeval/sheet';

async function toBook(grid: Grid, name = '乌鲁木齐市.xlsx', locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<ExcelJS.Workbook> {
  const evaluation = evaluateWorkbook(grid);
  const layouts = problemListLayouts([{ name, grid, evaluation }], { locale, date: '2019-03-01' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(layouts.map((layout) => ({ layout })))) as unknown as ArrayBuffer);
  return wb;
}

const rowValues = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);

describe('the 问题清单 of the sample with planted defects', () => {
  const { grid } = planted();
  const ev = evaluateWorkbook(grid);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await toBook(grid);
  });

  it('has a summary sheet and a list sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单']);
  });

  it('lists one row per finding, in the findings’ order, with every column of the issue', () => {
    const ws = wb.getWorksheet('问题清单')!;
    expect(rowValues(ws, 1)).toEqual(['序号', '严重程度', '规则', '规则名称', '工作表', '单元格', '项目编号', '项目名称', '原值', '说明', '整改情况']);
    expect(ws.actualRowCount).toBe(ev.findings.length + 1);
    const names = new Map(ev.check.ledger!.projects.map((p) => [p.row, p.name]));
    ev.findings.forEach((f, i) => {
      const v = rowValues(ws, i + 2);
      expect(v.slice(0, 8)).toEqual([
        i + 1,
        SEVERITY_LABEL['zh-CN'][f.severity],
        f.rule,
        ruleTitle(f.rule, 'zh-CN'),
        f.sheet,
        findingCell(f),
        ...(f.projectId ? [f.projectId] : [undefined]),
        ...(f.sheet === ev.check.sheets.ledger && names.get(f.row) ? [names.get(f.row)] : [undefined]),
      ].slice(0, 8));
      expect(v[9]).toBe(formatFinding(f, 'zh-CN'));
      expect(v[10]).toBeUndefined(); // 整改情况: empty, for the prefecture
    });
  });

  it('quotes the cell’s value as 原值', () => {
    const ws = wb.getWorksheet('问题清单')!;
    const at = (rule: string): unknown[] => rowValues(ws, ev.findings.findIndex((f) => f.rule === rule) + 2);
    expect(at('L006')[8]).toBe('火星');
    expect(at('L003')[8]).toBe('二〇一七');
    expect(at('L009')[8]).toBe('失效');
    expect(at('L002')[8]).toBeUndefined(); // the empty required cell
  });

  // A number is quoted as Excel shows it, to 15 significant digits: a ledger's 34.02 computed as 13.21 + 20.81 is
  // 34.019999999999996 in the file, which the list printed whole (jx check --report on a 10,000-project ledger, L011's 原值).
  it('quotes a number as Excel shows it, not its binary tail', () => {
    const sheet = { name: '项目台账', values: [[13.21 + 20.81, 0.1 + 0.2, 123456789012, 1e-7]] };
    expect([0, 1, 2, 3].map((c) => cellValueText(sheet, 0, c, 'zh-CN'))).toEqual(['34.02', '0.3', '123456789012', '1e-7']);
  });

  it('counts as `jx check --json` does, by severity and by rule, with the fund (none named) and the date', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jx-list-'));
    try {
      const file = path.join(dir, '乌鲁木齐市.xlsx');
      await fs.writeFile(file, await writeXlsx(grid.sheets.map((s) => ({ grid: s }))));
      const out: string[] = [];
      await main(['check', file, '--json'], { out: (l) => out.push(l), err: () => undefined });
      const [json] = JSON.parse(out.join('\n'));
      const s = wb.getWorksheet('汇总')!;
      const cells = Array.from(s.getSheetValues() as unknown[][], (r) => (r ?? []).slice(1));
      expect(cells[1][0]).toBe('台账检查问题清单');
      // a ledger without 配置: no fund of its own (not the default's, the patent fund's)
      expect(cells[2][0]).toBe('资金名称：未注明（“配置”中没有“项目名称”）\u3000\u3000检查日期：2019-03-01');
      const fileRow = cells.find((r) => r[0] === '乌鲁木齐市.xlsx')!;
      expect(fileRow.slice(2)).toEqual([169, json.counts.error, json.counts.warning, json.counts.info, json.findings.length]);
      const sev = (label: string): unknown => cells.find((r) => r[0] === label)?.[1];
      expect([sev('错误'), sev('警告'), sev('提示'), sev('合计')]).toEqual([json.counts.error, json.counts.warning, json.counts.info, json.findings.length]);
      // by rule: each (rule, severity) of the JSON once, with its count and title
      const want = new Map<string, number>();
      for (const f of json.findings as Array<{ rule: string; severity: 'error' | 'warning' | 'info' }>) {
        const k = `${f.rule} ${SEVERITY_LABEL['zh-CN'][f.severity]}`;
        want.set(k, (want.get(k) ?? 0) + 1);
      }
      const start = cells.findIndex((r) => r[0] === '规则');
      const got = new Map<string, number>();
      for (const r of cells.slice(start + 1)) {
        if (typeof r[0] !== 'string' || !/^[A-Z]\d{3}$/.test(r[0])) break;
        got.set(`${r[0]} ${r[2]}`, r[3] as number);
        expect(r[1]).toBe(ruleTitle(String(r[0]), 'zh-CN'));
      }
      expect(got).toEqual(want);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('freezes and filters the header, prints A4 landscape one page wide with the header on every page', () => {
    const ws = wb.getWorksheet('问题清单')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 0 });
    expect(ws.autoFilter).toBe(`A1:K${ev.findings.length + 1}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    // 说明 wraps; rows grow for long messages
    expect(ws.getCell('J2').alignment).toMatchObject({ wrapText: true });
  });

  // print38: fitted one page wide only, its 28 rules and the instructions under them ran onto a second page where the
  // host draws columns as Excel does (LibreOffice with Carlito); the summary goes on paper as the forms do (fitToPaper)
  it('prints the summary on one page: fitted one page wide and tall, at 8 pt or more', () => {
    const [summary] = problemListLayouts([{ name: '乌鲁木齐市.xlsx', grid, evaluation: ev }], { locale: 'zh-CN', date: '2019-03-01' });
    const page = summary.page!;
    const { width, heights } = printAreaSize(summary, page.printArea);
    const paper = printableSize(page);
    // the planted sample's summary is taller than a page at the width's scale: the case this is about
    expect(heights.reduce((a, b) => a + b, 0) * Math.min(1, paper.width / width)).toBeGreaterThan(paper.height);
    expect([page.fitToWidth, page.fitToHeight, page.rowBreaks]).toEqual([1, 1, undefined]);
    expect(fitScale(summary)!).toBeGreaterThanOrEqual(Math.ceil(MIN_FIT_SCALE * 100));
    expect(wb.getWorksheet('汇总')!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  });
});

// stop 38: the 汇总 of 40 files ran onto a second page with its files table, whose rows went on there under no header
describe('the 汇总 of many files, paged', () => {
  const grid = sampleWorkbookGrid();
  const ev = evaluateWorkbook(grid);
  const many = Array.from({ length: 40 }, (_, i) => ({ name: `地州市${i + 1}-专利实施项目台账.xlsx`, grid, evaluation: ev }));

  it.each(['zh-CN', 'en-US'] as const)('%s: repeats the files table\'s header on every page it continues onto', (locale) => {
    const [summary] = problemListLayouts(many, { locale, date: '2019-03-01' });
    const page = summary.page!;
    const header = summary.cells.find((c) => c.col === 1 && (c.value === '读取的工作表' || c.value === 'Sheets read'))!.row;
    const lastFile = summary.cells.find((c) => c.col === 0 && c.value === many[many.length - 1].name)!.row;
    expect(page.rowBreaks!.some((b) => b > header && b <= lastFile)).toBe(true);
    expect(page.printTitleRows).toEqual({ first: header, last: header });
  });

  it('a summary on one page repeats nothing', () => {
    const [summary] = problemListLayouts(many.slice(0, 2), { locale: 'zh-CN', date: '2019-03-01' });
    expect([summary.page!.rowBreaks, summary.page!.printTitleRows]).toEqual([undefined, undefined]);
  });
});

// A clean ledger's 问题清单 printed a bare header over an empty bordered row, and its note asked the prefecture to
// check each problem and fill in 整改情况: it now says plainly, in both sheets, that there is nothing to correct.
describe('the 问题清单 of a ledger without a problem', () => {
  it.each([
    ['zh-CN', '本次检查未发现问题，没有需要整改的内容。', '整改情况'],
    ['en-US', 'No problems were found in this check: there is nothing to correct.', 'Correction'],
  ] as const)('%s: the list says there is nothing to correct, across the table under its header, and stays a printable sheet', async (locale, said, lastHeader) => {
    const grid = sampleWorkbookGrid();
    const evaluation = evaluateWorkbook(grid);
    expect(evaluation.findings).toEqual([]);
    const [summary, list] = problemListLayouts([{ name: '乌鲁木齐市.xlsx', grid, evaluation }], { locale, date: '2019-03-01' });
    const right = list.columnWidths.length - 1;
    expect(list.cells.find((c) => c.row === 0 && c.col === right)!.value).toBe(lastHeader);
    expect(list.cells.find((c) => c.row === 1 && c.col === 0)!.value).toBe(said);
    expect(list.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right });
    expect(list.autoFilter).toBeUndefined();
    expect(list.page!.printArea).toEqual({ top: 0, left: 0, bottom: 1, right });
    // the summary's note says it too, instead of asking for corrections
    const notes = summary.cells.filter((c) => typeof c.value === 'string').map((c) => c.value as string);
    expect(notes).toContain(said);
    expect(notes.some((v) => v.includes('整改情况') || v.includes('Correction'))).toBe(false);
    // written and read back: the two sheets, the message in the list's second row
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx([summary, list].map((layout) => ({ layout })))) as unknown as ArrayBuffer);
    expect(wb.worksheets[1].getRow(2).getCell(1).value).toBe(said);
  });

  it('a file that could not be read is not called clean: the list says it was not checked', () => {
    const [summary, list] = problemListLayouts([{ name: '坏.xlsx', error: '文件已加密（设置了打开密码）。' }], { locale: 'zh-CN', date: '2019-03-01' });
    expect(list.cells.find((c) => c.row === 1 && c.col === 0)!.value).toBe('未能检查：文件无法读取（原因见上表），请修正后重新报送。');
    expect(summary.cells.some((c) => c.value === '本次检查未发现问题，没有需要整改的内容。')).toBe(false);
  });

  it('no fund named because no file could be read: the line under the title says which file could not be read, not a bare —', () => {
    const subtitle = (files: Parameters<typeof problemListLayouts>[0], locale: 'zh-CN' | 'en-US' = 'zh-CN'): unknown =>
      problemListLayouts(files, { locale, date: '2019-03-01' })[0].cells.find((c) => c.row === 1 && c.col === 0)!.value;
    const bad = { name: '坏.xlsx', error: '文件已加密（设置了打开密码）。' };
    expect(subtitle([bad])).toBe('资金名称：未知（“坏.xlsx”无法读取）\u3000\u3000检查日期：2019-03-01');
    expect(subtitle([bad, { name: 'b/坏.xlsx', error: '文件已损坏' }])).toBe('资金名称：未知（“坏.xlsx”、“b/坏.xlsx”无法读取）\u3000\u3000检查日期：2019-03-01');
    expect(subtitle([bad], 'en-US')).toBe('Fund: unknown ("坏.xlsx" could not be read)    Checked on: 2019-03-01');
    // a fund read from another file is the fund
    const b = sampleWorkbookGrid();
    expect(subtitle([bad, { name: '乙.xlsx', grid: b, evaluation: evaluateWorkbook(b) }])).toBe('资金名称：自治区专利实施计划项目\u3000\u3000检查日期：2019-03-01');
  });

  it('a file of no known fund is not given the patent fund\'s name: a target table alone, without 配置, was 资金名称：自治区专利实施计划项目 (workbook.md\'s default)', () => {
    const subtitle = (files: Parameters<typeof problemListLayouts>[0], locale: 'zh-CN' | 'en-US' = 'zh-CN'): unknown =>
      problemListLayouts(files, { locale, date: '2019-03-01' })[0].cells.find((c) => c.row === 1 && c.col === 0)!.value;
    const targets: Grid = { sheets: [{ name: '绩效目标', values: [['一级指标', '二级指标', '三级指标', '年度指标值'], ['产出指标', '数量指标', '新建公厕', '两座']] }] };
    const file = { name: '公厕.xlsx', grid: targets, evaluation: evaluateWorkbook(targets) };
    expect(subtitle([file])).toBe('资金名称：未注明（“配置”中没有“项目名称”）\u3000\u3000检查日期：2019-03-01');
    expect(subtitle([file], 'en-US')).toBe('Fund: not named (no "项目名称" in the profile sheet "配置")    Checked on: 2019-03-01');
    // 配置 naming the fund: its name
    const named: Grid = { sheets: [{ name: '配置', values: [['参数', '值'], ['项目名称', '农村人居环境整治资金']] }, ...targets.sheets] };
    expect(subtitle([{ name: '公厕.xlsx', grid: named, evaluation: evaluateWorkbook(named) }])).toBe('资金名称：农村人居环境整治资金\u3000\u3000检查日期：2019-03-01');
  });

  it('a ledger sent without 配置 (a CSV of the patent fund\'s columns) names no fund either: it said 资金名称 / Fund: 自治区专利实施计划项目, the default', () => {
    const subtitle = (files: Parameters<typeof problemListLayouts>[0], locale: 'zh-CN' | 'en-US' = 'zh-CN'): unknown =>
      problemListLayouts(files, { locale, date: '2019-03-01' })[0].cells.find((c) => c.row === 1 && c.col === 0)!.value;
    const ledgerOnly: Grid = { sheets: sampleWorkbookGrid().sheets.filter((g) => g.name === '项目台账') };
    const evaluation = evaluateWorkbook(ledgerOnly, { fileName: '克拉玛依市.csv' });
    expect(evaluation.check.ledger?.projects.length).toBeGreaterThan(0); // read, as the patent fund's ledger
    const file = { name: '克拉玛依市.csv', grid: ledgerOnly, evaluation };
    expect(subtitle([file])).toBe('资金名称：未注明（“配置”中没有“项目名称”）\u3000\u3000检查日期：2019-03-01');
    expect(subtitle([file], 'en-US')).toBe('Fund: not named (no "项目名称" in the profile sheet "配置")    Checked on: 2019-03-01');
    // beside a file whose 配置 names it (a check across with the province's workbook): that fund
    const b = sampleWorkbookGrid();
    expect(subtitle([file, { name: '乙.xlsx', grid: b, evaluation: evaluateWorkbook(b) }], 'en-US')).toBe('Fund: 自治区专利实施计划项目    Checked on: 2019-03-01');
  });

  it('a ledger without 配置 whose title names its fund: that fund (the 自评表 prints it too)', () => {
    const subtitle = (files: Parameters<typeof problemListLayouts>[0]): unknown =>
      problemListLayouts(files, { locale: 'zh-CN', date: '2019-03-01' })[0].cells.find((c) => c.row === 1 && c.col === 0)!.value;
    const titled: Grid = { sheets: [{ name: '台账', values: [['2020年度自治区文化产业发展专项资金项目台账'], ['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付'], ['WL2020-001', '非遗工坊建设', '吐鲁番市文化馆', '吐鲁番市', 2020, 300, 100, 60]] }] };
    const evaluation = evaluateWorkbook(titled);
    expect(evaluation.check.fundNamed).toBe('title');
    expect(subtitle([{ name: '文化产业.xlsx', grid: titled, evaluation }])).toBe('资金名称：自治区文化产业发展专项资金\u3000\u3000检查日期：2019-03-01');
  });
});

describe('several files, English, hostile text', () => {
  it('several files: one list with a 文件 column; an unreadable file is named in the summary', () => {
    const a = planted().grid;
    const b = sampleWorkbookGrid();
    const files = [
      { name: '甲.xlsx', grid: a, evaluation: evaluateWorkbook(a) },
      { name: '坏.xlsx', error: '文件已加密（设置了打开密码）。' },
      { name: '乙.xlsx', grid: b, evaluation: evaluateWorkbook(b) },
    ];
    const [summary, list] = problemListLayouts(files, { locale: 'zh-CN', date: '2019-03-01' });
    const headers = list.cells.filter((c) => c.row === 0).map((c) => c.value);
    expect(headers.slice(0, 3)).toEqual(['序号', '文件', '严重程度']);
    const rows = problemRows(files, 'zh-CN');
    expect(rows).toHaveLength(files[0].evaluation!.findings.length + files[2].evaluation!.findings.length);
    expect(new Set(rows.map((r) => r.file))).toEqual(new Set(['甲.xlsx', ...(files[2].evaluation!.findings.length ? ['乙.xlsx'] : [])]));
    expect(list.autoFilter).toEqual({ top: 0, left: 0, bottom: rows.length, right: 11 });
    const text = summary.cells.map((c) => String(c.value ?? '')).join('\n');
    expect(text).toContain('无法读取：文件已加密（设置了打开密码）。');
    expect(text).toContain('乙.xlsx');
  });

  it('findings across files (jx check --across --report): after each file\'s own, and the province\'s 配置 given apart listed for them alone', () => {
    const b = sampleWorkbookGrid();
    const ev = evaluateWorkbook(b);
    const x001 = X001.finding.main({ sheet: '项目台账', row: 3, col: 0, projectId: 'P-1' }, { id: 'P-1', otherFile: '乙.xlsx', otherSheet: '项目台账', otherCell: 'A4' });
    const x004 = X004.finding.main({ sheet: '配置', row: 10, col: 1 }, { region: '乌鲁木齐市', allocated: '100', disbursed: '90', diff: '-10', unit: '万元', files: ['甲.xlsx'] });
    const files = [{ name: '甲.xlsx', grid: b, evaluation: ev, across: [x001] }, { name: '全区配置.xlsx', grid: b, across: [x004] }];
    const rows = problemRows(files, 'zh-CN');
    expect(rows.map((r) => [r.file, r.rule, r.cell]).slice(ev.findings.length)).toEqual([['甲.xlsx', 'X001', 'A4'], ['全区配置.xlsx', 'X004', 'B11']]);
    expect(rows[ev.findings.length]).toMatchObject({ title: '项目跨文件重复', projectName: b.sheets.find((s) => s.name === '项目台账')!.values[3][1] });
    const [summary] = problemListLayouts(files, { locale: 'zh-CN', date: '2019-03-01' });
    const at = (name: string): unknown[] => {
      const r = summary.cells.find((c) => c.col === 0 && c.value === name)!.row;
      return summary.cells.filter((c) => c.row === r).sort((x, y) => x.col - y.col).map((c) => c.value);
    };
    expect(at('甲.xlsx').slice(-1)).toEqual([ev.findings.length + 1]);
    expect(at('全区配置.xlsx')).toEqual(['全区配置.xlsx', '配置', 0, 1, 0, 0, 1]);
  });

  it('speaks English on request (no Chinese but the user’s data)', async () => {
    const b = sampleWorkbookGrid();
    const values = b.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: s.values.map((r, i) => (i === 5 ? ['DUP', ...r.slice(1)] : i === 6 ? ['DUP', ...r.slice(1)] : r)) } : s));
    const wb = await toBook({ sheets: values }, 'ledger.xlsx', 'en-US');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Problems']);
    const ws = wb.getWorksheet('Problems')!;
    expect(rowValues(ws, 1)).toEqual(['No.', 'Severity', 'Rule', 'Rule title', 'Sheet', 'Cell', 'Project id', 'Project name', 'Value', 'Message', 'Correction']);
    expect(rowValues(ws, 2).slice(1, 4)).toEqual(['Error', 'L004', 'Duplicate project id']);
    expect(ws.headerFooter.oddFooter).toBe('&CPage &P of &N');
    const summary = Array.from(wb.getWorksheet('Summary')!.getSheetValues() as unknown[][], (r) => (r ?? []).slice(1)).flat();
    expect(summary).toContain(`Fund: 自治区专利实施计划项目    Checked on: 2019-03-01`);
    // Our text, with the user's data (the fund's name, the file's and its sheets' names) taken out, has no
    // Chinese, nor full-width punctuation or ideographic spaces.
    const data = ['自治区专利实施计划项目', ...b.sheets.map((s) => s.name), 'ledger.xlsx'].sort((x, y) => y.length - x.length);
    const ours = summary.filter((v): v is string => typeof v === 'string').map((v) => data.reduce((t, d) => t.split(d).join(''), v));
    for (const v of ours) expect(v).not.toMatch(/[\u2e80-\u303f\u3040-\u9fff\uff00-\uffef]/);
  });

  it.each(['zh-CN', 'en-US'] as const)('%s: every header keeps each of its words on one line (Warnings, 严重程度)', (locale) => {
    const { grid: g } = planted();
    const layouts = problemListLayouts([{ name: 'a.xlsx', grid: g, evaluation: evaluateWorkbook(g) }], { locale, date: '2019-03-01' });
    let headers = 0;
    for (const l of layouts)
      for (const c of l.cells) {
        if (typeof c.value !== 'string' || !c.style?.bold || !c.style.border) continue;
        const m = l.merges.find((x) => x.top === c.row && x.left === c.col) ?? { left: c.col, right: c.col };
        const width = l.columnWidths.slice(m.left, m.right + 1).reduce<number>((a, w) => a + (w ?? 8.43), 0);
        // a bold word needs about one character more than its width in Excel's units
        for (const word of c.value.split(/\s+/)) expect([word, textWidth(word) + 1 <= width]).toEqual([word, true]);
        headers++;
      }
    expect(headers).toBeGreaterThan(20);
  });

  it.each(['zh-CN', 'en-US'] as const)('%s: a long fund name wraps under the title, whole, with the date (it ran off the page on both sides)', (locale) => {
    const long = '新疆维吾尔自治区专利实施计划及知识产权运营服务体系建设与重点产业知识产权强链护链工程专项资金项目';
    const g = sampleWorkbookGrid();
    const grid = { sheets: g.sheets.map((s) => (s.name === '配置' ? { ...s, values: s.values.map((r) => (r[0] === '项目名称' ? ['项目名称', long] : r)) } : s)) };
    const [summary] = problemListLayouts([{ name: 'a.xlsx', grid, evaluation: evaluateWorkbook(grid) }], { locale, date: '2019-03-01' });
    const cell = summary.cells.find((c) => c.row === 1 && c.col === 0)!;
    expect(String(cell.value)).toContain(long);
    expect(String(cell.value)).toContain('2019-03-01');
    const width = summary.columnWidths.reduce<number>((a, w) => a + (w ?? 8.43), 0);
    expect(cell.style?.wrap).toBe(true);
    const { shown, total } = printedChars(String(cell.value), width, summary.rowHeights[1] ?? 20);
    expect(shown).toBe(total);
  });

  it('en-US: Warnings keeps to one line in its column by the sheet’s own measure (it printed Warning / s)', () => {
    const { grid: g } = planted();
    const [summary] = problemListLayouts([{ name: 'a.xlsx', grid: g, evaluation: evaluateWorkbook(g) }], { locale: 'en-US', date: '2019-03-01' });
    const cell = summary.cells.find((c) => c.value === 'Warnings')!;
    expect(lineCount('Warnings', summary.columnWidths[cell.col] ?? 8.43)).toBe(1);
  });

  it('names a note by its own title: a county or a short name in 地州市 is no 地州市不在范围内 (stop 37 headed them so)', async () => {
    const g = sampleWorkbookGrid();
    const sheets = g.sheets.map((s) => (s.name === '项目台账' ? { ...s, values: s.values.map((r, i) => (i === 4 ? [...r.slice(0, 4), '伊宁市', ...r.slice(5)] : i === 5 ? [...r.slice(0, 4), '巴州', ...r.slice(5)] : i === 6 ? [...r.slice(0, 4), '金星', ...r.slice(5)] : r)) } : s));
    const grid = { sheets };
    const evaluation = evaluateWorkbook(grid);
    const rows = problemRows([{ name: '台账.xlsx', grid, evaluation }], 'zh-CN');
    expect(rows.filter((r) => r.rule === 'L006').map((r) => [r.value, r.severity, r.title])).toEqual([
      ['伊宁市', 'info', '县市按所属地州市计'],
      ['巴州', 'info', '地州市简称'],
      ['金星', 'error', '地州市不在范围内'],
    ]);
    expect(problemRows([{ name: '台账.xlsx', grid, evaluation }], 'en-US').filter((r) => r.rule === 'L006').map((r) => r.title)).toEqual(['County under its prefecture', 'Region shortened', 'Region not allowed']);
    // the summary counts each under its own title
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(problemListLayouts([{ name: '台账.xlsx', grid, evaluation }], { locale: 'zh-CN', date: '2019-03-01' }).map((layout) => ({ layout })))) as unknown as ArrayBuffer);
    const summary: unknown[][] = [];
    wb.getWorksheet('汇总')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1)));
    expect(summary.filter((r) => r[0] === 'L006').map((r) => r.slice(0, 4))).toEqual([
      ['L006', '地州市不在范围内', '错误', 1],
      ['L006', '县市按所属地州市计', '提示', 1],
      ['L006', '地州市简称', '提示', 1],
    ]);
  });

  it('shows control characters visibly and cuts a cell at Excel’s 32,767 characters', () => {
    const g = sampleWorkbookGrid();
    const long = '长'.repeat(40_000);
    const sheets = g.sheets.map((s) =>
      s.name === '项目台账' ? { ...s, values: s.values.map((r, i) => (i === 4 ? [r[0], long, r[2], r[3], '金星', ...r.slice(5)] : i === 5 ? [r[0], r[1], r[2], r[3], '\u001b[2J火星\u202e', ...r.slice(5)] : r)) } : s,
    );
    const grid = { sheets };
    const rows = problemRows([{ name: 'a\u202etxt.xlsx', grid, evaluation: evaluateWorkbook(grid) }], 'zh-CN');
    const region = rows.find((r) => r.rule === 'L006' && r.value !== '金星')!;
    expect(region.value).toBe('␛[2J火星<U+202E>');
    expect(region.message).toContain('“␛[2J火星<U+202E>”');
    expect(region.file).toBe('a<U+202E>txt.xlsx');
    const named = rows.find((r) => r.rule === 'L006' && r.value === '金星')!;
    expect(named.projectName).toBe('长'.repeat(32_767));
    for (const r of rows) for (const v of Object.values(r)) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(32_767);
  });

  it('names the downloads after the input', () => {
    expect(problemListFileName('C:\\收件\\乌鲁木齐市台账.xlsx')).toBe('乌鲁木齐市台账-问题清单.xlsx');
    expect(annotatedFileName('/tmp/乌鲁木齐市台账.xlsx')).toBe('乌鲁木齐市台账-标注.xlsx');
    expect(annotatedFileName('ledger.xlsx', 'en-US')).toBe('ledger-annotated.xlsx');
    expect(problemListFileName('.xlsx')).toBe('台账-问题清单.xlsx');
    // a bidi override would make `ledger‮xslx-…` read backwards in a file manager
    expect(annotatedFileName('ledger\u202exslx.xlsx')).toBe('ledger_xslx-标注.xlsx');
  });
});
