/**
 * A sixth corpus of files nobody on the team has seen (unseen.ts … unseen5.ts are the first five), in shapes none of
 * them holds: a budget-system table with a 栏次 row (甲 乙 丙 … 1 2 3=1+2) under a header over two rows; one 立项时间
 * column written seven ways at once (2018.3.5, 2018年3月, 43160, 20180305, 2018/3/5, a date cell, 2018年3月5日); a
 * subtotal per county named in its own cell (昌吉市小计) and a 合计 with 其中 lines under it; a sheet formatted down
 * to row 1,048,576; target and result written in one sentence (目标≥60家，完成62家); a CSV from a system that keeps
 * codes as text with ="…"; the year's payments in batches (第一批 | 第二批 | 合计); headings as a fund's own form
 * words them (项目（课题）名称, 承担单位（盖章）, 自治区财政补助, 本年实际拨付); an .xls whose 地州市 is merged down.
 *
 * Each file comes with what a finance officer reads in it (its truth), computed from the rows written, never typed
 * in. `node -r tsx/cjs test/corpus/unseen6.ts DIR` writes the files to look at.
 */
import ExcelJS from 'exceljs';
import * as X from '@e965/xlsx';
import JSZip from 'jszip';
import { rows, truthOf, wan, yuanText, buf, sumOf, type Row, type CorpusFile, writeWhenRun } from './unseen';

const serial1900 = (d: Row['date']): number => (Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 30)) / 86400000;

/**
 * 农业 from a budget system: title, 单位：万元 at the right of its own line, the header over two rows (资金安排 merged over
 * 财政支持资金 | 本年拨付, the rest merged down), then the 栏次 row naming the columns 甲 乙 丙 丁 戊 己 1 2 3, then 合计.
 */
async function columnNumbers(): Promise<CorpusFile> {
  const rs = rows('ny', 14, ['阿克苏地区', '喀什地区', '和田地区'], [2020, 2019], 40_001);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细表');
  ws.addRow(['2020年度自治区林果业发展专项资金分配明细表']);
  ws.mergeCells(1, 1, 1, 9);
  ws.addRow([null, null, null, null, null, null, null, null, '单位：万元']);
  ws.addRow(['序号', '项目编号', '项目名称', '实施单位', '地州市', '立项年度', '项目总投资', '资金安排', null]);
  ws.addRow([null, null, null, null, null, null, null, '财政支持资金', '本年拨付']);
  for (const c of [1, 2, 3, 4, 5, 6, 7]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 8, 3, 9);
  ws.addRow(['栏次', '甲', '乙', '丙', '丁', '戊', '1', '2', '3']);
  ws.addRow(['合计', null, null, null, null, null, wan(sumOf(rs, 'total')), wan(sumOf(rs, 'approved')), wan(sumOf(rs, 'disbursed'))]);
  rs.forEach((x, i) => ws.addRow([i + 1, x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '农业-栏次行.xlsx', bytes: await buf(wb), shape: 'budget-system table: 单位：万元 at the right, header over two rows, a 栏次 row 甲 乙 丙 … 1 2 3 under it, 合计 first', truth: truthOf(rs) };
}

/** The ways one 立项时间 column is written when several clerks fill it in: each project's date one of them. */
export const DATE_WAYS: ReadonlyArray<(d: Row['date']) => unknown> = [
  (d) => `${d.y}.${d.m}.${d.d}`,
  (d) => `${d.y}年${d.m}月`,
  (d) => serial1900(d), // a date cell whose format was cleared: the bare serial, a number
  (d) => Number(`${d.y}${String(d.m).padStart(2, '0')}${String(d.d).padStart(2, '0')}`), // 20180305, a number
  (d) => `${d.y}/${d.m}/${d.d}`,
  (d) => new Date(Date.UTC(d.y, d.m - 1, d.d)),
  (d) => `${d.y}年${d.m}月${d.d}日`,
];

/** 科技: 立项时间 in every way of DATE_WAYS in one column (the file of a province's several offices pasted together). */
async function mixedDates(): Promise<CorpusFile> {
  const rs = rows('kj', 14, ['乌鲁木齐市', '昌吉回族自治州'], [2018, 2017], 40_002);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2018年度自治区重点研发专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项时间', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  rs.forEach((x, i) => ws.addRow([x.id, x.name, x.unit, x.region, DATE_WAYS[i % DATE_WAYS.length](x.date), wan(x.total), wan(x.approved), wan(x.disbursed)]));
  rs.forEach((x, i) => {
    if (DATE_WAYS[i % DATE_WAYS.length](x.date) instanceof Date) ws.getCell(3 + i, 5).numFmt = 'yyyy-mm-dd';
  });
  return { name: '科技-立项时间混写.xlsx', bytes: await buf(wb), shape: '立项时间 seven ways in one column: 2018.3.5, 2018年3月, 43164 (a number), 20180305, 2018/3/5, a date cell, 2018年3月5日', truth: truthOf(rs) };
}

/**
 * 农业 of one prefecture by county: 县（市、区） first, after each county's projects a row 昌吉市小计 (in the county's
 * cell, the rest blank but the sums), 合计 last and under it 其中：新建项目 / 其中：续建项目 (the sums by cohort).
 */
async function countySubtotals(): Promise<CorpusFile> {
  const counties = ['昌吉市', '阜康市', '呼图壁县', '玛纳斯县'];
  const base = rows('ny', 16, counties, [2020, 2019], 40_003);
  const rs = counties.flatMap((c) => base.filter((x) => x.region === c));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('昌吉州');
  ws.addRow(['昌吉回族自治州2020年度农业发展专项资金项目台账']);
  ws.addRow(['县（市、区）', '项目编号', '项目名称', '项目单位', '立项年度', '项目总投资（万元）', '下达资金（万元）', '本年拨付（万元）']);
  const sums = (xs: ReadonlyArray<Row>): number[] => [wan(sumOf(xs, 'total')), wan(sumOf(xs, 'approved')), wan(sumOf(xs, 'disbursed'))];
  for (const c of counties) {
    const mine = rs.filter((x) => x.region === c);
    for (const x of mine) ws.addRow([x.region, x.id, x.name, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
    ws.addRow([`${c}小计`, null, null, null, null, ...sums(mine)]);
  }
  ws.addRow(['合计', null, null, null, null, ...sums(rs)]);
  ws.addRow(['其中：新建项目', null, null, null, null, ...sums(rs.filter((x) => x.date.y === 2020))]);
  ws.addRow(['其中：续建项目', null, null, null, null, ...sums(rs.filter((x) => x.date.y !== 2020))]);
  return { name: '农业-分县小计合计其中.xlsx', bytes: await buf(wb), shape: '县（市、区） first; 昌吉市小计 after each county, 合计 last, 其中：新建项目 / 其中：续建项目 under it', truth: truthOf(rs) };
}

/**
 * 商务 with borders drawn down to the sheet's last row: as Excel saves it, every row from the table's end to row
 * 1,048,576 holds its styled empty cells, and the dimension says A1:H1048576.
 */
async function formattedToTheEnd(): Promise<CorpusFile> {
  const rs = rows('sw', 12, ['喀什地区', '和田地区'], [2020, 2019], 40_004);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度商务发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）']);
  for (const x of rs) ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]);
  for (let c = 1; c <= 8; c++) ws.getCell(3, c).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const file = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(file)!.async('string');
  const s = /<c r="A3" s="(\d+)"/.exec(xml)![1];
  const cols = 'ABCDEFGH';
  const parts: string[] = [];
  // rows formatted whole (customFormat, no cells), as Excel writes a border drawn over whole rows; the last row's cells too
  for (let r = rs.length + 3; r < 1_048_576; r++) parts.push(`<row r="${r}" s="${s}" customFormat="1"/>`);
  parts.push(`<row r="1048576" s="${s}" customFormat="1">${[...cols].map((c) => `<c r="${c}1048576" s="${s}"/>`).join('')}</row>`);
  const out = xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:H1048576"/>').replace('</sheetData>', `${parts.join('')}</sheetData>`);
  zip.file(file, out);
  const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return { name: '商务-边框到最后一行.xlsx', bytes, shape: 'every row from the table’s end to 1,048,576 formatted whole (customFormat), the last one with 8 styled empty cells; dimension A1:H1048576', truth: truthOf(rs) };
}

/** One indicator as a county writes target and result in one sentence. */
export interface SentenceIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly cell: string;
  readonly weight: number;
  /** What the officer reads: the target, the result. */
  readonly target: number;
  readonly actual: number;
}

export const SENTENCE_INDICATORS: ReadonlyArray<SentenceIndicator> = [
  { level1: '产出指标', level2: '数量指标', name: '支持外贸企业', cell: '目标≥60家，完成62家', weight: 20, target: 60, actual: 62 },
  { level1: '产出指标', level2: '数量指标', name: '举办境外展会', cell: '目标：≥3场；完成：2场', weight: 10, target: 3, actual: 2 },
  { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', cell: '年度目标≥95%，实际完成100%', weight: 20, target: 95, actual: 100 },
  { level1: '效益指标', level2: '经济效益指标', name: '带动进出口额', cell: '目标≥3000万元，实际完成3260万元', weight: 30, target: 3000, actual: 3260 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '企业满意度', cell: '目标≥90%，完成93%', weight: 10, target: 90, actual: 93 },
];

/** 商务: 配置, a ledger, and 绩效指标 whose 指标值及完成情况 holds target and result in one sentence. */
async function targetSentence(): Promise<CorpusFile> {
  const rs = rows('sw', 8, ['伊犁哈萨克自治州'], [2020], 40_005);
  const wb = new ExcelJS.Workbook();
  const cfg = wb.addWorksheet('配置');
  const budget = wan(sumOf(rs, 'approved'));
  for (const r of [['参数', '值'], ['项目名称', '外经贸发展专项资金'], ['预算单位', '自治区商务厅'], ['评价年度', 2020], ['金额单位', '万元'], ['年初预算数', budget], ['全年预算数', budget]]) cfg.addRow(r);
  const led = wb.addWorksheet('项目台账');
  led.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资', '财政支持资金', '本年拨付']);
  for (const x of rs) led.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(x.approved)]);
  const ind = wb.addWorksheet('绩效指标');
  ind.addRow(['一级指标', '二级指标', '三级指标', '指标值及完成情况', '分值']);
  for (const i of SENTENCE_INDICATORS) ind.addRow([i.level1, i.level2, i.name, i.cell, i.weight]);
  return { name: '商务-目标与完成写在一句.xlsx', bytes: await buf(wb), shape: '绩效指标: 指标值及完成情况 holds 目标≥60家，完成62家 / 目标：≥3场；完成：2场 / 年度目标≥95%，实际完成100%', truth: { ...truthOf(rs), disbursed: sumOf(rs, 'approved') } };
}

/**
 * 科技 as a reporting system exports CSV (UTF-8, no BOM): codes kept as text the Excel way, ="KJ2020-001" and
 * ="650100" (行政区划代码), amounts in 元 with separators quoted.
 */
function excelTextCsv(): CorpusFile {
  const rs = rows('kj', 10, ['乌鲁木齐市', '昌吉回族自治州', '哈密市'], [2020, 2019], 40_006, true);
  const code: Record<string, string> = { 乌鲁木齐市: '650100', 昌吉回族自治州: '652300', 哈密市: '650500' };
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    ['项目编号', '项目名称', '承担单位', '行政区划代码', '立项年度', '项目总投资（元）', '财政支持资金（元）', '本年拨付（元）'].join(','),
    ...rs.map((x) => [`="${x.id}"`, x.name, x.unit, `="${code[x.region]}"`, String(x.date.y), q(yuanText(x.total)), q(yuanText(x.approved)), q(yuanText(x.disbursed))].join(',')),
  ];
  return { name: '科技-2020年系统导出等号文本.csv', bytes: new TextEncoder().encode(lines.join('\r\n') + '\r\n'), shape: 'CSV UTF-8 without BOM from a system: ="KJ2020-001" and ="650100" kept as text the Excel way, 元 quoted with separators', truth: truthOf(rs) };
}

/** 文旅: the year's payments in batches — 第一批拨付 | 第二批拨付 | 本年拨付合计 — beside 财政支持资金. */
async function batches(): Promise<CorpusFile> {
  const rs = rows('wl', 12, ['吐鲁番市', '哈密市', '阿勒泰地区'], [2020, 2019], 40_007);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目台账');
  ws.addRow(['2020年度文化和旅游发展专项资金项目台账']);
  ws.addRow(['项目编号', '项目名称', '承担单位', '地州市', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '第一批拨付（万元）', '第二批拨付（万元）', '本年拨付合计（万元）']);
  for (const x of rs) {
    const first = Math.floor(x.disbursed / 2 / 100) * 100;
    ws.addRow([x.id, x.name, x.unit, x.region, x.date.y, wan(x.total), wan(x.approved), wan(first), wan(x.disbursed - first), wan(x.disbursed)]);
  }
  return { name: '文旅-分批拨付.xlsx', bytes: await buf(wb), shape: '第一批拨付 | 第二批拨付 | 本年拨付合计 beside 财政支持资金', truth: truthOf(rs) };
}

/** 就业: a fund's own form words — 项目（课题）名称, 承担单位（盖章）, 所在地州, 立项批复时间, 自治区财政补助, 本年实际拨付. */
async function formWords(): Promise<CorpusFile> {
  const rs = rows('jy', 10, ['克拉玛依市', '博尔塔拉蒙古自治州'], [2020, 2019], 40_008);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件2');
  ws.addRow(['附件2']);
  ws.addRow(['2020年度就业创业专项资金项目情况表']);
  ws.addRow(['序号', '项目（课题）编号', '项目（课题）名称', '承担单位（盖章）', '所在地州', '立项批复时间', '项目总投资（万元）', '自治区财政补助（万元）', '本年实际拨付（万元）']);
  rs.forEach((x, i) => ws.addRow([i + 1, x.id, x.name, x.unit, x.region, `${x.date.y}年${x.date.m}月`, wan(x.total), wan(x.approved), wan(x.disbursed)]));
  return { name: '就业-表单用语表头.xlsx', bytes: await buf(wb), shape: '附件2 title line; 项目（课题）名称, 承担单位（盖章）, 所在地州, 立项批复时间, 自治区财政补助, 本年实际拨付', truth: truthOf(rs) };
}

/** 农业 as .xls (BIFF8) sorted by prefecture with 地州市 merged down over each one's projects, a 序号 column first. */
function xlsMergedDown(): CorpusFile {
  const prefectures = ['伊犁哈萨克自治州', '塔城地区', '阿勒泰地区'];
  const base = rows('ny', 12, prefectures, [2020, 2019], 40_009);
  const rs = prefectures.flatMap((p) => base.filter((x) => x.region === p));
  const aoa: unknown[][] = [
    ['2020年度北疆农业发展专项资金项目表'],
    ['序号', '地州市', '项目编号', '项目名称', '承担单位', '立项年度', '项目总投资（万元）', '财政支持资金（万元）', '本年拨付（万元）'],
    ...rs.map((x, i) => [i + 1, i === 0 || rs[i - 1].region !== x.region ? x.region : null, x.id, x.name, x.unit, x.date.y, wan(x.total), wan(x.approved), wan(x.disbursed)]),
  ];
  const ws = X.utils.aoa_to_sheet(aoa);
  const merges = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }];
  for (const p of prefectures) {
    const first = rs.findIndex((x) => x.region === p);
    const last = rs.length - 1 - [...rs].reverse().findIndex((x) => x.region === p);
    if (last > first) merges.push({ s: { r: 2 + first, c: 1 }, e: { r: 2 + last, c: 1 } });
  }
  ws['!merges'] = merges;
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, ws, '北疆');
  const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
  return { name: '农业-地州合并.xls', bytes, shape: '.xls (BIFF8): 地州市 merged down over each prefecture’s projects (the name in the top cell only)', truth: truthOf(rs) };
}

export async function unseenCorpus6(): Promise<CorpusFile[]> {
  return [await columnNumbers(), await mixedDates(), await countySubtotals(), await formattedToTheEnd(), await targetSentence(), excelTextCsv(), await batches(), await formWords(), xlsMergedDown()];
}

writeWhenRun(module, 'unseen-corpus6', unseenCorpus6);
